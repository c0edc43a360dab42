/**
 * The catalog's order — date, then id, then file — compares code units, so that it is the
 * same on every machine: a locale's collation would reorder plan ids (Danish sorts `aa-…`
 * after `zz-…`), and `plans list`, `compare --all` and generated README sections would differ
 * between readers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOrder } from '../../src/cli/catalog.js';
import { arbIsoDate, arbKebab } from '../arbitraries.js';
import { repoRoot, runCli, runs, spawnCli } from '../helpers.js';

describe('catalog order', () => {
  it('sorts by date, then id, then file, each by code units, keeping every item', () => {
    const item = fc.record({ date: arbIsoDate, id: fc.oneof(arbKebab(12), fc.string({ maxLength: 4 })) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40, size: 'max' }), (raw) => {
        const items = raw.map((x, i) => ({ ...x, file: `plans/${(i * 7) % 11}-${i}.yaml` }));
        const sorted = catalogOrder(items);
        expect([...sorted].sort((a, b) => a.file.localeCompare(b.file))).toEqual(
          [...items].sort((a, b) => a.file.localeCompare(b.file)),
        );
        for (let i = 1; i < sorted.length; i++) {
          const [p, q] = [sorted[i - 1]!, sorted[i]!];
          const key = (x: typeof p) => [x.date, x.id, x.file];
          const k = key(p).findIndex((v, j) => v !== key(q)[j]);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(key(p)[k]! < key(q)[k]!).toBe(true);
        }
      }),
      { numRuns: runs(300), seed: 20261127 },
    );
  });

  it('is the same whatever the locale (plans list under Danish and Lithuanian collation)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-order-'));
    const text = readFileSync(join(repoRoot, 'plans', 'us-28-point.yaml'), 'utf8');
    for (const id of ['zz-plan', 'aa-plan', 'y-plan', 'i-plan', 'j-plan']) {
      writeFileSync(join(dir, `${id}.yaml`), text.replace(/^id: .*$/m, `id: ${id}`));
    }
    const order = (locale: string) => {
      const r = spawnCli(['--plans-dir', dir, '--no-bundled', 'list', '--format', 'json'], {
        env: { LANG: locale, LC_ALL: locale },
      });
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { plans: { id: string }[] }).plans.map((p) => p.id);
    };
    // Collators disagree on these: Danish puts `aa` last, Lithuanian `y` before `i`.
    expect(['zz-plan', 'aa-plan'].sort(new Intl.Collator('da').compare)).toEqual(['zz-plan', 'aa-plan']);
    const expected = ['aa-plan', 'i-plan', 'j-plan', 'y-plan', 'zz-plan'];
    for (const locale of ['C.UTF-8', 'da_DK.UTF-8', 'lt_LT.UTF-8']) expect(order(locale)).toEqual(expected);
  });
});

describe('plans list --party --since', () => {
  it('keeps the plans of one party (any case, joint ones included) from a year or date on', async () => {
    const all = JSON.parse((await runCli(['list', '--format', 'json'])).stdout).plans as {
      id: string;
      date: string;
      proposed_by: string[];
    }[];
    const r = await runCli(['list', '--party', 'ukraine', '--since', '2025', '--format', 'json']);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout).plans.map((p: { id: string }) => p.id);
    const expected = all
      .filter((p) => p.proposed_by.includes('Ukraine') && p.date >= '2025')
      .map((p) => p.id);
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(3);
    expect(got.length).toBeLessThan(all.length);
    const bad = await runCli(['list', '--since', 'last-year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since takes a year or a date');
  });
});

describe('plans list --brief', () => {
  it('gives id, date, status and proposers only, every plan once, in table and Markdown', async () => {
    const all = JSON.parse((await runCli(['list', '--format', 'json'])).stdout).plans as {
      id: string;
      date: string;
      status: string;
      proposed_by: string[];
    }[];
    const md = (await runCli(['list', '--brief', '--format', 'markdown'])).stdout.split('\n');
    expect(md[0]).toBe('| id | Date | Status | Proposed by |');
    const rows = md.filter((l) => l.startsWith('| `'));
    expect(rows).toEqual(
      all.map((p) => `| \`${p.id}\` | ${p.date} | ${p.status} | ${p.proposed_by.join(', ')} |`),
    );
    const table = (await runCli(['list', '--brief'], { columns: 60 })).stdout;
    expect(table).not.toContain('families');
    for (const p of all) expect(table).toContain(p.id);
  });
});
