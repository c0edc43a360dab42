import { describe, expect, it } from 'vitest';
import { diffPlans, plansDiffer } from '../../src/diff/diffPlans.js';
import type { Change } from '../../src/diff/types.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';

/** Build a plan from clause YAML (indented under `clauses:`); sources are declared for you. */
function plan(id: string, clauses: string, extra = ''): Plan {
  const text = `id: ${id}
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
    const a = plan('a', clause('security_package', 'army_cap: 600000\nguarantors: [United States]'));
    const d = diffPlans(a, a);
    expect(d.clauses.map((c) => c.status)).toEqual(['same']);
    expect(plansDiffer(d)).toBe(false);
  });

  it('gives numbers a signed delta', () => {
    const a = plan('a', clause('security_package', 'army_cap: 600000'));
    const b = plan('b', clause('security_package', 'army_cap: 800000'));
    expect(changesOf(a, b, 'security_package')).toEqual([
      {
        path: ['security_package', 'army_cap'],
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
    expect(d.clauses[0]!.changes).toEqual([]);
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
    const a = plan('a', clause('security_package', 'army_cap: 600000'));
    const b = plan('b', clause('security_package', 'army_cap: none'));
    expect(changesOf(a, b, 'security_package')).toEqual([
      { path: ['security_package', 'army_cap'], kind: 'changed', type: 'enum', left: 600000, right: 'none' },
    ]);
  });
});
