/**
 * `plans diff` as text (issue 18, part 3): the verdict first, then typed changes, text and
 * sources, each skippable (--stat, --no-sources); lines wrapped to the width without breaking
 * a word.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDiff } from '../../src/diff/types.js';
import { displayWidth } from '../../src/render/terminal.js';
import { runCli } from '../helpers.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('plans diff, text', () => {
  it('wraps to the width without breaking a word', async () => {
    const narrow = await runCli(['diff', 'us-miami', 'kremlin'], { env: { COLUMNS: '80' } });
    const wide = await runCli(['diff', 'us-miami', 'kremlin'], { env: { COLUMNS: '400' } });
    for (const line of narrow.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(narrow.stdout.split('\n').length).toBeGreaterThan(wide.stdout.split('\n').length);
    // Only the spacing differs: the same words in the same order.
    expect(words(narrow.stdout)).toEqual(words(wide.stdout));
  });

  it('--stat: the headers, one line per family with its changes by kind, the count', async () => {
    const argv = ['diff', 'us-miami', 'kremlin'];
    const stat = await runCli([...argv, '--stat']);
    const json = JSON.parse((await runCli([...argv, '--format', 'json'])).stdout) as PlanDiff;
    expect(stat.code).toBe(0);
    const lines = stat.stdout.split('\n');
    expect(lines[0]).toMatch(/^--- us-miami {2}/);
    const rows = lines.filter((l) => l.startsWith(' ') && l.includes(' | '));
    expect(rows.map((l) => l.split('|')[0]!.trim())).toEqual(json.clauses.map((c) => c.clause));
    for (const clause of json.clauses) {
      const changes = clause.changes.filter((ch) => !(ch.path.length === 2 && ch.path[1] === 'summary'));
      const row = rows.find((l) => l.split('|')[0]!.trim() === clause.clause)!;
      const [, count, bar] = /\| +(\d+) ([~+-]*)/.exec(row)!;
      expect(Number(count), clause.clause).toBe(changes.length);
      const kinds = (mark: string) => bar!.split('').filter((c) => c === mark).length;
      expect(kinds('~')).toBe(changes.filter((ch) => ch.kind === 'changed').length);
      expect(kinds('+')).toBe(changes.filter((ch) => ch.kind === 'added').length);
      expect(kinds('-')).toBe(changes.filter((ch) => ch.kind === 'removed').length);
    }
    expect(rows.find((l) => l.startsWith(' elections '))).toMatch(/\(only in us-miami\)$/);
    expect(stat.stdout).not.toMatch(/^== /m);
    expect(lines.filter(Boolean).at(-2)).toMatch(/^10 of 10 clause families differ; /);
  });

  it('--stat scales long bars to the width', async () => {
    const r = await runCli(['diff', 'us-28-point', 'kyiv', '--stat'], { env: { COLUMNS: '40' } });
    for (const line of r.stdout.split('\n').filter((l) => l.includes(' | ')))
      expect(displayWidth(line), line).toBeLessThanOrEqual(40);
  });

  it('--stat of identical plans: the headers, one blank line, the count', async () => {
    const r = await runCli(['diff', 'kyiv', 'kyiv', '--stat']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(4, 6)).toEqual(['', expect.stringMatching(/^all \d+ clause families are the same$/)]);
    expect(lines.slice(6)).toEqual(['']);
    expect(r.stdout).not.toContain('\n\n\n');
  });

  it('--stat goes with the text format only', async () => {
    const r = await runCli(['diff', 'us-miami', 'kremlin', '--stat', '--format', 'table']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plans: --stat goes with --format text\n');
  });

  it('--no-sources leaves the sources out of text, table and Markdown', async () => {
    const argv = ['diff', 'us-miami', 'kremlin'];
    const text = await runCli([...argv, '--no-sources']);
    expect((await runCli(argv)).stdout).toMatch(/^== Sources/m);
    expect(text.stdout).not.toMatch(/^== Sources|\[witkoff-moscow\]/m);
    expect(text.stdout).toMatch(/^== Text/m);
    const table = await runCli([...argv, '--format', 'table', '--no-sources']);
    expect((await runCli([...argv, '--format', 'table'])).stdout).toMatch(/│ sources +│/);
    expect(table.stdout).not.toMatch(/│ sources +│|witkoff-moscow/);
    const markdown = await runCli([...argv, '--format', 'markdown', '--no-sources']);
    expect((await runCli([...argv, '--format', 'markdown'])).stdout).toMatch(/^### Sources$/m);
    expect(markdown.stdout).not.toMatch(/^### Sources$|\*sources\*|witkoff-moscow/m);
  });

  it('names the families that are the same; --all shows their text and stat lines', async () => {
    const plain = await runCli(['diff', 'kyiv', 'kyiv']);
    expect(plain.stdout.split('\n')[0]).toMatch(
      /^all \d+ clause families are the same — same: sovereignty, /,
    );
    expect(plain.stdout).not.toMatch(/^ceasefire$/m);
    const all = await runCli(['diff', 'kyiv', 'kyiv', '--all']);
    expect(all.stdout).not.toMatch(/^== Typed/m);
    expect(all.stdout.slice(all.stdout.indexOf('== Text'))).toMatch(/^ceasefire\n {2}- kyiv {2}\S/m);
    const stat = await runCli(['diff', 'kyiv', 'kyiv', '--all', '--stat']);
    expect(stat.stdout).toMatch(/^ ceasefire +\| 0 +\(same\)$/m);
  });
});
