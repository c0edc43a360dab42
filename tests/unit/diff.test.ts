import { describe, expect, it } from 'vitest';
import { diffPlans, plansDiffer } from '../../src/diff/diffPlans.js';
import type { Change } from '../../src/diff/types.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';

/** Build a plan from clause YAML (indented under `clauses:`); sources are declared for you. */
function plan(id: string, clauses: string, extra = ''): Plan {
  const text = `format: 2
id: ${id}
title: Plan ${id}
proposed_by: [United States]
date: 2025-11-20
status: leaked
${extra}sources:
  s1: { title: One }
  s2: { title: Two }
clauses:
${clauses}`;
  const r = loadPlanText(text, `${id}.yaml`);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.plan || errors.length)
    throw new Error(errors.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.plan;
}

const clause = (family: string, body: string, summary = 'Summary.', sources = '[s1]') =>
  `  ${family}:\n    summary: ${summary}\n    sources: ${sources}\n${body
    .split('\n')
    .filter(Boolean)
    .map((l) => `    ${l}`)
    .join('\n')}\n`;

function changesOf(a: Plan, b: Plan, family: string): Change[] {
  return [...(diffPlans(a, b).clauses.find((c) => c.clause === family)?.changes ?? [])];
}

describe('diffPlans', () => {
  it('orders text changes by field, not by what a path holds: a topic called "note" is not a note', () => {
    const other = (v: string) =>
      `  other:\n    - topic: amnesty\n      summary: ${v} summary.\n      sources: [s1]\n      note: ${v} note.\n    - topic: note\n      summary: ${v} summary.\n      sources: [s1]\n`;
    const changes = changesOf(plan('a', other('Old')), plan('b', other('New')), 'other');
    // Summaries (conditions) first, then notes.
    expect(changes.map((c) => c.path.join('.'))).toEqual([
      'other.amnesty.summary',
      'other.note.summary',
      'other.amnesty.note',
    ]);
  });

  it('finds nothing between a plan and itself', () => {
    const a = plan(
      'a',
      clause(
        'security_package',
        'force_limits: [{party: Ukraine, troops: 600000}]\nguarantors: [United States]',
      ),
    );
    const d = diffPlans(a, a);
    expect(d.clauses.map((c) => c.status)).toEqual(['same']);
    expect(plansDiffer(d)).toBe(false);
  });

  it('gives numbers a signed delta, a force limit named by its party', () => {
    const a = plan('a', clause('security_package', 'force_limits: [{party: Ukraine, troops: 600000}]'));
    const b = plan('b', clause('security_package', 'force_limits: [{party: Ukraine, troops: 800000}]'));
    expect(changesOf(a, b, 'security_package')).toEqual([
      {
        path: ['security_package', 'force_limits', 'Ukraine', 'troops'],
        kind: 'changed',
        type: 'number',
        left: 600000,
        right: 800000,
        delta: 200000,
        trend: 'higher',
      },
    ]);
  });

  it('compares durations after normalisation: 4 weeks equals 28 days', () => {
    const a = plan('a', clause('ceasefire', 'start: within\nwithin: 4 weeks'));
    const b = plan('b', clause('ceasefire', 'start: within\nwithin: 28 days'));
    expect(diffPlans(a, b).clauses[0]!.status).toBe('same');
  });

  it('reads ceasefire start and within together as timing', () => {
    const a = plan('a', clause('ceasefire', 'start: within\nwithin: 30 days'));
    const b = plan('b', clause('ceasefire', 'start: immediate'));
    const changes = changesOf(a, b, 'ceasefire');
    expect(changes.map((c) => [c.path.join('.'), c.kind, c.trend])).toEqual([
      ['ceasefire.start', 'changed', 'sooner'],
      ['ceasefire.within', 'removed', 'sooner'],
    ]);
    expect(changesOf(b, a, 'ceasefire').map((c) => c.trend)).toEqual(['later', 'later']);
    const c = plan('c', clause('ceasefire', 'start: within\nwithin: 2 weeks'));
    expect(changesOf(a, c, 'ceasefire')).toEqual([
      {
        path: ['ceasefire', 'within'],
        kind: 'changed',
        type: 'duration',
        left: '30 days',
        right: '2 weeks',
        delta: -16,
        trend: 'sooner',
      },
    ]);
  });

  it('gives no timing trend to a conditional ceasefire', () => {
    const a = plan('a', clause('ceasefire', 'start: within\nwithin: 30 days'));
    const b = plan('b', clause('ceasefire', 'start: conditional\ncondition: After withdrawal.'));
    const start = changesOf(a, b, 'ceasefire').find((c) => c.path.join('.') === 'ceasefire.start');
    expect(start).toMatchObject({ left: 'within', right: 'conditional' });
    expect(start?.trend).toBeUndefined();
  });

  it('compares territory region by region with the direction of the change', () => {
    const a = plan(
      'a',
      clause(
        'recognition',
        'territories:\n  zaporizhzhia: { status: frozen-at-line }\n  crimea: { status: russian-de-facto }',
      ),
    );
    const b = plan(
      'b',
      clause(
        'recognition',
        'territories:\n  zaporizhzhia: { status: russian-de-jure }\n  crimea: { status: russian-de-facto }\n  kharkiv: { status: ukrainian }',
      ),
    );
    expect(changesOf(a, b, 'recognition')).toEqual([
      {
        path: ['recognition', 'territories', 'zaporizhzhia', 'status'],
        kind: 'changed',
        type: 'enum',
        left: 'frozen-at-line',
        right: 'russian-de-jure',
        trend: 'toward Russia',
      },
      {
        path: ['recognition', 'territories', 'kharkiv', 'status'],
        kind: 'added',
        type: 'enum',
        right: 'ukrainian',
      },
    ]);
  });

  it('treats lists as sets: one change per element added or removed', () => {
    const a = plan('a', clause('security_package', 'guarantors: [United States, Poland]'));
    const b = plan('b', clause('security_package', 'guarantors: [Poland, France, United Kingdom]'));
    expect(changesOf(a, b, 'security_package').map((c) => [c.path.join('.'), c.kind])).toEqual([
      ['security_package.guarantors.United States', 'removed'],
      ['security_package.guarantors.France', 'added'],
      ['security_package.guarantors.United Kingdom', 'added'],
    ]);
  });

  it('keys lists of mappings by their key field', () => {
    const other = (summary: string, extra = '') =>
      `  other:\n    - topic: amnesty\n      summary: ${summary}\n      sources: [s1]\n${extra}`;
    const a = plan('a', other('Full amnesty.'));
    const b = plan(
      'b',
      other(
        'Amnesty for all.',
        '    - topic: prisoner-exchange\n      summary: All for all.\n      sources: [s2]\n',
      ),
    );
    const changes = changesOf(a, b, 'other');
    expect(changes.map((c) => [c.path.join('.'), c.kind, c.type])).toEqual([
      ['other.prisoner-exchange', 'added', 'entry'],
      ['other.amnesty.summary', 'changed', 'text'],
      ['other.prisoner-exchange.summary', 'added', 'text'],
    ]);
    expect(diffPlans(a, b).clauses[0]!.status).toBe('changed');
  });

  it('calls a clause reworded when only its text differs, and ignores sources', () => {
    const a = plan('a', clause('neutrality', 'nato: barred', 'NATO is out.', '[s1]'));
    const b = plan('b', clause('neutrality', 'nato: barred', 'No NATO membership.', '[s2]'));
    const d = diffPlans(a, b);
    expect(d.clauses[0]!.status).toBe('reworded');
    expect(d.clauses[0]!.changes.map((c) => c.path.join('.'))).toEqual(['neutrality.summary']);
    const c = plan('c', clause('neutrality', 'nato: barred', 'NATO is out.', '[s2, s1]'));
    expect(diffPlans(a, c).clauses[0]!.status).toBe('same');
  });

  it('reports fields one plan states and the other omits as added/removed', () => {
    const a = plan('a', clause('neutrality', 'nato: barred'));
    const b = plan('b', clause('neutrality', 'nato: barred\nnon_nuclear: true'));
    expect(changesOf(a, b, 'neutrality')).toEqual([
      { path: ['neutrality', 'non_nuclear'], kind: 'added', type: 'boolean', right: true },
    ]);
    expect(changesOf(b, a, 'neutrality')).toEqual([
      { path: ['neutrality', 'non_nuclear'], kind: 'removed', type: 'boolean', left: true },
    ]);
  });

  it('marks families only one plan addresses, and leaves out families neither addresses', () => {
    const a = plan('a', clause('sanctions', 'relief: phased') + clause('elections', 'within: 100 days'));
    const b = plan('b', clause('sanctions', 'relief: full'));
    const d = diffPlans(a, b);
    expect(d.clauses.map((c) => [c.clause, c.status])).toEqual([
      ['elections', 'only-left'],
      ['sanctions', 'changed'],
    ]);
    // The one side's typed values, as removed (its text is the side's summary, not a change).
    expect(d.clauses[0]!.changes).toEqual([
      { path: ['elections', 'within'], kind: 'removed', type: 'duration', left: '100 days' },
    ]);
    expect(diffPlans(b, a).clauses[0]!.changes).toEqual([
      { path: ['elections', 'within'], kind: 'added', type: 'duration', right: '100 days' },
    ]);
    expect(d.clauses[1]!.changes[0]!.trend).toBe('more relief');
    expect(d.summary).toMatchObject({
      families: 2,
      differing: 2,
      changed: 1,
      onlyLeft: ['elections'],
      onlyRight: [],
    });
  });

  it('restricts to the requested families, in canonical order', () => {
    const a = plan('a', clause('sanctions', 'relief: phased') + clause('ceasefire', 'start: immediate'));
    const b = plan('b', clause('sanctions', 'relief: none') + clause('ceasefire', 'start: on-signature'));
    expect(diffPlans(a, b).clauses.map((c) => c.clause)).toEqual(['ceasefire', 'sanctions']);
    expect(diffPlans(a, b, { clauses: ['sanctions'] }).clauses.map((c) => c.clause)).toEqual(['sanctions']);
  });

  it('treats a number against a word as an enum change without a delta', () => {
    const a = plan('a', clause('security_package', 'force_limits: [{party: Ukraine, troops: 600000}]'));
    const b = plan('b', clause('security_package', 'force_limits: [{party: Ukraine, troops: none}]'));
    expect(changesOf(a, b, 'security_package')).toEqual([
      {
        path: ['security_package', 'force_limits', 'Ukraine', 'troops'],
        kind: 'changed',
        type: 'enum',
        left: 600000,
        right: 'none',
      },
    ]);
  });

  it('compares amounts of money in billions, with a delta only within one currency', () => {
    const a = plan('a', clause('economy', 'reconstruction_fund: 800 bn USD'));
    const b = plan('b', clause('economy', 'reconstruction_fund: 1 tn USD'));
    const c = plan('c', clause('economy', 'reconstruction_fund: 800 bn EUR'));
    expect(changesOf(a, b, 'economy')).toEqual([
      {
        path: ['economy', 'reconstruction_fund'],
        kind: 'changed',
        type: 'money',
        left: '800 bn USD',
        right: '1 tn USD',
        delta: 200,
        trend: 'higher',
      },
    ]);
    expect(changesOf(a, plan('d', clause('economy', 'reconstruction_fund: 0.8 tn USD')), 'economy')).toEqual(
      [],
    );
    expect(changesOf(a, c, 'economy')).toEqual([
      {
        path: ['economy', 'reconstruction_fund'],
        kind: 'changed',
        type: 'money',
        left: '800 bn USD',
        right: '800 bn EUR',
      },
    ]);
  });

  it('reads the steps of a settlement as a sequence: a new order is one change', () => {
    const a = plan('a', clause('implementation', 'order: [ceasefire, elections, signature]'));
    const b = plan('b', clause('implementation', 'order: [ceasefire, signature, elections]'));
    expect(changesOf(a, b, 'implementation')).toEqual([
      {
        path: ['implementation', 'order'],
        kind: 'changed',
        type: 'order',
        left: 'ceasefire → elections → signature',
        right: 'ceasefire → signature → elections',
      },
    ]);
    expect(changesOf(a, a, 'implementation')).toEqual([]);
  });

  it('compares zones zone by zone within their region, with trend words', () => {
    const donetsk = (zone: string) =>
      clause('recognition', `territories:\n  donetsk:\n    status: russian-de-facto\n    zones:\n${zone}`);
    const a = plan('a', donetsk('      - {kind: demilitarized, share_pct: 30, recognized_as: russian}'));
    const b = plan(
      'b',
      donetsk(
        '      - {kind: demilitarized, share_pct: 30, recognized_as: undetermined, policed_by: [international]}',
      ),
    );
    expect(changesOf(a, b, 'recognition')).toEqual([
      {
        path: [
          'recognition',
          'territories',
          'donetsk',
          'zones',
          'demilitarized',
          'policed_by',
          'international',
        ],
        kind: 'added',
        type: 'enum',
        right: 'international',
      },
      {
        path: ['recognition', 'territories', 'donetsk', 'zones', 'demilitarized', 'recognized_as'],
        kind: 'changed',
        type: 'enum',
        left: 'russian',
        right: 'undetermined',
        trend: 'toward Ukraine',
      },
    ]);
  });

  it('names the direction of the new scales: a firmer guarantee, a broader amnesty, more international recognition', () => {
    const trend = (family: string, field: string, from: string, to: string) =>
      changesOf(
        plan('a', clause(family, `${field}: ${from}`)),
        plan('b', clause(family, `${field}: ${to}`)),
        family,
      )[0]?.trend;
    expect(trend('security_package', 'guarantee_form', 'political-declaration', 'ratified-treaty')).toBe(
      'firmer',
    );
    expect(trend('accountability', 'amnesty', 'none', 'full')).toBe('broader amnesty');
    expect(trend('recognition', 'scope', 'united-states', 'un-security-council')).toBe(
      'more international recognition',
    );
    expect(trend('humanitarian', 'prisoners', 'all-for-all', 'partial')).toBe('narrower');
    expect(trend('security_package', 'guarantee_term', '10 years', '15 years')).toBe('longer');
  });
});
