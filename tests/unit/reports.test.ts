/** Reports that stay current: --inject / --check round trips, compare --map, and the last-resort handler. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { injectSection } from '../../src/cli/inject.js';
import { runCli } from '../helpers.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plans-report-'));
}

describe('--inject and --check', () => {
  it('replaces only the marked section, keeping the text around it', () => {
    const r = injectSection('# Title\n<!-- plans:begin -->\nold\n<!-- plans:end -->\ntail\n', 'new table\n');
    expect(r).toEqual({
      ok: true,
      text: '# Title\n<!-- plans:begin -->\nnew table\n<!-- plans:end -->\ntail\n',
    });
    expect(injectSection('no markers', 'x')).toMatchObject({ ok: false });
    expect(injectSection('<!-- plans:end -->\n<!-- plans:begin -->', 'x')).toMatchObject({ ok: false });
    expect(injectSection('<!-- plans:begin x -->\n<!-- plans:end x -->', 'y', 'x')).toEqual({
      ok: true,
      text: '<!-- plans:begin x -->\ny\n<!-- plans:end x -->',
    });
  });

  it('round trip: stale → 1 (nothing written), inject → 0, current → 0, markers missing → 2', async () => {
    const dir = tempDir();
    const report = join(dir, 'report.md');
    const before = '# Report\n\n<!-- plans:begin -->\nstale\n<!-- plans:end -->\n\nMore text.\n';
    writeFileSync(report, before);
    const argv = ['compare', 'kyiv', 'kremlin', '--format', 'markdown', '--inject', report];
    const stale = await runCli([...argv, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/report\.md is stale; rerun without --check to update it\n$/);
    expect(readFileSync(report, 'utf8')).toBe(before);
    const write = await runCli(argv);
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('');
    const after = readFileSync(report, 'utf8');
    expect(after.startsWith('# Report\n\n<!-- plans:begin -->\n## Comparison: kyiv, kremlin\n')).toBe(true);
    expect(after.endsWith('<!-- plans:end -->\n\nMore text.\n')).toBe(true);
    const current = await runCli([...argv, '--check']);
    expect(current.code).toBe(0);
    expect(current.stderr).toBe('');
    writeFileSync(join(dir, 'bare.md'), '# No markers here\n');
    const bare = await runCli([
      'compare',
      'kyiv',
      'kremlin',
      '--format',
      'markdown',
      '--inject',
      join(dir, 'bare.md'),
    ]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(
      /cannot inject into .*bare\.md: markers <!-- plans:begin --> and <!-- plans:end --> not found on lines of their own\n$/,
    );
    expect(readdirSync(dir).sort()).toEqual(['bare.md', 'report.md']);
  });

  it('--check with --out compares the whole file', async () => {
    const dir = tempDir();
    const out = join(dir, 'diff.md');
    const argv = ['diff', 'us-miami', 'kremlin', '--format', 'markdown', '--out', out];
    expect((await runCli([...argv, '--check'])).code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect((await runCli(argv)).code).toBe(0);
    expect((await runCli([...argv, '--check'])).code).toBe(0);
    const bare = await runCli(['diff', 'us-miami', 'kremlin', '--check']);
    expect(bare.stderr).toBe('plans: --check needs --out or --inject\n');
    expect(bare.code).toBe(2);
  });

  it('--inject into a directory is one line naming what is wrong, exit 2', async () => {
    const dir = tempDir();
    const r = await runCli(['diff', 'us-miami', 'kremlin', '--format', 'markdown', '--inject', dir]);
    expect(r.stderr).toBe(`plans: cannot write ${dir}: it is a directory; only regular files are written\n`);
    expect(r.code).toBe(2);
  });
});

describe('compare --map', () => {
  it('writes the map beside the report and links it from the Markdown, relative to the report', async () => {
    const dir = tempDir();
    const r = await runCli([
      'compare',
      'us-28-point',
      'kyiv',
      '--format',
      'markdown',
      '--out',
      join(dir, 'report.md'),
      '--map',
      join(dir, 'img', 'map.svg'),
    ]);
    // The map's directory does not exist: nothing is written, one clean error.
    expect(r.stderr).toMatch(/^plans: cannot write .*img\/map\.svg: its directory does not exist\n$/);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    const ok = await runCli([
      'compare',
      'us-28-point',
      'kyiv',
      '--format',
      'markdown',
      '--out',
      join(dir, 'report.md'),
      '--map',
      join(dir, 'map.svg'),
    ]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('![Territory by plan](map.svg)');
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/data-region="crimea"/g)).toHaveLength(2);
    const table = await runCli(['compare', 'us-28-point', 'kyiv', '--map', join(dir, 'm.svg')]);
    expect(table.code).toBe(2);
    expect(table.stderr).toBe('plans: --map goes with --format markdown\n');
  });
});

describe('the last-resort handler', () => {
  it('turns an unexpected exception into one line with a DEBUG hint (exit 2); DEBUG=1 adds the stack', async () => {
    const diff = await import('../../src/diff/diffPlans.js');
    const spy = vi.spyOn(diff, 'diffPlans').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const r = await runCli(['diff', 'kyiv', 'kremlin']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('plans: internal error: boom (rerun with DEBUG=1 to see the stack)\n');
      const d = await runCli(['diff', 'kyiv', 'kremlin'], { env: { DEBUG: '1' } });
      expect(d.code).toBe(2);
      expect(d.stderr.split('\n')[1]).toMatch(/^Error: boom/);
      expect(d.stderr).toMatch(/\n\s+at /);
    } finally {
      spy.mockRestore();
    }
  });
});
