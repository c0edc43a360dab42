/**
 * From 200 files, `validate` and `compare --all` read plans in worker threads (src/cli/pool.ts).
 * The built bin must really start them, and give exactly the answer of one thread and of the
 * TypeScript sources (which never use workers).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.mjs';
import { binPath, repoRoot, runCli } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'plans-workers-'));
/** Counts the worker threads a process starts, and prints the count to stderr at exit. */
const hook = join(tmp, 'count-workers.cjs');
const valid = join(tmp, 'valid');
const mixed = join(tmp, 'mixed');
/** Enough plans for a Markdown report of several MiB: output goes out in 1 MiB pieces. */
const large = join(tmp, 'large');

beforeAll(() => {
  writeFileSync(
    hook,
    `const wt = require('node:worker_threads');
if (wt.isMainThread) {
const Original = wt.Worker;
let started = 0;
wt.Worker = class extends Original { constructor(...a) { super(...a); started++; } };
process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
}
`,
  );
  writeCorpus(join(repoRoot, 'plans'), valid, 240, 0);
  writeCorpus(join(repoRoot, 'plans'), mixed, 240, 0.02);
  writeCorpus(join(repoRoot, 'plans'), large, 720, 0);
});

function spawnBin(args: readonly string[], threads?: string) {
  const r = spawnSync(process.execPath, ['--require', hook, binPath, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...(threads ? { PLANS_THREADS: threads } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const workers = Number(/workers started: (\d+)\n$/.exec(r.stderr)?.[1]);
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/workers started: \d+\n$/, ''),
    workers,
  };
}

describe('worker threads', () => {
  it('validate: 240 files (2% invalid) in workers, same report as one thread and as the sources', async () => {
    const args = ['validate', mixed, '--format', 'json'];
    const many = spawnBin(args, '2');
    const one = spawnBin(args, '1');
    const source = await runCli(args, { cwd: tmp });
    expect(many.workers).toBe(2);
    expect(one.workers).toBe(0);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stdout).toBe(source.stdout);
    const report = JSON.parse(many.stdout) as { summary: { files: number; invalid: number } };
    expect(report.summary).toMatchObject({ files: 240, invalid: 4 }); // every 50th file
  });

  it('compare --all: columns computed in workers give the same matrix as one thread and the sources', async () => {
    const args = ['--plans-dir', valid, 'compare', '--all', '--format', 'json'];
    const many = spawnBin(args, '2');
    const one = spawnBin(args, '1');
    const source = await runCli(args, { cwd: tmp });
    expect(many.workers).toBe(2);
    expect(many.code, many.stderr).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stdout).toBe(source.stdout);
    expect((JSON.parse(many.stdout) as { plans: unknown[] }).plans).toHaveLength(240);
  });

  it('compare --all over a directory with invalid files stops with exit 2 and their problems', () => {
    const r = spawnBin(['--plans-dir', mixed, 'compare', '--all'], '2');
    expect(r.workers).toBe(2);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/: error: unknown plan status "\w+x" — did you mean "\w+"\? \[enum\]\n/);
    expect(r.stderr).toMatch(/plans: 4 problem\(s\) in the plans directory; run plans validate\n$/);
  });

  it('compare --all on two cores by default reads in the main thread; Markdown in parts is the same to stdout and to a file', () => {
    const args = ['--plans-dir', large, 'compare', '--all', '--format', 'markdown'];
    const stdout = spawnBin(args);
    const out = join(tmp, 'report.md');
    const file = spawnBin([...args, '--out', out]);
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(file.code, file.stderr).toBe(0);
    if (availableParallelism() <= 2) expect(stdout.workers).toBe(0);
    else expect(stdout.workers).toBe(Math.min(4, availableParallelism() - 1));
    expect(readFileSync(out, 'utf8')).toBe(stdout.stdout);
    expect(stdout.stdout).toMatch(/^## Comparison: /);
    expect(Buffer.byteLength(stdout.stdout)).toBeGreaterThan(2 * 2 ** 20); // several pieces
    expect(stdout.stdout.split('\n').filter((l) => l.startsWith('**')).length).toBe(720); // a source list per plan
  });
});
