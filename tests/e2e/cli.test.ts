/**
 * End-to-end: the built bin, spawned as a user runs it, with stdout, stderr and exit status
 * asserted separately. `npm test` builds first, so this is the shipped code.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, bundledFiles, repoRoot, runCli, spawnCli } from '../helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
const ansi = /\u001b\[/;

describe('plans (built bin)', () => {
  it('diff us-miami kremlin: the verdict first, headers, typed changes, text, sources, count; exit 0', () => {
    const r = spawnCli(['diff', 'us-miami', 'kremlin'], { env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    // The first three lines say how many families differ, and which.
    expect(lines[0]).toMatch(/^10 of 10 clause families differ — changed: ceasefire, /);
    const top = lines.slice(0, 3).join(' ').replace(/\s+/g, ' ');
    for (const family of ['ceasefire', 'recognition', 'neutrality', 'security_package', 'sanctions'])
      expect(top).toMatch(new RegExp(`changed: .*\\b${family}\\b`));
    expect(top).toMatch(/only in us-miami: elections, energy_transit;/);
    expect(top).toMatch(/only in kremlin: implementation, signatories, rights$/);
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(/^--- us-miami {2}/);
    expect(lines[6]).toMatch(/^\+\+\+ kremlin {2}/);
    // Typed changes, then text, then sources, each once and in that order.
    const sections = lines.filter((l) => l.startsWith('== '));
    expect(sections).toEqual([
      '== Typed changes: ~ changed, - only in us-miami, + only in kremlin ==',
      '== Text: summaries, notes, conditions, disputed claims ==',
      '== Sources, each once, with the families citing it ==',
    ]);
    const typed = r.stdout.slice(0, r.stdout.indexOf('== Text'));
    expect(typed).toMatch(/^ {2}~ start +within → conditional$/m);
    expect(typed).not.toMatch(/^ {2}[~+-] (\S+\.)?note |^ {2}[~+-] disputed\.|\[witkoff-moscow\]/m);
    expect(r.stdout.slice(r.stdout.indexOf('== Text'))).toMatch(/^ {2}\+ disputed\.condition\.claim /m);
    expect(r.stdout.match(/\[witkoff-moscow\]/g)).toHaveLength(1);
    expect(lines.filter(Boolean).at(-2)).toMatch(/^10 of 10 clause families differ; /);
    expect(r.stdout).not.toMatch(ansi);
  });

  it('colours only when asked: FORCE_COLOR or --color, never with NO_COLOR', () => {
    expect(
      spawnCli(['diff', 'us-miami', 'kremlin'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout,
    ).toMatch(ansi);
    expect(spawnCli(['diff', 'us-miami', 'kremlin', '--color']).stdout).toMatch(ansi);
    expect(
      spawnCli(['diff', 'us-miami', 'kremlin'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout,
    ).not.toMatch(ansi);
    expect(
      spawnCli(['diff', 'us-miami', 'kremlin', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toMatch(ansi);
  });

  it('--exit-code: 1 when the plans differ, 0 when they do not', () => {
    expect(spawnCli(['diff', 'us-miami', 'kremlin', '--exit-code']).code).toBe(1);
    const same = spawnCli(['diff', 'kyiv', 'kyiv', '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/all \d+ clause families are the same/);
  });

  it('an unknown plan is one line on stderr naming the closest ids, exit 2', () => {
    const r = spawnCli(['diff', 'us-miami', 'kremln']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'plans: unknown plan "kremlin" — did you mean "kremlin"?\n'.replace('"kremlin" —', '"kremln" —'),
    );
  });

  it('a plan with a typo: validate points at it (exit 1); diff refuses it with the same message (exit 2)', () => {
    const file = 'tests/fixtures/e2e/new-plan.yaml';
    const message = `${file}:16:17: error: unknown territorial status "frozen-at-lines" — did you mean "frozen-at-line"? [enum]`;
    const v = spawnCli(['validate', file]);
    expect(v.code).toBe(1);
    expect(v.stderr).toBe('');
    expect(v.stdout).toBe(`${message}\n1 file checked, 1 invalid, 1 error\n`);
    const d = spawnCli(['diff', file, 'kremlin']);
    expect(d.code).toBe(2);
    expect(d.stdout).toBe('');
    expect(d.stderr).toBe(`${message}\n`);
  });

  it('validate: the bundled plans are valid (exit 0); GITHUB_ACTIONS selects annotations', () => {
    const r = spawnCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${bundledFiles().length} files checked, 0 invalid, 0 errors`, 'm'));
    const file = 'tests/fixtures/e2e/new-plan.yaml';
    const gh = spawnCli(['validate', file], { env: { GITHUB_ACTIONS: 'true' } });
    expect(gh.code).toBe(1);
    expect(gh.stdout.split('\n')[0]).toBe(
      `::error file=${file},line=16,col=17,endLine=16,endColumn=32,title=enum::unknown territorial status "frozen-at-lines" — did you mean "frozen-at-line"?`,
    );
    const text = spawnCli(['validate', file, '--format', 'text'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(text.stdout).not.toMatch(/^::/m);
    expect(text.stdout).toMatch(/^tests\/fixtures\/e2e\/new-plan\.yaml:16:17: error: /);
  });

  it('reads a plan from stdin with -', () => {
    const yaml = readFileSync(join(repoRoot, 'plans/kyiv.yaml'));
    const r = spawnCli(['diff', '-', 'kyiv', '--exit-code'], { stdin: yaml });
    expect(r.code).toBe(0);
  });

  it('--out writes the same bytes as stdout, atomically (no temporary file left)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-out-'));
    const out = join(dir, 'report.md');
    const r = spawnCli(['compare', 'kyiv', 'kremlin', '--format', 'markdown', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(
      spawnCli(['compare', 'kyiv', 'kremlin', '--format', 'markdown']).stdout,
    );
    expect(readdirSync(dir)).toEqual(['report.md']);
    const bad = spawnCli(['compare', 'kyiv', 'kremlin', '--out', join(dir, 'missing', 'x.md')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `plans: cannot write ${join(dir, 'missing', 'x.md')}: its directory does not exist\n`,
    );
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('the bundled bin and the source give the same output', async () => {
    for (const argv of [
      // The first seven take the fast start (dist/plans-cache); the source runs the full path.
      ['diff', 'us-miami', 'kremlin'],
      ['diff', 'kyiv', 'us-28-point', '--all', '--exit-code'],
      ['diff', 'minsk-2', 'minsk-2', '--exit-code', '--no-color'],
      ['diff', 'us-miami', 'kremlin', '--stat', '--all'],
      ['diff', 'us-28-point', 'kyiv', '--no-sources', '--color=always'],
      ['diff', 'us-28-point', 'kyiv', '--color', '--color=auto', '--stat'],
      ['diff', 'us-28-point', 'kyiv', '--no-color', '--color', '--stat'],
      ['diff', 'us-miami', 'kremlin', '--format', 'json'],
      ['compare', '--all', '--format', 'markdown'],
      ['validate', '--format', 'json'],
      ['history', 'us-miami'],
      ['list', '--format', 'json'],
      ['show', 'us-28-point'],
      ['report', 'kyiv', 'kremlin'],
    ]) {
      const built = spawnCli(argv, { env: { COLUMNS: '100' } });
      const source = await runCli(argv, { env: { COLUMNS: '100' } });
      expect(built.code, argv.join(' ')).toBe(source.code);
      expect(built.stdout, argv.join(' ')).toBe(source.stdout);
      expect(built.stderr, argv.join(' ')).toBe(source.stderr);
    }
  });

  it('without run-time code generation (--disallow-code-generation-from-strings) compare answers the same', () => {
    // zod compiles its object parsers with `new Function` where it may; hardened deployments
    // forbid that, and zod then interprets them. plans itself generates no code.
    for (const argv of [['compare', '--all', '--format', 'json']]) {
      const normal = spawnCli(argv);
      const hardened = spawnCli(argv, { env: { NODE_OPTIONS: '--disallow-code-generation-from-strings' } });
      expect(normal.code).toBe(0);
      expect(hardened).toEqual(normal);
    }
  });

  it('answers plans diff on bundled ids without loading the full program, only for unedited files', () => {
    // An installation with the entry and the build-time cache alone, without dist/program.js:
    // only the fast path can answer.
    const dir = mkdtempSync(join(tmpdir(), 'plans-fast-'));
    cpSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
    cpSync(join(repoRoot, 'dist', 'cli.cjs'), join(dir, 'dist', 'cli.cjs'));
    cpSync(join(repoRoot, 'dist', 'plans-cache'), join(dir, 'dist', 'plans-cache'), { recursive: true });
    const plans = join(dir, 'plans');
    cpSync(join(repoRoot, 'plans'), plans, { recursive: true });
    const argv = ['diff', 'us-miami', 'kremlin', '--exit-code'];
    const cli = (cwd: string, flags: readonly string[] = []) =>
      spawnSync(process.execPath, [join(dir, 'dist', 'cli.cjs'), ...argv, ...flags], {
        cwd,
        encoding: 'utf8',
        env: { NO_COLOR: '1' },
      });
    mkdirSync(join(dir, 'elsewhere'));
    for (const flags of [[], ['--stat', '--all', '--color=never'], ['--no-sources', '--no-pager']]) {
      const fast = cli(join(dir, 'elsewhere'), flags);
      expect(fast.stderr).toBe('');
      expect(fast.status).toBe(1);
      expect(fast.stdout).toBe(spawnCli([...argv, ...flags]).stdout);
    }
    // A user's ./plans may shadow bundled plans: the full program decides (absent here).
    mkdirSync(join(dir, 'project', 'plans'), { recursive: true });
    expect(cli(join(dir, 'project')).stderr).toMatch(/cannot load the program/);
    // An edited plan is not the validated one: the entry must reach for the full program.
    writeFileSync(
      join(plans, 'kremlin.yaml'),
      `${readFileSync(join(plans, 'kremlin.yaml'), 'utf8')}# edited\n`,
    );
    const edited = cli(dir);
    expect(edited.stdout).toBe('');
    // A broken install is one line and exit 2, not a stack trace.
    expect(edited.stderr).toMatch(
      /^plans: cannot load the program: Cannot find module .*program\.js.* \(reinstall, or run `npm run bundle`\)\n$/,
    );
    expect(edited.stderr.split('\n')).toHaveLength(2);
    expect(edited.status).toBe(2);
  });

  it('a reader that stops early (| head) ends plans quietly with exit 0, fast path or not', async () => {
    for (const args of [
      ['compare', '--all', '--format', 'json'],
      ['diff', 'us-miami', 'kremlin', '--all'],
    ]) {
      // Close the pipe before plans writes, as `| true` does (a socket pair here holds more than
      // this output, so reading a first chunk would let plans finish before the close).
      const child = spawn(process.execPath, [binPath, ...args], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.stdout.destroy();
      const code = await new Promise((done) => child.on('close', done));
      expect(stderr, args.join(' ')).toBe('');
      expect(code, args.join(' ')).toBe(0);
    }
  });

  /**
   * Run `plans compare --all --format json` writing into a pipe that the reader (Python) makes
   * non-blocking and reads only after a second, as `reader` (Python lines) says; prints what
   * `reader` prints.
   */
  function lateNonBlockingReader(reader: readonly string[]) {
    const script = [
      'import os, fcntl, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
      'p = subprocess.Popen([sys.argv[1], sys.argv[2], "compare", "--all", "--format", "json"], stdout=w, stderr=subprocess.PIPE)',
      'os.close(w)',
      'time.sleep(1)',
      ...reader,
    ].join('\n');
    return spawnSync('python3', ['-c', script, process.execPath, binPath], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
  }

  it('a non-blocking pipe that fills and then closes: plans falls back to the stream and still ends quietly', () => {
    // plans's direct writes hit EAGAIN, the rest goes through the stream, which then meets EPIPE
    // when the reader closes after 100 bytes.
    const r = lateNonBlockingReader([
      'os.read(r, 100)',
      'os.close(r)',
      'err = p.communicate()[1]',
      'print(p.returncode, len(err))',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0 0');
  });

  it('a non-blocking pipe read late but whole: every byte arrives (plans waits for its stream before ending)', () => {
    // The direct writes hit EAGAIN while nobody reads; the rest goes through Node's stream,
    // which plans must let drain instead of ending the process as soon as its work is done.
    const expected = spawnSync(process.execPath, [binPath, 'compare', '--all', '--format', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(expected.status).toBe(0);
    expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(65536); // more than a pipe holds
    const r = lateNonBlockingReader([
      'data = b""',
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    data += chunk',
      'err = p.communicate()[1]',
      'print(p.returncode, len(data), len(err))',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`0 ${Buffer.byteLength(expected.stdout)} 0`);
  });

  it('stdin (-) twice is refused for every command, not read as an empty second plan', async () => {
    const stdin = readFileSync(join(repoRoot, 'plans', 'kyiv.yaml'), 'utf8');
    for (const argv of [
      ['diff', '-', '-'],
      ['compare', '-', 'kremlin', '-'],
      ['map', '-', '-'],
      ['report', '-', 'kremlin', '-'],
    ]) {
      const r = await runCli(argv, { stdin });
      expect(r.stderr, argv.join(' ')).toBe('plans: stdin (-) can be given only once\n');
      expect(r.code, argv.join(' ')).toBe(2);
    }
  });

  it('a full disk (/dev/full) is one line and exit 2, on the fast path and off it', () => {
    for (const argv of [['diff', 'kyiv', 'kremlin'], ['list']]) {
      const out = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [binPath, ...argv], {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', out, 'pipe'],
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      closeSync(out);
      expect(r.stderr, argv.join(' ')).toMatch(/^plans: cannot write the output: no space left on device\n$/);
      expect(r.status, argv.join(' ')).toBe(2);
    }
  });

  it('--color tables: grey borders and a cyan header, and nothing but colour codes added', async () => {
    const esc = '\u001b';
    for (const argv of [['list'], ['diff', 'kyiv', 'kremlin', '--format', 'table']]) {
      const coloured = (await runCli([...argv, '--color'])).stdout;
      const plain = (await runCli([...argv, '--no-color'])).stdout;
      expect(
        coloured.replaceAll(`${esc}[90m`, '').replaceAll(`${esc}[36m`, '').replaceAll(`${esc}[39m`, ''),
      ).toBe(plain);
      expect(coloured.startsWith(`${esc}[90m┌─`), argv.join(' ')).toBe(true);
      expect(coloured, argv.join(' ')).toContain(`${esc}[90m│${esc}[39m ${esc}[36m`);
      expect(plain).not.toMatch(ansi);
    }
  });

  it('plans with no arguments prints the whole help, as --help does, and exits 0', async () => {
    const bare = await runCli([]);
    const help = await runCli(['--help']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Examples:\n  $ plans diff us-miami kremlin');
    expect(bare.stdout).toBe(help.stdout);
  });

  it('--help shows examples; --version prints the version', () => {
    const h = spawnCli(['diff', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:\n  $ plans diff us-miami kremlin');
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(spawnCli(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
