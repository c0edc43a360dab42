/**
 * Paging as git pages (issue 18, part 3): on a terminal only, through $PLANS_PAGER, else
 * $PAGER, else `less -FRX`; --no-pager; output that fits the terminal is written directly; a
 * pager that cannot be started means writing directly; the exit code is the command's.
 */
import { describe, expect, it } from 'vitest';
import { defaultPager, pagerFor } from '../../src/cli/pager.js';
import { runCli } from '../helpers.js';

const long = 'line\n'.repeat(100);

describe('which pager', () => {
  const on = (env: Record<string, string> = {}, more: { rows?: number; noPager?: boolean } = {}) =>
    pagerFor({ env, stdoutIsTTY: true, ...more }, long);

  it('$PLANS_PAGER, else $PAGER, else less -FRX', () => {
    expect(defaultPager).toBe('less -FRX');
    expect(on()).toBe('less -FRX');
    expect(on({ PAGER: 'more' })).toBe('more');
    expect(on({ PAGER: 'more', PLANS_PAGER: 'most -s' })).toBe('most -s');
  });

  it('none when empty or cat, with --no-pager, off a terminal, or when the output fits', () => {
    expect(on({ PLANS_PAGER: '' })).toBeUndefined();
    expect(on({ PLANS_PAGER: '', PAGER: 'more' })).toBeUndefined();
    expect(on({ PAGER: 'cat' })).toBeUndefined();
    expect(on({}, { noPager: true })).toBeUndefined();
    expect(pagerFor({ env: {}, stdoutIsTTY: false }, long)).toBeUndefined();
    expect(on({}, { rows: 101 })).toBeUndefined();
    expect(on({}, { rows: 100 })).toBe('less -FRX');
    expect(pagerFor({ env: {}, stdoutIsTTY: true }, '')).toBeUndefined();
  });
});

describe('paging a command', () => {
  const argv = ['diff', 'us-miami', 'kremlin', '--exit-code'];
  const pager = (started = true) => {
    const calls: { command: string; text: string }[] = [];
    const page = async (command: string, text: string) => {
      calls.push({ command, text });
      return started;
    };
    return { calls, page };
  };

  it('on a terminal the whole report goes to the pager, and the exit code is the command’s', async () => {
    const plain = await runCli(argv);
    const { calls, page } = pager();
    const r = await runCli(argv, { tty: true, page, env: { PLANS_PAGER: 'my-pager', NO_COLOR: '1' } });
    expect(calls).toEqual([{ command: 'my-pager', text: plain.stdout }]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
  });

  it('writes directly when the pager cannot be started, with --no-pager, off a terminal, or when it fits', async () => {
    const cases = [
      { page: pager(false), tty: true, args: [] as string[], rows: undefined, calls: 1 },
      { page: pager(), tty: true, args: ['--no-pager'], rows: undefined, calls: 0 },
      { page: pager(), tty: true, args: [], rows: 10_000, calls: 0 },
      { page: pager(), tty: false, args: [], rows: undefined, calls: 0 },
    ];
    for (const c of cases) {
      const r = await runCli([...argv, ...c.args], {
        tty: c.tty,
        page: c.page.page,
        env: { NO_COLOR: '1' },
        ...(c.rows ? { rows: c.rows } : {}),
      });
      expect(c.page.calls).toHaveLength(c.calls);
      expect(r.stdout).toMatch(/^10 of 10 clause families differ/);
      expect(r.code).toBe(1);
    }
  });

  it('--no-pager is a global option: before or after the command', async () => {
    for (const args of [
      ['--no-pager', 'list'],
      ['list', '--no-pager'],
    ]) {
      const { calls, page } = pager();
      const r = await runCli(args, { tty: true, page });
      expect(calls).toHaveLength(0);
      expect(r.code).toBe(0);
    }
  });

  it('help and errors are never paged', async () => {
    const { calls, page } = pager();
    await runCli(['diff', '--help'], { tty: true, page });
    await runCli(['diff', 'us-miami', 'kremln'], { tty: true, page });
    expect(calls).toHaveLength(0);
  });
});
