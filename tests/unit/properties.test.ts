import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffPlans } from '../../src/diff/diffPlans.js';
import type { Change } from '../../src/diff/types.js';
import { loadPlanBytes } from '../../src/load/loadPlan.js';
import { listKeyFields } from '../../src/schema/fields.js';
import { type Plan, parsePlan } from '../../src/schema/plan.js';
import { arbPlan } from '../arbitraries.js';
import { bundledFiles, runs } from '../helpers.js';

const seed = 20261127;

function toPlan(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.success) throw new Error(`generator produced an invalid plan: ${r.error.message}`);
  return r.data;
}

const arbPlanValue = arbPlan.map(toPlan);

/** The value at a change path in a plan's clauses, following list elements by value/key. */
function exists(plan: Plan, path: readonly string[]): boolean {
  const keyFields = Object.values(listKeyFields);
  let cur: unknown = plan.clauses;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const hit = cur.find(
        (e) =>
          (typeof e === 'object' &&
            e !== null &&
            keyFields.some((k) => (e as Record<string, unknown>)[k] === seg)) ||
          (typeof e === 'object' && e !== null && 'text' in e
            ? (e as { text: string }).text === seg
            : String(e) === seg),
      );
      if (hit === undefined) return false;
      cur = hit;
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.hasOwn(cur, seg)) return false;
      cur = (cur as Record<string, unknown>)[seg];
    } else return false;
  }
  return true;
}

function mirror(c: Change): Change {
  const { left, right, delta, trend, ...rest } = c;
  void trend;
  const kind = c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : 'changed';
  return {
    ...rest,
    kind,
    ...(right !== undefined ? { left: right } : {}),
    ...(left !== undefined ? { right: left } : {}),
    ...(delta !== undefined ? { delta: -delta } : {}),
  };
}

const withoutTrend = ({ trend: _t, ...c }: Change) => c;

describe('diff laws on random valid plans', () => {
  it('diff(a, a) finds nothing', () => {
    fc.assert(
      fc.property(arbPlanValue, (a) => {
        const d = diffPlans(a, a);
        expect(d.clauses.every((c) => c.status === 'same' && c.changes.length === 0)).toBe(true);
      }),
      { numRuns: runs(1000), seed },
    );
  });

  it('diff(b, a) mirrors diff(a, b): added ↔ removed, left ↔ right, delta negated', () => {
    fc.assert(
      fc.property(arbPlanValue, arbPlanValue, (a, b) => {
        const ab = diffPlans(a, b);
        const ba = diffPlans(b, a);
        expect(ba.clauses.map((c) => c.clause)).toEqual(ab.clauses.map((c) => c.clause));
        for (const [i, c] of ab.clauses.entries()) {
          const other = ba.clauses[i]!;
          const flipped = { 'only-left': 'only-right', 'only-right': 'only-left' } as Record<string, string>;
          expect(other.status).toBe(flipped[c.status] ?? c.status);
          const sortKey = (x: Change) => `${x.path.join('\u0000')}|${x.kind}`;
          const mine = c.changes
            .map((x) => withoutTrend(mirror(x)))
            .sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
          const theirs = other.changes.map(withoutTrend).sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
          expect(theirs).toEqual(mine);
        }
        expect(ba.summary.onlyLeft).toEqual(ab.summary.onlyRight);
      }),
      { numRuns: runs(1000), seed },
    );
  });

  it('every reported path exists in one of the two plans', () => {
    fc.assert(
      fc.property(arbPlanValue, arbPlanValue, (a, b) => {
        for (const c of diffPlans(a, b).clauses) {
          for (const ch of c.changes) {
            const inLeft = exists(a, ch.path);
            const inRight = exists(b, ch.path);
            if (ch.kind === 'added') expect(inRight, ch.path.join('.')).toBe(true);
            else if (ch.kind === 'removed') expect(inLeft, ch.path.join('.')).toBe(true);
            else expect(inLeft && inRight, ch.path.join('.')).toBe(true);
          }
        }
      }),
      { numRuns: runs(1000), seed },
    );
  });
});

const bundled = bundledFiles().map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));

function linesOf(text: string): string[] {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
}

/** Every diagnostic points inside the file: a real line, a column within it (or just past its end). */
function expectInside(bytes: Uint8Array, file = 'x.yaml') {
  const r = loadPlanBytes(bytes, file, { expectedId: 'x' });
  const lines = linesOf(new TextDecoder().decode(bytes));
  for (const d of r.diagnostics) {
    expect(d.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.line, d.message).toBeLessThanOrEqual(lines.length);
    expect(d.col, d.message).toBeGreaterThanOrEqual(1);
    expect(d.col, d.message).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.endLine * 100000 + d.endCol).toBeGreaterThanOrEqual(d.line * 100000 + d.col);
  }
  return r;
}

describe('the loader on mutated plans', () => {
  it('never throws on byte-level mutations, and every position lies inside the file', () => {
    const arbMutation = fc.record({
      plan: fc.integer({ min: 0, max: bundled.length - 1 }),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          op: fc.constantFrom('set', 'delete', 'insert'),
          byte: fc.oneof(
            fc.integer({ min: 0, max: 255 }),
            fc.constantFrom(...[...':-[]{}#&*!|>\'"%@`,?\n\t \\'].map((c) => c.charCodeAt(0))),
          ),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(arbMutation, ({ plan, edits }) => {
        const bytes = [...bundled[plan]!.bytes];
        for (const e of edits) {
          const at = e.at % (bytes.length + 1);
          if (e.op === 'set') bytes[Math.min(at, bytes.length - 1)] = e.byte;
          else if (e.op === 'delete') bytes.splice(at, 1);
          else bytes.splice(at, 0, e.byte);
        }
        expectInside(Uint8Array.from(bytes));
      }),
      { numRuns: runs(1500), seed },
    );
  });

  it('never throws on structural mutations (values swapped, keys dropped, types changed)', () => {
    const docs = bundled.map((b) => parse(new TextDecoder().decode(b.bytes)) as Record<string, unknown>);
    const weird = fc.constantFrom<unknown>(
      undefined, // the key is dropped
      null,
      0,
      -1,
      Number.POSITIVE_INFINITY,
      '',
      'x',
      true,
      [],
      {},
      [[]],
      { a: { b: {} } },
      '2025-02-30',
      '3 fortnights',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: docs.length - 1 }),
        fc.array(fc.tuple(fc.nat(), weird), { minLength: 1, maxLength: 5 }),
        (i, edits) => {
          const doc = structuredClone(docs[i]!);
          // Collect every container path, then replace values at chosen paths.
          const paths: (string | number)[][] = [];
          const walk = (v: unknown, p: (string | number)[]) => {
            paths.push(p);
            if (Array.isArray(v)) {
              for (const [k, x] of v.entries()) walk(x, [...p, k]);
            } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
          };
          walk(doc, []);
          for (const [n, value] of edits) {
            const p = paths[n % paths.length]!;
            if (p.length === 0) continue;
            let parent: unknown = doc;
            for (const seg of p.slice(0, -1))
              parent = (parent as Record<string | number, unknown> | null)?.[seg];
            if (parent === null || typeof parent !== 'object') continue; // replaced by an earlier edit
            const last = p[p.length - 1]!;
            if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
            else (parent as Record<string | number, unknown>)[last] = value;
          }
          expectInside(new TextEncoder().encode(stringify(doc)));
        },
      ),
      { numRuns: runs(800), seed },
    );
  });
});
