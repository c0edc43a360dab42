/**
 * The pager with real processes: off a terminal never (a pipe, as in every other test), on a
 * pseudo-terminal (util-linux `script`) through $PLANS_PAGER, with the command's exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, spawnCli } from '../helpers.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Run `plans …` on a pseudo-terminal; the exit status is plans' own (script -e). */
function onTerminal(args: readonly string[], env: Record<string, string>) {
  const command = [process.execPath, binPath, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'dumb', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout.replaceAll('\r\n', '\n') };
}

describe('the pager', () => {
  const argv = ['diff', 'us-miami', 'kremlin', '--exit-code'];

  it('is never used when stdout is not a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-pager-'));
    const marker = join(dir, 'paged');
    const r = spawnCli(argv, {
      env: { PLANS_PAGER: `cat > ${quote(marker)}`, PAGER: `cat > ${quote(marker)}` },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^10 of 10 clause families differ/);
    expect(existsSync(marker)).toBe(false);
  });

  it.skipIf(!hasScript)(
    'on a terminal: through $PLANS_PAGER, the exit code kept; --no-pager writes directly',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'plans-pager-'));
      const paged = join(dir, 'paged');
      const r = onTerminal(argv, { PLANS_PAGER: `cat > ${quote(paged)}`, COLUMNS: '100' });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(readFileSync(paged, 'utf8')).toBe(spawnCli(argv, { env: { COLUMNS: '100' } }).stdout);

      const direct = join(dir, 'direct');
      const off = onTerminal([...argv, '--no-pager'], { PLANS_PAGER: `cat > ${quote(direct)}` });
      expect(off.code).toBe(1);
      expect(off.stdout).toMatch(/^10 of 10 clause families differ/);
      expect(existsSync(direct)).toBe(false);
    },
  );

  it.skipIf(!hasScript)('a pager that cannot be started: the output is written directly', () => {
    const r = onTerminal(argv, { PLANS_PAGER: 'no-such-pager-here' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/10 of 10 clause families differ/);
  });
});
