/**
 * The crosswalk (docs/crosswalk.yaml): every point of the US 28-point draft and of Kyiv's
 * 20-point framework maps to fields that exist in the plan file and hold a typed value — not
 * only text, and `other` only for a point marked as rhetoric. docs/crosswalk.md is its
 * current rendering.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCrosswalk, valueAt } from '../../scripts/crosswalk.mjs';
import { clauseBaseFields, listKeyFields, textFields } from '../../src/schema/fields.js';
import { bundledPlans, repoRoot } from '../helpers.js';

interface Entry {
  point: number;
  says: string;
  fields: string[];
  rhetoric?: boolean;
}
const crosswalk = parse(readFileSync(`${repoRoot}/docs/crosswalk.yaml`, 'utf8')) as Record<string, Entry[]>;
const plans = new Map(bundledPlans().map((p) => [p.id, p]));
const points: Record<string, number> = { 'us-28-point': 28, kyiv: 20 };

/** The last field name of a path: `force_limits[Ukraine].troops` → `troops`. */
const fieldOf = (path: string) =>
  path
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .pop()!;

describe('docs/crosswalk.yaml', () => {
  for (const [id, count] of Object.entries(points)) {
    it(`${id}: ${count} of ${count} points, each held by a typed field of the plan`, () => {
      const entries = crosswalk[id]!;
      expect(entries.map((e) => e.point)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      const plan = plans.get(id)!;
      for (const e of entries) {
        expect(e.says, `${id} ${e.point}`).toMatch(/^[^\n]+$/);
        for (const path of e.fields) {
          expect(
            valueAt(plan.clauses, path, listKeyFields),
            `${id} point ${e.point}: ${path}`,
          ).not.toBeUndefined();
        }
        const typed = e.fields.filter(
          (f) => !f.startsWith('other') && !textFields.has(fieldOf(f)) && !clauseBaseFields.has(fieldOf(f)),
        );
        if (e.rhetoric) expect(e.fields.every((f) => f.startsWith('other['))).toBe(true);
        else expect(typed.length, `${id} point ${e.point} has no typed field`).toBeGreaterThan(0);
      }
      expect(entries.filter((e) => !e.rhetoric)).toHaveLength(count);
    });
  }

  it('finds a missing or text-only field (the check can fail)', () => {
    const plan = plans.get('kyiv')!;
    expect(valueAt(plan.clauses, 'neutrality.nato', listKeyFields)).toBeUndefined();
    expect(
      valueAt(plan.clauses, 'security_package.force_limits[Russia].troops', listKeyFields),
    ).toBeUndefined();
    expect(textFields.has(fieldOf('ceasefire.condition'))).toBe(true);
  });

  it('docs/crosswalk.md is its current rendering (stale? run npm run generate)', async () => {
    expect(readFileSync(`${repoRoot}/docs/crosswalk.md`, 'utf8')).toBe(await renderCrosswalk());
  });
});
