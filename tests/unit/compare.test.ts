/**
 * The comparison matrix: verdicts per row, the differences-only filter, and that the builder's
 * result does not depend on the order columns arrive in (as `compare --all` files them while
 * workers read files): only on the order `finish` is given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CompareBuilder,
  compareColumn,
  comparePlans,
  interpretFamily,
} from '../../src/compare/comparePlans.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import { isDuration, parseDuration } from '../../src/schema/duration.js';
import { families } from '../../src/schema/families.js';
import { clauseBaseFields, listKeyFields, textFields } from '../../src/schema/fields.js';
import { shapeAt } from '../../src/schema/introspect.js';
import { type Plan, parsePlan } from '../../src/schema/plan.js';
import { regionKeys } from '../../src/schema/regions.js';
import type { ShapeNode } from '../../src/schema/shape.js';
import { distinct } from '../../src/util/distinct.js';
import { formatNumber } from '../../src/util/formatNumber.js';
import { arbPlan } from '../arbitraries.js';
import { repoRoot } from '../helpers.js';

type Precondition = NonNullable<NonNullable<Plan['clauses']['ceasefire']>['preconditions']>[number];

const plans: Plan[] = readdirSync(join(repoRoot, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => loadPlanText(readFileSync(join(repoRoot, 'plans', f), 'utf8'), f).plan!);
const byId = new Map(plans.map((p) => [p.id, p]));
const plan = (id: string) => byId.get(id)!;

/**
 * The compared fields of one clause, read plainly from the schema's shape: the specification
 * the walk in comparePlans.ts (compiled, or interpreted where code cannot be generated) must
 * meet. Triples of field, cell text and cell key, as a column carries them: a plain string's
 * key is left empty (the builder makes it `s:` and the text).
 */
