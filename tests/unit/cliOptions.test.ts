/**
 * Options as people type them (issue 18, part 3): --color[=always|never|auto] as git takes it
 * (--color and --no-color as before), -v and --version, --inject writing Markdown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArgv } from '../../src/cli/program.js';
import { repoRoot, runCli } from '../helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
const ansi = /\u001b\[/;
const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;

describe('--color', () => {
  const coloured = async (args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) =>
    ansi.test((await runCli([...args, 'list'], options)).stdout);

  it('always, never and auto, as git takes them; --color and --no-color as before', async () => {
    expect(await coloured(['--color=always'])).toBe(true);
    expect(await coloured(['--color'])).toBe(true);
    expect(await coloured(['--color=never'], { tty: true, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(await coloured(['--no-color'], { tty: true })).toBe(false);
    expect(await coloured(['--color=auto'])).toBe(false);
    expect(await coloured(['--color=auto'], { tty: true })).toBe(true);
    expect(await coloured(['--color=auto'], { env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await coloured(['--color=auto'], { tty: true, env: { NO_COLOR: '1' } })).toBe(false);
    // The last one given wins.
    expect(await coloured(['--no-color', '--color'])).toBe(true);
    expect(await coloured(['--color', '--color=never'])).toBe(false);
  });

  it('a bare --color before the command does not swallow it; after the command works too', async () => {
    const before = await runCli(['--color', 'diff', 'us-miami', 'kremlin']);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(ansi);
    const after = await runCli(['diff', 'us-miami', 'kremlin', '--color=always']);
    expect(after.stdout).toBe(before.stdout);
  });

  it('--color always (with a space) is a usage error that says to write --color=always', async () => {
    const r = await runCli(['diff', 'kyiv', 'kremlin', '--color', 'always']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^plans: too many arguments.*\(the value goes after an equals sign: --color=always\)\n$/,
    );
    // Other excess arguments get no such hint.
    expect((await runCli(['diff', 'kyiv', 'kremlin', 'always'])).stderr).not.toContain('equals sign');
  });

  it('any other value is a usage error on one line', async () => {
    const r = await runCli(['--color=sometimes', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^plans: option '--color \[when\]' argument 'sometimes' is invalid\. .*always, never, auto/,
    );
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('arguments after -- are left alone', () => {
    expect(normalizeArgv(['--color', 'diff', '--', '--color', '-V'])).toEqual([
      '--color=always',
      'diff',
      '--',
      '--color',
      '-V',
    ]);
  });
});

describe('-v and --version', () => {
  it.each([['-v'], ['--version'], ['-V']])('%s prints the version', async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('help names -v, --version', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/-v, --version/);
  });
});

describe('--inject', () => {
  const page = '# Report\n\n<!-- plans:begin -->\nold\n<!-- plans:end -->\n';
  const injected = async (args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-inject-'));
    writeFileSync(join(dir, 'report.md'), page);
    const r = await runCli([...args, '--inject', 'report.md'], { cwd: dir });
    expect(r.code, args.join(' ')).toBe(0);
    return readFileSync(join(dir, 'report.md'), 'utf8');
  };

  it('writes Markdown unless --format says otherwise', async () => {
    const markdown = (await runCli(['compare', 'kyiv', 'kremlin', '--format', 'markdown'])).stdout;
    expect(await injected(['compare', 'kyiv', 'kremlin'])).toBe(
      `# Report\n\n<!-- plans:begin -->\n${markdown}<!-- plans:end -->\n`,
    );
    for (const args of [['diff', 'us-miami', 'kremlin'], ['list'], ['history', 'us-miami'], ['show', 'kyiv']])
      expect(await injected(args), args.join(' ')).toMatch(/^\|.*\|$/m);
    expect(await injected(['compare', 'kyiv', 'kremlin', '--format', 'table'])).toMatch(/┌/);
    expect(await injected(['list', '--format', 'json'])).toMatch(/"version": 1/);
  });

  it('--help says so', async () => {
    expect((await runCli(['compare', '--help'])).stdout).toMatch(
      /as Markdown\s+unless --format says otherwise/,
    );
  });
});
