/**
 * Positions that carry over (`reaffirms`): what a plan leaves unsaid is taken from the earlier
 * plans of its party it names, what it says overrides them; chains are followed; every
 * inherited value is marked with the plan and sources it comes from, in every output; and
 * validation catches unknown, later, other-party and cyclic reaffirmations at the `plan` value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/comparePlans.js';
import { diffPlans } from '../../src/diff/diffPlans.js';
import { effectivePlan, inheritedAt } from '../../src/diff/inherit.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';
import { runCli } from '../helpers.js';

interface Spec {
  id: string;
  date: string;
  by?: string;
  reaffirms?: string[];
  clauses: string;
}

function text(s: Spec): string {
  const reaffirms = s.reaffirms?.length
    ? `reaffirms:\n${s.reaffirms.map((r) => `  - plan: ${r}\n    sources: [s-${s.id}]`).join('\n')}\n`
    : '';
  return `format: 2
id: ${s.id}
title: Plan ${s.id}
proposed_by: [${s.by ?? 'Russia'}]
date: ${s.date}
status: statement
${reaffirms}sources:
  s-${s.id}: { title: Source of ${s.id} }
clauses:
${s.clauses}`;
}

function plan(s: Spec): Plan {
  const r = loadPlanText(text(s), `${s.id}.yaml`, { expectedId: s.id });
  if (!r.plan) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.plan;
}

const neutrality = (nato: string, id: string) =>
  `  neutrality:\n    summary: NATO ${nato}.\n    sources: [s-${id}]\n    nato: ${nato}\n`;
const recognition = (id: string, regions: Record<string, string>) =>
  `  recognition:\n    summary: Regions.\n    sources: [s-${id}]\n    territories:\n${Object.entries(regions)
    .map(([r, st]) => `      ${r}: { status: ${st} }`)
    .join('\n')}\n`;

const june = plan({
  id: 'june',
  date: '2024-06-14',
  clauses:
    neutrality('barred', 'june') +
    recognition('june', { crimea: 'russian-de-jure', donetsk: 'russian-de-jure' }) +
    '  ceasefire:\n    summary: After withdrawal.\n    sources: [s-june]\n    start: conditional\n    condition: Ukraine withdraws.\n    preconditions: [ukrainian-withdrawal, nato-renunciation]\n',
});
const memo = plan({
  id: 'memo',
  date: '2025-06-02',
  reaffirms: ['june'],
  clauses:
    '  sanctions:\n    summary: Bilateral sanctions end.\n    sources: [s-memo]\n    relief: full\n    lifted_by: [bilateral]\n',
});
const late = plan({
  id: 'late',
  date: '2025-12-21',
  reaffirms: ['memo'],
  clauses:
    recognition('late', { donetsk: 'russian-de-facto' }) +
    '  ceasefire:\n    summary: Withdraw first.\n    sources: [s-late]\n    start: conditional\n    condition: Ukraine leaves Donbas.\n    preconditions: [ukrainian-withdrawal]\n',
});
const catalog = new Map([june, memo, late].map((p) => [p.id, p]));
const lookup = (id: string) => catalog.get(id);

describe('effectivePlan', () => {
  const eff = effectivePlan(late, lookup);

  it('keeps what the plan says and takes what it leaves unsaid, region by region', () => {
    const t = eff.clauses.recognition!.territories!;
    expect(t.donetsk!.status).toBe('russian-de-facto'); // its own words win
    expect(t.crimea!.status).toBe('russian-de-jure'); // unsaid: kept
    expect(inheritedAt(eff, ['recognition', 'territories', 'donetsk'])).toBeUndefined();
    expect(inheritedAt(eff, ['recognition', 'territories', 'crimea'])).toMatchObject({
      from: 'june',
      date: '2024-06-14',
    });
  });

  it('follows a chain of two: a value only the first document states names that document', () => {
    expect(eff.clauses.neutrality!.nato).toBe('barred');
    const i = inheritedAt(eff, ['neutrality', 'nato'])!;
    expect(i.from).toBe('june');
    // A family the plan does not address comes whole, summary and sources too.
    expect(i.path).toEqual(['neutrality']);
    expect(eff.clauses.neutrality!.sources).toEqual(['june/s-june']);
    expect(eff.sources['june/s-june']).toEqual({ title: 'Source of june' });
    expect(inheritedAt(eff, ['sanctions'])).toMatchObject({ from: 'memo', sources: ['memo/s-memo'] });
  });

  it('never takes a qualifier on its own: the plan’s start keeps its own preconditions', () => {
    expect(eff.clauses.ceasefire!.preconditions).toEqual(['ukrainian-withdrawal']);
    expect(inheritedAt(eff, ['ceasefire', 'preconditions'])).toBeUndefined();
  });

  it('leaves a plan without reaffirmations as it is, and stops at a cycle', () => {
    expect(effectivePlan(june, lookup)).toBe(june);
    const a = plan({ id: 'a', date: '2025-01-01', reaffirms: ['b'], clauses: neutrality('barred', 'a') });
    const b = plan({ id: 'b', date: '2025-01-01', reaffirms: ['a'], clauses: neutrality('open', 'b') });
    const both = new Map([a, b].map((p) => [p.id, p]));
    const e = effectivePlan(a, (id) => both.get(id));
    expect(e.clauses.neutrality!.nato).toBe('barred');
  });
});

describe('inherited values in the results', () => {
  const us = plan({
    id: 'us',
    date: '2025-12-01',
    by: 'United States',
    clauses: recognition('us', { crimea: 'russian-de-facto', donetsk: 'russian-de-facto' }),
  });
  const eff = effectivePlan(late, lookup);

  it('diff: a change of status, its right side marked with the plan and sources it comes from', () => {
    const d = diffPlans(us, eff);
    const crimea = d.clauses
      .flatMap((c) => c.changes)
      .find((c) => c.path.join('.') === 'recognition.territories.crimea.status')!;
    expect(crimea).toMatchObject({
      kind: 'changed',
      left: 'russian-de-facto',
      right: 'russian-de-jure',
      trend: 'toward Russia',
    });
    expect(crimea.inherited).toEqual({
      right: { from: 'june', date: '2024-06-14', sources: [{ key: 'june/s-june', title: 'Source of june' }] },
    });
    // Without reaffirmation the same region would be "only in us".
    const own = diffPlans(us, late).clauses.flatMap((c) => c.changes);
    expect(own.find((c) => c.path.join('.') === 'recognition.territories.crimea.status')).toMatchObject({
      kind: 'removed',
      left: 'russian-de-facto',
    });
    const neutralitySide = d.clauses.find((c) => c.clause === 'neutrality')!.right!;
    expect(neutralitySide.inherited).toEqual({ from: 'june', date: '2024-06-14' });
  });

  it('compare: the cell says where it comes from, and the plan is not silent on what it keeps', () => {
    const r = comparePlans([us, eff]);
    const crimea = r.rows.find((x) => x.field === 'territories.crimea')!;
    expect(crimea.cells[1]).toEqual({ text: 'russian-de-jure', key: 't:russian-de-jure:', from: 'june' });
    // Kept families count as stated: us is the one silent on neutrality, not late.
    expect(r.summary.silent).toContainEqual({ family: 'neutrality', plans: ['us'] });
    const own = comparePlans([us, late]);
    expect(own.families.map((f) => f.family)).not.toContain('neutrality');
  });
});

describe('on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-inherit-'));
  const write = (s: Spec) => writeFileSync(join(dir, `${s.id}.yaml`), text(s));
  write({
    id: 'june',
    date: '2024-06-14',
    clauses: neutrality('barred', 'june') + recognition('june', { crimea: 'russian-de-jure' }),
  });
  write({
    id: 'late',
    date: '2025-12-21',
    reaffirms: ['june'],
    clauses: recognition('late', { donetsk: 'russian-de-facto' }),
  });
  write({
    id: 'kyiv',
    date: '2025-12-24',
    by: 'Ukraine',
    clauses: recognition('kyiv', { crimea: 'ukrainian' }),
  });

  it('show, diff, compare and JSON mark inherited values; --own shows a document’s own words only', async () => {
    const show = await runCli(['--plans-dir', dir, 'show', 'late']);
    expect(show.stdout).toMatch(/neutrality \(kept from june, 2024-06-14\)/);
    expect(show.stdout).toMatch(/territories\.crimea\.status +russian-de-jure \(from june\)/);
    const own = (await runCli(['--plans-dir', dir, 'show', 'late', '--own'])).stdout;
    expect(own).toMatch(/reaffirms june/);
    expect(own).not.toMatch(/from june|kept from/);
    const json = JSON.parse((await runCli(['--plans-dir', dir, 'show', 'late', '--format', 'json'])).stdout);
    expect(json.inherited.map((i: { path: string[] }) => i.path.join('.'))).toEqual([
      'recognition.territories.crimea',
      'neutrality',
    ]);
    const diff = await runCli(['--plans-dir', dir, 'diff', 'kyiv', 'late'], { env: { COLUMNS: '200' } });
    expect(diff.stdout).toMatch(
      /territories\.crimea\.status +ukrainian → russian-de-jure \(toward Russia\) \[late: from june \(2024-06-14\)\]/,
    );
    const compare = await runCli(['--plans-dir', dir, 'compare', 'kyiv', 'late', '--format', 'markdown']);
    expect(compare.stdout).toContain('| crimea | ukrainian | russian-de-jure (from june) | **differ** |');
    expect(compare.stdout).toContain('- inherited: late keeps june (2 fields)');
    const ownCompare = await runCli([
      '--plans-dir',
      dir,
      'compare',
      'kyiv',
      'late',
      '--format',
      'markdown',
      '--own',
    ]);
    expect(ownCompare.stdout).not.toContain('(from june)');
  });

  it('validation: unknown, later, another party’s and cyclic reaffirmations, each at its `plan` value', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'plans-reaffirms-'));
    const put = (s: Spec) => writeFileSync(join(bad, `${s.id}.yaml`), text(s));
    put({ id: 'old', date: '2024-01-01', clauses: neutrality('barred', 'old') });
    put({ id: 'ua', date: '2024-01-01', by: 'Ukraine', clauses: neutrality('open', 'ua') });
    put({ id: 'typo', date: '2025-01-01', reaffirms: ['odl'], clauses: neutrality('barred', 'typo') });
    put({ id: 'early', date: '2023-01-01', reaffirms: ['old'], clauses: neutrality('barred', 'early') });
    put({ id: 'other', date: '2025-01-01', reaffirms: ['ua'], clauses: neutrality('barred', 'other') });
    put({ id: 'x', date: '2025-01-01', reaffirms: ['y'], clauses: neutrality('barred', 'x') });
    put({ id: 'y', date: '2025-01-01', reaffirms: ['x'], clauses: neutrality('barred', 'y') });
    const r = await runCli(['validate', bad, '--format', 'json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as {
      file: string;
      line: number;
      col: number;
      code: string;
      message: string;
    }[];
    const at = (id: string) =>
      problems.filter((p) => p.file.endsWith(`${id}.yaml`)).map((p) => [p.line, p.col, p.code]);
    // `reaffirms:` is line 7; its first entry's `plan` value starts at column 11 of line 8.
    expect(at('typo')).toEqual([[8, 11, 'unknown-reaffirms']]);
    expect(problems.find((p) => p.code === 'unknown-reaffirms')!.message).toContain('did you mean "old"?');
    expect(at('early')).toEqual([[8, 11, 'reaffirms-later']]);
    expect(at('other')).toEqual([[8, 11, 'reaffirms-other-party']]);
    expect(at('x')).toEqual([[8, 11, 'reaffirms-later']]);
    expect(problems.filter((p) => p.code === 'reaffirms-cycle')).toHaveLength(1);
  });
});