function referenceFields(plan: Plan, family: (typeof families)[number]): string[] {
  const out: string[] = [];
  const cell = (v: unknown): [string, string] => {
    if (typeof v === 'string') return [v, ''];
    if (typeof v === 'number') return [formatNumber(v), `n:${v}`];
    if (typeof v === 'boolean') return [v ? 'yes' : 'no', `b:${v}`];
    if (isDuration(v)) return [v.text, `d:${v.days}`];
    if (Array.isArray(v)) {
      const items = v.map(cell);
      const keys = items.map(([text, key]) => key || `s:${text}`).sort();
      return [items.map(([text]) => text).join(', '), `l:${keys.join('|')}`];
    }
    return [String(v), ''];
  };
  const keys = (node: ShapeNode | undefined) =>
    node?.kind === 'object'
      ? Object.keys(node.keys).filter((k) => !clauseBaseFields.has(k) && !textFields.has(k))
      : [];
  const at = (node: ShapeNode | undefined, k: string) => (node?.kind === 'object' ? node.keys[k] : undefined);
  // Every leaf below a value as [field, value] pairs, in schema order (list entries in their order).
  const leaves = (
    node: ShapeNode | undefined,
    name: string,
    value: unknown,
    field: string,
  ): [string, unknown][] => {
    if (value === undefined) return [];
    const naming = listKeyFields[name];
    if (naming && Array.isArray(value)) {
      const element = node?.kind === 'array' ? node.element : undefined;
      const members = Object.keys(element?.kind === 'object' ? element.keys : {}).filter(
        (k) => k !== naming && k !== 'note',
      );
      return (value as Record<string, unknown>[]).flatMap((entry) =>
        members
          .filter((k) => k in entry)
          .flatMap((k) => leaves(at(element, k), k, entry[k], `${field}[${String(entry[naming])}].${k}`)),
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || isDuration(value)) {
      return [[field, value]];
    }
    const obj = value as Record<string, unknown>;
    return keys(node)
      .filter((k) => k in obj)
      .flatMap((k) => leaves(at(node, k), k, obj[k], `${field}.${k}`));
  };
  const walk = (node: ShapeNode | undefined, name: string, value: unknown, field: string): void => {
    for (const [f, v] of leaves(node, name, value, field)) out.push(f, ...cell(v));
  };
  if (family === 'other') {
    for (const o of plan.clauses.other ?? []) out.push(o.topic, '✓', 'present');
    return out;
  }
  const clause = plan.clauses[family] as Record<string, unknown> | undefined;
  if (!clause) return out;
  const node = shapeAt(['clauses', family]);
  for (const k of keys(node)) {
    if (!(k in clause)) continue;
    if (family === 'recognition' && k === 'territories') {
      const territories = clause.territories as Record<string, { status: string; extent?: string }>;
      out.push(
        ...regionKeys.flatMap((region) => {
          const { status, extent } = territories[region] ?? {};
          if (status === undefined) return [];
          const shown = extent === undefined || extent === 'whole' ? status : `${status} (${extent})`;
          return [`territories.${region}`, shown, `t:${status}:${extent ?? ''}`];
        }),
      );
    } else walk(at(node, k), k, clause[k], k);
  }
  return out;
}

describe('comparePlans', () => {
  it('a plan against an identical copy: every row agrees, nothing is single', () => {
    const kyiv = plan('kyiv');
    const r = comparePlans([kyiv, { ...kyiv, id: 'kyiv-copy' }]);
    expect(r.rows.length).toBeGreaterThan(10);
    expect(new Set(r.rows.map((row) => row.verdict))).toEqual(new Set(['agree']));
    expect(r.summary.contested).toEqual([]);
    expect(r.summary.silent).toEqual([]);
    expect(comparePlans([kyiv, { ...kyiv, id: 'kyiv-copy' }], { differencesOnly: true }).rows).toEqual([]);
  });

  it('one changed field differs, a field only one plan states is single, and silence is null', () => {
    const base = plan('us-28-point');
    const changed: Plan = {
      ...base,
      id: 'changed',
      clauses: {
        ...base.clauses,
        security_package: { ...base.clauses.security_package!, army_cap: 123_456 },
        elections: undefined,
      },
    };
    const r = comparePlans([base, changed]);
    const row = (field: string) => r.rows.find((x) => x.field === field)!;
    expect(row('army_cap').verdict).toBe('differ');
    expect(row('army_cap').cells.map((c) => c?.text)).toEqual(['600,000', '123,456']);
    const electionRows = r.rows.filter((x) => x.family === 'elections');
    expect(electionRows.length).toBeGreaterThan(0);
    for (const x of electionRows) {
      expect(x.verdict).toBe('single');
      expect(x.cells[1]).toBeNull();
    }
    expect(r.summary.silent).toEqual([{ family: 'elections', plans: ['changed'] }]);
    expect(r.summary.contested).toContain('security_package');
  });

  it('cells compare normalised values: words by their text, lists as sets, durations in days', () => {
    const base = plan('kyiv');
    const ceasefire = base.clauses.ceasefire!;
    /** Kyiv's plan under another id, with these ceasefire preconditions and deadline. */
    const variant = (id: string, preconditions: Precondition[], within: string): Plan => ({
      ...base,
      id,
      clauses: {
        ...base.clauses,
        ceasefire: { ...ceasefire, preconditions, within: parseDuration(within)! },
      },
    });
    const a = variant('a', ['nato-renunciation', 'russian-withdrawal'], '4 weeks');
    const b = variant('b', ['russian-withdrawal', 'nato-renunciation'], '28 days');
    const c = variant('c', ['russian-withdrawal'], '30 days');
    const r = comparePlans([a, b, c]);
    const row = r.rows.find((x) => x.field === 'preconditions')!;
    expect(row.cells.map((x) => x?.key)).toEqual([
      'l:s:nato-renunciation|s:russian-withdrawal',
      'l:s:nato-renunciation|s:russian-withdrawal',
      'l:s:russian-withdrawal',
    ]);
    expect(row.cells[0]!.text).toBe('nato-renunciation, russian-withdrawal');
    expect(row.verdict).toBe('differ');
    expect(comparePlans([a, b]).rows.find((x) => x.field === 'preconditions')!.verdict).toBe('agree');
    const within = r.rows.find((x) => x.field === 'within')!;
    expect(within.cells.map((x) => x && [x.text, x.key])).toEqual([
      ['4 weeks', 'd:28'],
      ['28 days', 'd:28'],
      ['30 days', 'd:30'],
    ]);
    expect(within.verdict).toBe('differ');
    expect(comparePlans([a, b]).rows.find((x) => x.field === 'within')!.verdict).toBe('agree');
    const start = r.rows.find((x) => x.field === 'start')!;
    expect(start.cells[0]).toEqual({ text: ceasefire.start, key: `s:${ceasefire.start}` });
    // Equal cells are one object.
    expect(start.cells[0]).toBe(start.cells[1]);
  });

  it('built one column at a time in any order, then put in order: the same matrix', () => {
    const chosenAndArrival = fc
      .shuffledSubarray(plans, { minLength: 2 })
      .chain((chosen) =>
        fc.tuple(fc.constant(chosen), fc.shuffledSubarray(chosen, { minLength: chosen.length })),
      );
    fc.assert(
      fc.property(
        chosenAndArrival,
        fc.boolean(),
        fc.subarray(['ceasefire', 'recognition', 'security_package', 'other'] as const, { minLength: 1 }),
        ([chosen, arrival], differencesOnly, clauses) => {
          const options = { differencesOnly, clauses };
          const builder = new CompareBuilder();
          const index = new Map(arrival.map((p) => [p.id, builder.add(compareColumn(p))]));
          const order = chosen.map((p) => index.get(p.id)!);
          const result = builder.finish(options, order);
          expect(result).toEqual(comparePlans(chosen, options));
          expect(result.plans.map((p) => p.id)).toEqual(chosen.map((p) => p.id));
        },
      ),
      { numRuns: 60, seed: 20261127 },
    );
  });

  it("a column holds each family's fields as the schema's shape reads them, compiled or interpreted: the bundled plans and generated ones", () => {
    const check = (p: Plan) => {
      const column = compareColumn(p);
      families.forEach((family, at) => {
        const clause = family === 'other' ? p.clauses.other : p.clauses[family];
        expect(column.fields[at] !== undefined).toBe(clause !== undefined);
        const expected = referenceFields(p, family);
        expect(column.fields[at] ?? []).toEqual(expected);
        if (family !== 'other' && clause) {
          const interpreted: string[] = [];
          interpretFamily(family, clause as Record<string, unknown>, interpreted);
          expect(interpreted).toEqual(expected);
        }
      });
    };
    for (const p of plans) check(p);
    // The bundled plans state list entries, nested mappings, durations, lists and territories.
    const all = plans.flatMap((p) => compareColumn(p).fields.flatMap((f) => f ?? []));
    expect(all.some((x) => /^\w+\[.+\]\.\w+$/.test(x))).toBe(true);
    expect(all.some((x) => /^heavy_weapons_pullback_km\.\w/.test(x))).toBe(true);
    expect(all.some((x) => x.startsWith('d:'))).toBe(true);
    expect(all.some((x) => x.startsWith('l:'))).toBe(true);
    expect(all.some((x) => /^t:[\w-]+:[\w-]+$/.test(x))).toBe(true);
    fc.assert(
      fc.property(arbPlan, (input) => {
        const parsed = parsePlan(input);
        expect(parsed.success).toBe(true);
        if (parsed.success) check(parsed.data);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });
});

describe('distinct', () => {
  it('keeps the first of each string, in order, for short lists (scanned) and long ones (a set)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 80, size: 'max' }),
        (list) => {
          expect(distinct(list)).toEqual([...new Set(list)]);
        },
      ),
      { numRuns: 300, seed: 20261127 },
    );
    expect(distinct(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    const long = Array.from({ length: 40 }, (_, i) => `k${(i * 7) % 13}`);
    expect(distinct(long)).toEqual([...new Set(long)]);
  });
});
