// `npm run bench`: plans against what users would otherwise run, side by side in one run.
// Each pair is run interleaved (A B A B …) and compared by medians, so a slow moment of the
// machine hits both sides alike. Prints a table and exits non-zero only when a run is broken
// (a wrong exit code or output), never because something is slow.
//
//   npm run bench                 # all rows
//   BENCH_QUICK=1 npm run bench   # fewer repetitions (smoke test)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'plans.js');
const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const quick = process.env.BENCH_QUICK === '1';
const tmp = mkdtempSync(join(tmpdir(), 'plans-bench-'));
const rssHook = join(tmp, 'rss-hook.cjs');
writeFileSync(
  rssHook,
  // The process's own peak (VmHWM, KiB) where Linux gives it: getrusage's maxRSS carries the
  // parent's size over across fork and exec, so it would measure this script too.
  "const fs = require('fs');\n" +
    'const hwm = () => { try { return Number(/^VmHWM:\\s+(\\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); }' +
    ' catch { return process.resourceUsage().maxRSS; } };\n' +
    "process.on('exit', () => fs.writeFileSync(process.env.BENCH_RSS_FILE, String(hwm())));\n",
);

let broken = false;

/** Run a command once: wall time in ms, peak RSS of the process (threads included) in KiB. */
function run(label, args, { expect = [0], cwd = root, env = {} } = {}) {
  const rssFile = join(tmp, 'rss');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', rssHook, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (!expect.includes(r.status)) {
    broken = true;
    console.error(`broken run: ${label} exited ${r.status}\n${(r.stderr || '').slice(0, 2000)}`);
  }
  let rss = Number.NaN;
  try {
    rss = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // the process did not reach its exit handler
  }
  return { ms, rss, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Interleave two commands `pairs` times; medians of both, and their ratio. */
function pair(a, b, pairs) {
  const ta = [];
  const tb = [];
  const ra = [];
  const rb = [];
  run(a.label, a.args, a); // warm the file cache; not counted
  run(b.label, b.args, b);
  for (let i = 0; i < pairs; i++) {
    const x = run(a.label, a.args, a);
    const y = run(b.label, b.args, b);
    ta.push(x.ms);
    tb.push(y.ms);
    ra.push(x.rss);
    rb.push(y.rss);
  }
  return { a: median(ta), b: median(tb), rssA: Math.max(...ra), rssB: Math.max(...rb) };
}

const rows = [];
function row(what, against, target, a, b, unit = 'ms') {
  const ratio = a / b;
  const fmt = (v) => (unit === 'ms' ? `${v.toFixed(0)} ms` : `${(v / 1024).toFixed(0)} MiB`);
  rows.push({
    what,
    against,
    target,
    plans: fmt(a),
    other: fmt(b),
    ratio: ratio.toFixed(2),
    met: ratio <= target ? 'yes' : 'no',
  });
}

console.log(
  `plans benchmark — ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
);
const pairsStart = quick ? 5 : 20;
const pairsSmall = quick ? 3 : 10;
const pairsBulk = quick ? 1 : 5;

const ajvArgs = (dir) => [
  ajv,
  'validate',
  '--spec=draft2020',
  '-c',
  'ajv-formats',
  '-s',
  join(root, 'schemas', 'plan.schema.json'),
  '-d',
  `${dir}/*.yaml`,
];

// 1. Cold start of the everyday command.
{
  const r = pair(
    { label: 'plans diff', args: [bin, 'diff', 'us-miami', 'kremlin'] },
    { label: 'node -e 0', args: ['-e', '0'] },
    pairsStart,
  );
  row('`plans diff us-miami kremlin`, cold start', '`node -e 0`', 1.5, r.a, r.b);
}

// 2. A repository's CI: 100 plan files, all valid.
const small = join(tmp, 'corpus-100');
writeCorpus(join(root, 'plans'), small, 100, 0);
{
  const r = pair(
    { label: 'plans validate (100)', args: [bin, 'validate', small] },
    { label: 'ajv-cli (100)', args: ajvArgs(small) },
    pairsSmall,
  );
  row('`plans validate` of 100 files', 'ajv-cli on the same files', 1.0, r.a, r.b);
}

// 3–5. The largest real corpus (PA-X): 2,500 files, 1% invalid; peak memory; compare --all.
const bigCount = quick ? 500 : 2500;
const big = join(tmp, 'corpus-big');
writeCorpus(join(root, 'plans'), big, bigCount, 0.01);
const bigValid = join(tmp, 'corpus-big-valid');
writeCorpus(join(root, 'plans'), bigValid, bigCount, 0);
{
  const r = pair(
    { label: 'plans validate', args: [bin, 'validate', big], expect: [1] },
    { label: 'ajv-cli', args: ajvArgs(big), expect: [1] },
    pairsBulk,
  );
  row(
    `\`plans validate\` of ${bigCount.toLocaleString('en')} files (1% invalid)`,
    'ajv-cli on the same files',
    1.2,
    r.a,
    r.b,
  );
  const base = pair({ label: 'node -e 0', args: ['-e', '0'] }, { label: 'node -e 0', args: ['-e', '0'] }, 3);
  row('peak memory of that validate', '`node -e 0`', 4.0, r.rssA, base.rssA, 'rss');
}
{
  const out = join(tmp, 'report.md');
  const r = pair(
    {
      label: 'plans compare --all',
      args: [bin, '--plans-dir', bigValid, 'compare', '--all', '--format', 'markdown', '--out', out],
    },
    { label: 'plans validate', args: [bin, 'validate', bigValid] },
    pairsBulk,
  );
  row(
    `\`plans compare --all\` over ${bigCount.toLocaleString('en')} plans, Markdown to a file`,
    '`plans validate` of the same files',
    1.5,
    r.a,
    r.b,
  );
}

// Growth: the same work at two sizes; the ratio of times should be at most the ratio of sizes.
const growth = [];
function grow(what, small, large, factor) {
  const s = median(Array.from({ length: pairsBulk + 1 }, () => run(what, small.args, small).ms));
  const l = median(Array.from({ length: pairsBulk + 1 }, () => run(what, large.args, large).ms));
  const start = median(Array.from({ length: 3 }, () => run('start', [bin, '--version']).ms));
  const ratio = (l - start) / (s - start);
  growth.push({ what, factor, ratio: ratio.toFixed(2), met: ratio <= factor * 1.1 ? 'yes' : 'no' });
}
{
  const a = join(tmp, 'grow-a');
  const b = join(tmp, 'grow-b');
  writeCorpus(join(root, 'plans'), a, quick ? 250 : 1250, 0);
  writeCorpus(join(root, 'plans'), b, quick ? 500 : 2500, 0);
  grow('validate, 1,250 → 2,500 files', { args: [bin, 'validate', a] }, { args: [bin, 'validate', b] }, 2);
  grow(
    'compare --all, 1,250 → 2,500 plans',
    { args: [bin, '--plans-dir', a, 'compare', '--all', '--format', 'json'] },
    { args: [bin, '--plans-dir', b, 'compare', '--all', '--format', 'json'] },
    2,
  );
}

const header = '| what | compared with | plans | other | ratio | target | met |';
console.log(`\n${header}\n|---|---|---|---|---|---|---|`);
for (const r of rows)
  console.log(
    `| ${r.what} | ${r.against} | ${r.plans} | ${r.other} | ${r.ratio} | ≤ ${r.target} | ${r.met} |`,
  );
console.log(
  '\n| growth | size factor | time factor (start-up subtracted) | at most linear |\n|---|---|---|---|',
);
for (const g of growth) console.log(`| ${g.what} | ${g.factor} | ${g.ratio} | ${g.met} |`);
rmSync(tmp, { recursive: true, force: true });
if (broken) {
  console.error('\nbench: a run was broken (see above)');
  process.exit(1);
}
