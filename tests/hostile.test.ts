/**
 * Hostile input (issue 6, items 1–4): whatever a plan file or an argument holds, `plans`
 * answers with a located error and a documented exit code — no crash, hang, memory flood,
 * stack trace, half-written file, leaked secret or terminal control sequence.
 *
 * The corpus lives in tests/fixtures/hostile/: each file is the minimal valid plan
 * (`valid.yaml`) with exactly one problem, its id equal to its file name. Files too large to
 * commit are generated into a temporary directory. The table below records, for each case,
 * where the first error must be reported.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DiagnosticCode } from '../src/load/diagnostic.js';
import { limits } from '../src/load/limits.js';
import { binPath, type CliResult, fixture, repoRoot, runCli } from './helpers.js';

const hostileDir = fixture('hostile');
const validPlan = readFileSync(join(hostileDir, 'valid.yaml'), 'utf8');

/** The minimal valid plan with `id: <id>` and one text edit (which must apply). */
function plan(id: string, from = '', to = ''): string {
  const text = validPlan.replace('id: valid', `id: ${id}`);
  if (from !== '' && !text.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
  return from === '' ? text : text.replace(from, to);
}

interface HostileCase {
  /** tests/fixtures/hostile/<name>.yaml, or a file generated at test time (`generate`). */
  readonly name: string;
  readonly line: number;
  readonly col: number;
  readonly code: DiagnosticCode;
  /** A part of the message. */
  readonly says: string;
  /** Bytes of a case too large to commit, written to a temporary directory. */
  readonly generate?: () => string | Uint8Array;
  /** Also run the built bin in a child under a 200 MB bound and measure its peak memory. */
  readonly heavy?: boolean;
}

const MB = 1_000_000;
const list = (n: number, item: (i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => item(i));

/** Every hostile case: where its first error is reported. */
const cases: readonly HostileCase[] = [
  // YAML syntax errors: at the opening quote or bracket, the misplaced item, the tab.
  {
    name: 'syntax-unclosed-double-quote',
    line: 3,
    col: 8,
    code: 'yaml-syntax',
    says: 'missing closing "quote',
  },
  {
    name: 'syntax-unclosed-single-quote',
    line: 3,
    col: 8,
    code: 'yaml-syntax',
    says: "missing closing 'quote",
  },
  { name: 'syntax-unclosed-flow-sequence', line: 4, col: 14, code: 'yaml-syntax', says: 'end with a ]' },
  { name: 'syntax-unclosed-flow-mapping', line: 15, col: 32, code: 'yaml-syntax', says: 'end with a }' },
  { name: 'syntax-bad-indentation', line: 15, col: 4, code: 'yaml-syntax', says: 'same column' },
  { name: 'syntax-tab-indentation', line: 15, col: 1, code: 'yaml-syntax', says: 'tabs are not allowed' },
  { name: 'syntax-stray-colon', line: 6, col: 9, code: 'yaml-syntax', says: 'quote this text' },
  { name: 'syntax-stray-colon-line', line: 7, col: 1, code: 'key-type', says: 'must be a plain string' },
  { name: 'duplicate-key', line: 7, col: 1, code: 'duplicate-key', says: 'duplicate key "title"' },
  // Anchors, aliases, merge keys; an alias bomb is rejected without expanding anything.
  { name: 'anchor', line: 3, col: 8, code: 'alias', says: 'anchor &t' },
  { name: 'alias', line: 15, col: 16, code: 'alias', says: 'alias *cond' },
  { name: 'merge-key', line: 15, col: 5, code: 'alias', says: 'merge keys' },
  { name: 'billion-laughs', line: 7, col: 7, code: 'alias', says: 'anchor &a0', heavy: true },
  // 10,000 levels: stopped where the 65th level opens.
  {
    name: 'deep-flow-nesting',
    line: 7,
    col: 70,
    code: 'too-complex',
    says: 'nested more than 64',
    heavy: true,
  },
  {
    name: 'deep-block-nesting',
    line: 8,
    col: 129,
    code: 'too-complex',
    says: 'nested more than 64',
    heavy: true,
  },
  // Bytes and characters.
  { name: 'nul-byte', line: 3, col: 17, code: 'forbidden-character', says: 'NUL byte' },
  { name: 'invalid-utf8', line: 3, col: 18, code: 'encoding', says: 'invalid UTF-8 byte 0xff' },
  // Positions are unaffected by a BOM or CRLF line ends.
  { name: 'bom-invalid', line: 6, col: 9, code: 'enum', says: 'unknown plan status "reportd"' },
  { name: 'crlf-invalid', line: 6, col: 9, code: 'enum', says: 'unknown plan status "reportd"' },
  // Not one mapping.
  { name: 'empty', line: 1, col: 1, code: 'not-a-mapping', says: 'file is empty' },
  { name: 'comments-only', line: 1, col: 1, code: 'not-a-mapping', says: 'file is empty' },
  {
    name: 'multi-document',
    line: 21,
    col: 1,
    code: 'multiple-documents',
    says: 'more than one YAML document',
  },
  { name: 'top-level-list', line: 1, col: 1, code: 'not-a-mapping', says: 'not a list' },
  { name: 'top-level-scalar', line: 1, col: 1, code: 'not-a-mapping', says: 'not a single value' },
  { name: 'non-string-key-int', line: 7, col: 1, code: 'key-type', says: 'mapping key "2025"' },
  { name: 'non-string-key-flow', line: 7, col: 1, code: 'key-type', says: 'mapping key "[a, b]"' },
  // Tags: at the tag itself.
  { name: 'tag-js-function', line: 7, col: 7, code: 'tag', says: 'tag !!js/function' },
  { name: 'tag-binary', line: 7, col: 7, code: 'tag', says: 'tag !!binary' },
  { name: 'tag-unknown', line: 7, col: 7, code: 'tag', says: 'tag !evil' },
  // Types: YAML 1.1 booleans are text; numbers where text belongs and the reverse.
  { name: 'boolean-no', line: 20, col: 18, code: 'type', says: 'got the string "no"' },
  { name: 'boolean-on', line: 20, col: 18, code: 'type', says: 'got the string "on"' },
  { name: 'string-hex', line: 3, col: 8, code: 'type', says: 'got number 31' },
  { name: 'string-exponent', line: 3, col: 8, code: 'type', says: 'got number 1000' },
  { name: 'string-infinity', line: 3, col: 8, code: 'type', says: 'got number Infinity' },
  { name: 'number-as-string', line: 7, col: 9, code: 'type', says: 'expected a number, got the string' },
  { name: 'date-feb-30', line: 5, col: 7, code: 'format', says: 'not a real calendar date' },
  { name: 'long-line-excerpt', line: 6, col: 9, code: 'enum', says: 'unknown plan status "xxxx' },
  // Generated: too large to commit.
  {
    name: 'huge-20mb',
    line: 1,
    col: 1,
    code: 'too-large',
    says: `limited to ${limits.maxFileBytes} bytes`,
    heavy: true,
    generate: () => {
      const line = `  ${'lorem ipsum dolor sit amet '.repeat(3)}\n`;
      return plan(
        'huge-20mb',
        'status: reported',
        `status: reported\nnote: >-\n${line.repeat((20 * MB) / line.length)}`,
      );
    },
  },
  {
    name: 'over-limit-by-one',
    line: 1,
    col: 1,
    code: 'too-large',
    says: `file is ${limits.maxFileBytes + 1} bytes`,
    generate: () => {
      // A valid plan, then a comment that brings the file to one byte over the limit.
      const text = `${plan('over-limit-by-one')}# `;
      return `${text}${'#'.repeat(limits.maxFileBytes + 1 - Buffer.byteLength(text) - 1)}\n`;
    },
  },
  {
    name: 'long-line-1mb',
    line: 3,
    col: 8,
    code: 'too-big',
    says: 'title: exceeds the maximum of 300 characters',
    heavy: true,
    generate: () => plan('long-line-1mb', 'title: A hostile test plan', `title: ${'x'.repeat(MB)}`),
  },
  {
    name: 'too-many-tokens',
    line: 7,
    col: 149_974,
    code: 'too-complex',
    says: `more than ${limits.maxTokens} YAML tokens`,
    heavy: true,
    generate: () =>
      plan(
        'too-many-tokens',
        'status: reported',
        `status: reported\nnote: [${Array(70_000).fill('a').join(', ')}]`,
      ),
  },
  // Generated: many problems in one file. Each used to cost time quadratic in their number
  // (seconds to minutes); they must stay linear.
  {
    name: 'many-duplicate-keys',
    line: 7,
    col: 1,
    code: 'duplicate-key',
    says: 'duplicate key "status"',
    generate: () =>
      plan('many-duplicate-keys', 'status: reported', list(20_000, () => 'status: reported').join('\n')),
  },
  {
    name: 'many-unknown-keys',
    line: 7,
    col: 1,
    code: 'unknown-key',
    says: 'unknown key "k0" at the top level',
    generate: () =>
      plan(
        'many-unknown-keys',
        'status: reported',
        `status: reported\n${list(20_000, (i) => `k${i}: 1`).join('\n')}`,
      ),
  },
  {
    name: 'many-bad-values',
    line: 16,
    col: 21,
    code: 'enum',
    says: 'unknown ceasefire precondition "ceasefir"',
    generate: () =>
      plan(
        'many-bad-values',
        '    start: within',
        `    start: within\n    preconditions: [${list(20_000, () => 'ceasefir').join(', ')}]`,
      ),
  },
  {
    name: 'many-undeclared-sources',
    line: 3014,
    col: 22,
    code: 'undeclared-source',
    says: 'source "b0" is not declared',
    generate: () =>
      plan(
        'many-undeclared-sources',
        '  src-a:',
        `${list(3000, (i) => `  s${i}: {title: t}`).join('\n')}\n  src-a:`,
      ).replace(
        '    sources: [src-a]\n    start',
        `    sources: [src-a, ${list(20_000, (i) => `b${i}`).join(', ')}]\n    start`,
      ),
  },
  {
    name: 'many-unclosed-quotes',
    line: 23,
    col: 5,
    code: 'yaml-syntax',
    says: 'missing closing "quote',
    generate: () => `${plan('many-unclosed-quotes')}extra:\n${list(20_000, () => '  - "a').join('\n')}\n`,
  },
];

/** Fixtures that are valid plans: accepted, BOM and CRLF included. */
const validFixtures = ['valid', 'bom-valid', 'crlf-valid'] as const;

/**
 * The bound on each run's peak resident memory. Time is not asserted here (the benchmark
 * measures speed): a case that turned quadratic would hit the test timeout instead.
 */
const maxRssBytes = 200 * 1024 * 1024;

let tmp: string;
let generatedDir: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'plans-hostile-'));
  generatedDir = join(tmp, 'generated');
  mkdirSync(generatedDir);
  for (const c of cases) if (c.generate) writeFileSync(join(generatedDir, `${c.name}.yaml`), c.generate());
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Where a case's file is and how it is named on the command line. */
function where(c: HostileCase): { cwd: string; file: string } {
  return c.generate
    ? { cwd: generatedDir, file: `${c.name}.yaml` }
    : { cwd: repoRoot, file: `tests/fixtures/hostile/${c.name}.yaml` };
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** Anything that acts on a terminal: C0/C1 controls (but newline and tab), DEL, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const active = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** chalk's own colour codes (Select Graphic Rendition), the only escapes allowed through. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const sgr = /\x1b\[[0-9;]*m/g;

const stackTrace = /^\s+at |\b(?:Type|Range|Reference|Syntax)?Error:|internal error/m;

/**
 * Spawn the built bin as a user would, with V8's heap capped at 200 MB and the child's peak
 * resident set size (heap, buffers, code: everything) written out at exit by a preloaded
 * module. The peak RSS is what proves the memory bound.
 */
let measured = 0;
function spawnMeasured(argv: readonly string[], cwd: string, input?: Uint8Array) {
  const preload = join(tmp, 'max-rss.mjs');
  if (!existsSync(preload)) {
    writeFileSync(
      preload,
      "import { readFileSync, writeFileSync } from 'node:fs';\n" +
        'const out = process.env.PLANS_TEST_MAX_RSS;\n' +
        // The peak of this process's own memory: VmHWM (kB). Not getrusage's maxRSS, which
        // Linux carries over from the parent across fork and exec — here the test runner,
        // whose own size would then be measured.
        'const hwm = () => { try { return Number(/^VmHWM:\\s+(\\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"))[1]); }' +
        ' catch { return process.resourceUsage().maxRSS; } };\n' +
        "process.on('exit', () => writeFileSync(out, String(hwm() * 1024)));\n",
    );
  }
  const rssFile = join(tmp, `max-rss-${measured++}`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, binPath, ...argv], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      NO_COLOR: '1',
      NODE_OPTIONS: '--max-old-space-size=200',
      PLANS_TEST_MAX_RSS: rssFile,
    },
    ...(input ? { input } : {}),
    encoding: 'utf8',
    timeout: 15_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  // EPIPE: the child stopped reading its input early (as it does past the size limit), not a hang.
  if ((r.error as NodeJS.ErrnoException | undefined)?.code !== 'EPIPE') {
    expect(r.error, 'the child must finish (no hang)').toBeUndefined();
  }
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    maxRss: Number(readFileSync(rssFile, 'utf8')),
  };
}

