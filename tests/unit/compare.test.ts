import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/comparePlans.js';
import { parseDuration } from '../../src/schema/duration.js';
import type { Plan } from '../../src/schema/plan.js';
import { bundledPlans } from '../helpers.js';

type Precondition = NonNullable<NonNullable<Plan['clauses']['ceasefire']>['preconditions']>[number];

const plans: Plan[] = bundledPlans();
const byId = new Map(plans.map((p) => [p.id, p]));
const plan = (id: string) => byId.get(id)!;

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
        security_package: {
          ...base.clauses.security_package!,
          force_limits: [{ party: 'Ukraine', troops: 123_456, applies: 'always' }],
        },
        elections: undefined,
      },
    };
    const r = comparePlans([base, changed]);
    const row = (field: string) => r.rows.find((x) => x.field === field)!;
    expect(row('force_limits[Ukraine].troops').verdict).toBe('differ');
    expect(row('force_limits[Ukraine].troops').cells.map((c) => c?.text)).toEqual(['600,000', '123,456']);
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
  });
});
