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
    expect(row('force_limits[Ukraine].troops').cells.map((c) => c?.text)).toEqual([
      '600,000 (always)',
      '123,456 (always)',
    ]);
    const electionRows = r.rows.filter((x) => x.family === 'elections');
    expect(electionRows.length).toBeGreaterThan(0);
    for (const x of electionRows) {
      expect(x.verdict).toBe('single');
      expect(x.cells[1]).toBeNull();
    }
    expect(r.summary.silent).toEqual([{ family: 'elections', plans: ['changed'] }]);
    expect(r.summary.contested).toContain('security_package');
  });

  it('cells compare normalised values: lists as sets, durations in days, a start with its qualifiers', () => {
    const base = plan('kyiv');
    const ceasefire = base.clauses.ceasefire!;
    /** Kyiv's plan under another id, with this ceasefire start and these monitors. */
    const variant = (
      id: string,
      start: Partial<typeof ceasefire>,
      monitoring: typeof ceasefire.monitoring,
    ): Plan => ({
      ...base,
      id,
      clauses: { ...base.clauses, ceasefire: { ...ceasefire, ...start, monitoring } },
    });
    const conditional = (preconditions: Precondition[]) => ({
      start: 'conditional' as const,
      condition: 'C.',
      preconditions,
    });
    const a = variant('a', conditional(['nato-renunciation', 'russian-withdrawal']), ['technical', 'un']);
    const b = variant('b', conditional(['russian-withdrawal', 'nato-renunciation']), ['un', 'technical']);
    const c = variant('c', conditional(['russian-withdrawal']), ['un']);
    const r = comparePlans([a, b, c]);
    const start = r.rows.find((x) => x.field === 'start')!;
    expect(start.cells.map((x) => x?.text)).toEqual([
      'conditional (nato-renunciation, russian-withdrawal)',
      'conditional (russian-withdrawal, nato-renunciation)',
      'conditional (russian-withdrawal)',
    ]);
    expect(start.cells[0]!.key).toBe(start.cells[1]!.key);
    expect(start.verdict).toBe('differ');
    expect(r.rows.some((x) => x.field === 'preconditions' || x.field === 'condition')).toBe(false);
    expect(comparePlans([a, b]).rows.find((x) => x.field === 'start')!.verdict).toBe('agree');
    const monitoring = r.rows.find((x) => x.field === 'monitoring')!;
    expect(monitoring.cells.map((x) => x?.key)).toEqual([
      'l:s:technical|s:un',
      'l:s:technical|s:un',
      'l:s:un',
    ]);
    // Durations in days: 4 weeks is 28 days.
    const within = (w: string) =>
      variant(`w${w.length}`, { start: 'within', within: parseDuration(w)! }, ['un']);
    const weeks = comparePlans([within('4 weeks'), within('28 days')]).rows.find((x) => x.field === 'start')!;
    expect(weeks.cells.map((x) => x?.text)).toEqual(['within 4 weeks', 'within 28 days']);
    expect(weeks.verdict).toBe('agree');
  });
});