describe('hostile plan files', () => {
  it('every fixture in tests/fixtures/hostile/ has a row in the table', () => {
    const files = readdirSync(hostileDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    const named = [...cases.filter((c) => !c.generate).map((c) => c.name), ...validFixtures].sort();
    expect(files).toEqual(named);
  });

  it.each(cases)('$name → $line:$col [$code]', async (c) => {
    const { cwd, file } = where(c);
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const located = `${file}:${c.line}:${c.col}: error: `;

      // validate: exit 1, the first error at the recorded place.
      const v = await runCli(['validate', file], { cwd });
      expect(v.code).toBe(1);
      expect(v.stderr).toBe('');
      const first = lines(v.stdout).find((l) => l.includes(': error: '));
      expect(first).toBeDefined();
      expect(first!.startsWith(located), first).toBe(true);
      expect(first!.endsWith(` [${c.code}]`), first).toBe(true);
      expect(first).toContain(c.says);

      // diff: exit 2, the same message on stderr, nothing on stdout. (Not for the many-* cases,
      // thousands of problems each, which diff reads with the loader validate has just run.)
      if (!c.name.startsWith('many-')) {
        const d = await runCli(['diff', file, 'kremlin'], { cwd });
        expect(d.code).toBe(2);
        expect(d.stdout).toBe('');
        expect(lines(d.stderr)[0]).toBe(first);
        expect(d.stderr).not.toMatch(stackTrace);
      }

      // The same bytes on stdin: the same message and place, named <stdin>. (Committed
      // fixtures only, to keep the file fast; 20 MB on stdin has its own test below.)
      if (!c.generate) {
        const bytes = readFileSync(join(cwd, file));
        const s = await runCli(['diff', '-', 'kremlin'], { cwd, stdin: bytes });
        expect(s.code).toBe(2);
        expect(lines(s.stderr)[0]).toBe(first!.replace(file, '<stdin>'));
      }

      // Nothing reached the process's own warning channel (the yaml library warns there).
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it.each(cases.filter((c) => c.heavy))(
    '$name: the built bin stays under 200 MB (peak RSS) and gives the same answer',
    (c) => {
      const { cwd, file } = where(c);
      const located = `${file}:${c.line}:${c.col}: error: `;
      const v = spawnMeasured(['validate', file], cwd);
      expect(v.code).toBe(1);
      expect(v.stdout.startsWith(located), v.stdout.slice(0, 200)).toBe(true);
      expect(v.maxRss).toBeLessThan(maxRssBytes);
      const d = spawnMeasured(['diff', file, 'kremlin'], cwd);
      expect(d.code).toBe(2);
      expect(d.stderr.startsWith(located), d.stderr.slice(0, 200)).toBe(true);
      expect(d.stderr).not.toMatch(stackTrace);
      expect(d.maxRss).toBeLessThan(maxRssBytes);
    },
  );

  it('20 MB on stdin is refused as too large, within 200 MB', () => {
    const bytes = readFileSync(join(generatedDir, 'huge-20mb.yaml'));
    const d = spawnMeasured(['diff', '-', 'kremlin'], generatedDir, bytes);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^<stdin>:1:1: error: input is more than \d+ bytes; .* \[too-large\]\n$/);
    expect(d.maxRss).toBeLessThan(maxRssBytes);
  });

  it.each(validFixtures)('%s is accepted (BOM and CRLF line ends included)', async (name) => {
    const file = `tests/fixtures/hostile/${name}.yaml`;
    const v = await runCli(['validate', file], {});
    expect(v.code).toBe(0);
    expect(v.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    const d = await runCli(['diff', file, 'kremlin']);
    expect(d.code).toBe(0);
    expect(d.stderr).toBe('');
    const s = await runCli(['show', file, '--format', 'json']);
    expect(s.code).toBe(0);
    const { plan: shown } = JSON.parse(s.stdout) as { plan: { id: string; title: string } };
    // The BOM is not part of the first key; CR is not part of any value.
    expect(shown.id).toBe(name);
    expect(shown.title).toBe('A hostile test plan');
    expect(s.stdout).not.toMatch(/\\r|\r/);
  });
});

/** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneCleanLine(r: CliResult, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n'), r.stderr).toBe(true);
  expect(r.stderr.split('\n'), r.stderr).toHaveLength(2);
  expect(r.stderr).not.toMatch(stackTrace);
  expect(r.stderr).toMatch(pattern);
}

describe('command-line misuse', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'misuse');
    mkdirSync(dir);
  });

  it.each([
    { argv: ['difff', 'kremlin', 'kyiv'], says: /^plans: unknown command 'difff' \(did you mean diff\?\)$/m },
    { argv: ['diff', '--fromat', 'json', 'kremlin', 'kyiv'], says: /unknown option '--fromat'.*--format/ },
    { argv: ['--plan-dir', 'plans', 'list'], says: /unknown option '--plan-dir'.*--plans-dir/ },
    { argv: ['diff', 'kremlin'], says: /missing required argument 'b'/ },
    { argv: ['show'], says: /missing required argument 'plan'/ },
    { argv: ['diff', 'kremlin', 'kyiv', 'us-miami'], says: /too many arguments for 'diff'/ },
    { argv: ['show', 'kremlin', 'kyiv'], says: /too many arguments for 'show'/ },
    { argv: ['list', 'extra'], says: /too many arguments for 'list'/ },
    { argv: ['schema', 'extra'], says: /too many arguments for 'schema'/ },
    { argv: ['diff', 'kremlin', 'kyiv', '--format', 'xml'], says: /'xml' is invalid/ },
    { argv: ['diff', 'kremlin', 'kyiv', '--clause', 'ceasefir'], says: /did you mean "ceasefire"/ },
    {
      argv: ['diff', 'kremlim', 'kyiv'],
      says: /^plans: unknown plan "kremlim" — did you mean "kremlin"\?$/m,
    },
    { argv: ['show', 'us-miam'], says: /unknown plan "us-miam" — did you mean "us-miami"/ },
    { argv: ['show', 'Kremlin'], says: /"Kremlin" is neither a plan id/ },
    { argv: ['show', 'kremlin/'], says: /^plans: kremlin\/: no such file$/m },
    { argv: ['diff', '../x', 'kyiv'], says: /^plans: \.\.\/x: no such file$/m },
    { argv: ['show', 'missing.yaml'], says: /^plans: missing\.yaml: no such file$/m },
    { argv: ['validate', 'missing.yaml'], says: /^plans: missing\.yaml: no such file/m },
    { argv: ['--plans-dir', 'no-such-dir', 'list'], says: /plans directory no-such-dir .* does not exist/ },
  ])('plans $argv', async ({ argv, says }) => {
    expectOneCleanLine(await runCli(argv, { cwd: repoRoot }), says);
  });

  it('/etc/passwd as a plan: refused with one located line, quoting nothing from it', async (ctx) => {
    if (!existsSync('/etc/passwd')) ctx.skip();
    const r = await runCli(['diff', '/etc/passwd', 'kremlin']);
    expectOneCleanLine(r, /^\/etc\/passwd:\d+:\d+: error: /);
    expect(r.stderr).not.toContain('root');
  });

  it('a directory where a plan is expected', async () => {
    expectOneCleanLine(await runCli(['show', dir]), /is a directory, not a plan file/);
    mkdirSync(join(dir, 'dir.yaml'));
    expectOneCleanLine(
      await runCli(['diff', 'dir.yaml', 'kremlin'], { cwd: dir }),
      /dir\.yaml: is a directory/,
    );
  });

  it('an unreadable file', async (ctx) => {
    const locked = join(dir, 'locked.yaml');
    writeFileSync(locked, plan('locked'));
    chmodSync(locked, 0o000);
    let readable = true;
    try {
      accessSync(locked, constants.R_OK);
    } catch {
      readable = false;
    }
    if (!readable) {
      expectOneCleanLine(
        await runCli(['show', 'locked.yaml'], { cwd: dir }),
        /locked\.yaml: permission denied/,
      );
      expectOneCleanLine(await runCli(['validate', 'locked.yaml'], { cwd: dir }), /permission denied/);
      return;
    }
    // Root reads anything: run the built bin as an unprivileged user instead, if we can.
    if (process.getuid?.() !== 0) ctx.skip();
    chmodSync(tmp, 0o755);
    chmodSync(dir, 0o755);
    for (const argv of [
      ['show', 'locked.yaml'],
      ['validate', 'locked.yaml'],
    ]) {
      const r = spawnSync(process.execPath, [binPath, ...argv], {
        cwd: dir,
        uid: 65534,
        gid: 65534,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 15_000,
      });
      // The unprivileged user may not reach the built bin itself: that is the machine, not plans.
      if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'EACCES') ctx.skip();
      if (/Cannot find module|EACCES: permission denied, open '\/work/.test(r.stderr ?? '')) ctx.skip();
      expect(r.error).toBeUndefined(); // a hang (ETIMEDOUT) fails, it is not skipped
      expectOneCleanLine(
        { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr },
        /locked\.yaml: permission denied/,
      );
    }
  });

  it('a FIFO where a plan is expected is refused, not waited on', (ctx) => {
    const fifo = join(dir, 'pipe.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) ctx.skip();
    // Spawned, never in-process: a blocking open would hang this worker.
    for (const argv of [
      ['show', 'pipe.yaml'],
      ['validate', 'pipe.yaml'],
      ['diff', 'pipe.yaml', 'kremlin'],
    ]) {
      const r = spawnSync(process.execPath, [binPath, ...argv], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 10_000,
      });
      // EPIPE: the child stopped reading its input early (as it does past the size limit), not a hang.
      if ((r.error as NodeJS.ErrnoException | undefined)?.code !== 'EPIPE') {
        expect(r.error, 'the child must finish (no hang)').toBeUndefined();
      }
      expectOneCleanLine(
        { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr },
        /pipe\.yaml: is not a regular file/,
      );
    }
  });

  describe('--out', () => {
    it.each([
      ['diff', 'kremlin', 'kyiv'],
      ['diff', 'kremlin', 'kyiv', '--format', 'markdown'],
      ['show', 'kremlin'],
      ['list'],
      ['schema'],
    ])('plans %s --out into a missing directory or onto a directory', async (...argv) => {
      const outDir = join(dir, `out-${argv.join('-')}`);
      mkdirSync(outDir);
      writeFileSync(join(outDir, 'keep.md'), 'keep');
      const before = readdirSync(outDir).sort();

      const missing = join(outDir, 'no-such-dir', 'report.md');
      expectOneCleanLine(await runCli([...argv, '--out', missing]), /cannot write .*report\.md/);
      expect(existsSync(join(outDir, 'no-such-dir'))).toBe(false);

      const ontoDir = join(outDir, 'a-directory');
      mkdirSync(ontoDir);
      expectOneCleanLine(
        await runCli([...argv, '--out', ontoDir]),
        /cannot write .*a-directory: it is a directory/,
      );
      expect(readdirSync(ontoDir)).toEqual([]);

      // No output file and no temporary file left anywhere.
      expect(readdirSync(outDir).sort()).toEqual([...before, 'a-directory'].sort());
      expect(readFileSync(join(outDir, 'keep.md'), 'utf8')).toBe('keep');
    });

    it('a command that fails writes no output file at all', async () => {
      const outDir = join(dir, 'out-failing');
      mkdirSync(outDir);
      const target = join(outDir, 'diff.md');
      expectOneCleanLine(await runCli(['diff', 'kremlim', 'kyiv', '--out', target]), /unknown plan/);
      const r = await runCli(['diff', fixture('hostile/nul-byte.yaml'), 'kyiv', '--out', target]);
      expect(r.code).toBe(2);
      expect(readdirSync(outDir)).toEqual([]);
    });
  });

  it('argument text is printed with control characters neutralised', async () => {
    // Argument text can come from a pull request (file names passed by CI): `run()` passes
    // every message through safeText(…, { singleLine: true }).
    const evil = '\x1b]0;owned\x07\x1b[2J';
    const shown = String.raw`\x1b]0;owned\x07\x1b[2J`;
    for (const [argv, line] of [
      [
        ['show', evil],
        `plans: "${shown}" is neither a plan id (lowercase letters, digits, hyphens) nor a .yaml file`,
      ],
      [['show', `${evil}.yaml`], `plans: ${shown}.yaml: no such file`],
      [[evil], `plans: unknown command '${shown}'`],
      [['diff', `--${evil}`], `plans: unknown option '--${shown}'`],
    ] as const) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${line}\n`);
      expect(r.stderr).not.toMatch(active);
    }
  });
});

describe('symbolic links and excerpts (no exfiltration through CI logs)', () => {
  const secret = `PLANS_TEST_SECRET=${Math.random().toString(36).slice(2)}-hunter2`;
  let root: string;
  let plansDir: string;

  beforeAll(() => {
    root = join(tmp, 'links');
    plansDir = join(root, 'plans');
    mkdirSync(join(root, 'outside'), { recursive: true });
    mkdirSync(plansDir);
    // Shaped as YAML, so that if it were read, a diagnostic would quote it.
    writeFileSync(join(root, 'outside', 'secret.yaml'), `${secret}: 1\n`);
    symlinkSync('../outside/secret.yaml', join(plansDir, 'x.yaml'));
    copyFileSync(join(repoRoot, 'plans', 'kremlin.yaml'), join(plansDir, 'kremlin.yaml'));
  });

  function expectNoSecret(r: CliResult): void {
    expect(r.stdout).not.toContain('PLANS_TEST_SECRET');
    expect(r.stderr).not.toContain('PLANS_TEST_SECRET');
    expect(`${r.stdout}${r.stderr}`).not.toContain(secret.slice(-12));
  }

  it('validate <dir> reports symlink-outside at the link, exit 1, secret never shown', async () => {
    for (const argv of [
      ['validate', 'plans'],
      ['validate', '--plans-dir', 'plans'],
      ['validate', 'plans/'],
    ]) {
      const r = await runCli(argv, { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^plans\/x\.yaml:1:1: error: .*not read \[symlink-outside\]$/m);
      expectNoSecret(r);
    }
  });

  it('diff / show / list with the link as an id are refused without reading', async () => {
    const d = await runCli(['diff', 'x', 'kremlin', '--plans-dir', plansDir], { cwd: root });
    expectOneCleanLine(d, /x\.yaml: symbolic link leads outside the plans directory; not read/);
    expectNoSecret(d);
    const s = await runCli(['show', 'x', '--plans-dir', 'plans'], { cwd: root });
    expectOneCleanLine(s, /symbolic link leads outside/);
    expectNoSecret(s);
    const l = await runCli(['list', '--plans-dir', 'plans'], { cwd: root });
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(
      /x\.yaml:1:1: error: symbolic link leads outside its directory; not read \[symlink-outside\]/,
    );
    expectNoSecret(l);
  });

  it('the link target is never opened (a FIFO behind it would block a reader forever)', (ctx) => {
    const fifoRoot = join(tmp, 'fifo');
    const fifoPlans = join(fifoRoot, 'plans');
    mkdirSync(join(fifoRoot, 'outside'), { recursive: true });
    mkdirSync(fifoPlans);
    if (spawnSync('mkfifo', [join(fifoRoot, 'outside', 'pipe')]).status !== 0) ctx.skip();
    symlinkSync('../outside/pipe', join(fifoPlans, 'y.yaml'));
    copyFileSync(join(repoRoot, 'plans', 'kremlin.yaml'), join(fifoPlans, 'kremlin.yaml'));
    // Spawned, never in-process: opening the FIFO would hang this worker.
    const v = spawnMeasured(['validate', 'plans'], fifoRoot);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^plans\/y\.yaml:1:1: error: .*\[symlink-outside\]$/m);
    const d = spawnMeasured(['diff', 'y', 'kremlin', '--plans-dir', 'plans'], fifoRoot);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/y\.yaml: symbolic link leads outside/);
  });

  const long = 'x'.repeat(5000);
  const longLines: Record<string, string> = {
    'long-enum': plan('long-enum', 'status: reported', `status: ${long}`),
    'long-key': plan('long-key', 'status: reported', `status: reported\n${long}: 1`),
    'long-date': plan('long-date', 'date: 2025-12-01', `date: ${long}`),
    'long-cite': plan('long-cite', '    sources: [src-a]\n    start', `    sources: [${long}]\n    start`),
    'long-bool': plan('long-bool', 'non_nuclear: true', `non_nuclear: ${long}`),
    'long-tag': plan('long-tag', 'status: reported', `status: !${long} reported`),
    'long-local-tag': plan('long-local-tag', 'status: reported', `status: !foo!${long} reported`),
    'long-anchor': plan('long-anchor', 'status: reported', `status: &${long} reported`),
    'long-directive': `%${long}\n---\n${plan('long-directive')}`,
    'long-block-header': plan(
      'long-block-header',
      'status: reported',
      `note: |${long}\n  x\nstatus: reported`,
    ),
    'long-unexpected': plan('long-unexpected', 'status: reported', `status: [a, b]]${long}`),
    'long-url': plan('long-url', '    published: 2025-12-01', `    url: http://${long} x`),
  };

  /** The code of the first error each case gives; an unknown directive is ignored, as YAML says. */
  const longLineCodes: Record<string, string | undefined> = {
    'long-enum': 'enum',
    'long-key': 'yaml-syntax',
    'long-date': 'format',
    'long-cite': 'too-big',
    'long-bool': 'type',
    'long-tag': 'tag',
    'long-local-tag': 'yaml-syntax',
    'long-anchor': 'alias',
    'long-directive': undefined,
    'long-block-header': 'yaml-syntax',
    'long-unexpected': 'yaml-syntax',
    'long-url': 'format',
  };

  it.each(Object.keys(longLines))(
    '%s: a 5,000-character line is quoted as a short excerpt at most',
    async (name) => {
      const dir = join(tmp, 'long-lines');
      mkdirSync(dir, { recursive: true });
      const file = `${name}.yaml`;
      writeFileSync(join(dir, file), longLines[name]!);
      const code = longLineCodes[name];
      const v = await runCli(['validate', file], { cwd: dir });
      const d = await runCli(['diff', file, 'kremlin'], { cwd: dir });
      expect(v.code).toBe(code ? 1 : 0);
      expect(d.code).toBe(code ? 2 : 0);
      if (code) {
        const first = lines(v.stdout)[0]!;
        expect(first).toMatch(new RegExp(`^${name}\\.yaml:\\d+:\\d+: error: .* \\[${code}\\]$`));
        expect(lines(d.stderr)[0]).toBe(first); // diff refuses it with the same located line
      } else {
        expect(v.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
      }
      const all = [...lines(v.stdout), ...lines(v.stderr), ...lines(d.stderr)];
      expect(all.length).toBeGreaterThan(0);
      for (const line of all) {
        expect(line.length - file.length, line.slice(0, 300)).toBeLessThanOrEqual(200);
        expect(line).not.toContain('x'.repeat(limits.maxExcerpt + 1));
      }
    },
  );
});

describe('terminal safety', () => {
  const payload = '\x1b]0;owned\x07\x1b[2J';
  // title, summary and source title are single-line fields: CR cannot be in them (the schema
  // refuses it), so the notes carry it.
  const title = `Evil ${payload} title \b\u202e end`;
  const evil = `# Control characters, written as YAML escapes (the file itself holds none).
id: evil
title: "Evil \\e]0;owned\\a\\e[2J title \\b\\u202e end"
proposed_by: [Ukraine]
date: 2025-12-01
status: reported
note: "Note \\e]0;owned\\a\\e[2J with \\r carriage \\b back \\u202e rtl \\e]8;;http://x\\e\\\\link\\e]8;;\\e\\\\"
sources:
  src-a:
    title: "Source \\e]0;owned\\a\\e[2J \\b\\u202e"
    note: "source note \\r\\e[2J"
    url: https://example.org/a
clauses:
  ceasefire:
    summary: "Fighting \\e]0;owned\\a\\e[2J stops \\b\\u202e."
    sources: [src-a]
    start: within
    within: 30 days
    note: "clause note \\e]0;owned\\a\\e[2J \\r \\b \\u202e"
  neutrality:
    summary: "Neutral \\e[31m red \\u202e"
    sources: [src-a]
    non_nuclear: true
`;
  let root: string;

  beforeAll(() => {
    root = join(tmp, 'terminal');
    mkdirSync(join(root, 'plans'), { recursive: true });
    writeFileSync(join(root, 'plans', 'evil.yaml'), evil);
    // kremlin keeps the terms of putin-june-2024 (reaffirms): both come along.
    for (const id of ['kremlin', 'putin-june-2024'])
      copyFileSync(join(repoRoot, 'plans', `${id}.yaml`), join(root, 'plans', `${id}.yaml`));
  });

  it('the plan is valid (control characters are a warning, not an error)', async () => {
    const r = await runCli(['validate', 'plans/evil.yaml'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[control-character]');
    expect(r.stdout).not.toMatch(active);
  });

  it.each([
    ['show', 'evil'],
    ['diff', 'evil', 'kremlin'],
    ['diff', 'evil', 'kremlin', '--format', 'table'],
    ['diff', 'kremlin', 'evil', '--all'],
    ['list'],
    ['validate'],
  ])('plans %s under FORCE_COLOR=1: only SGR colour codes, everything else neutralised', async (...argv) => {
    const r = await runCli(argv, { cwd: root, env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(sgr); // colour really is on
    const plain = `${r.stdout}${r.stderr}`.replace(sgr, '');
    expect(plain).not.toMatch(active);
    // The plan's own SGR sequence is not among chalk's: it was shown, escaped.
    expect(r.stdout).not.toContain('\x1b[31m red');
    // What the plan holds is shown, escaped (tables may wrap it, so look for one piece).
    if (argv[0] !== 'validate') expect(r.stdout).toContain('\\x1b]0;owned');
  });

  it.each([
    ['show', 'evil', '--format', 'markdown'],
    ['diff', 'evil', 'kremlin', '--format', 'markdown'],
    ['diff', 'kremlin', 'evil', '--all', '--format', 'markdown'],
    ['list', '--format', 'markdown'],
  ])('plans %s: Markdown holds no raw control characters', async (...argv) => {
    const r = await runCli(argv, { cwd: root, env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(active);
    expect(r.stdout).toContain(String.raw`\\x1b\]0;owned`); // shown escaped (and Markdown-escaped)
  });

  it.each([
    ['show', 'evil', '--format', 'json'],
    ['diff', 'evil', 'kremlin', '--format', 'json'],
    ['list', '--format', 'json'],
  ])('plans %s: JSON stays valid, control characters escaped, text intact', async (...argv) => {
    const r = await runCli(argv, { cwd: root, env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(active);
    const parsed: unknown = JSON.parse(r.stdout);
    // The title survives the round trip unchanged: escaped, not stripped.
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(title).slice(1, -1));
  });
});
