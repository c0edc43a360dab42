/**
 * The bundled corpus: invariants over all fifteen plans, the lineage, and the typed extensions
 * of the format that the corpus needs (each with its own check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/diffPlans.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';
import { runCli } from '../helpers.js';

const dir = new URL('../../plans/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const plans = new Map<string, Plan>(
  files.map((f) => {
    const r = loadPlanText(readFileSync(new URL(f, dir), 'utf8'), f, {
      expectedId: f.replace(/\.yaml$/, ''),
    });
    return [f.replace(/\.yaml$/, ''), r.plan!];
  }),
);

const ids = [
  'minsk-2',
  'istanbul-2022',
  'zelensky-peace-formula',
  'china-12-point',
  'putin-june-2024',
  'us-framework-april-2025',
  'europe-ukraine-april-2025',
  'russia-memorandum-2025',
  'us-28-point',
  'e3-counterproposal',
  'us-geneva',
  'us-miami',
  'kremlin',
  'kyiv',
  'paris-declaration-2026',
];

/** Every clause of a plan with its cited sources (typed families and `other` provisions). */
function clauses(plan: Plan): { where: string; sources: readonly string[] }[] {
  const out: { where: string; sources: readonly string[] }[] = [];
  for (const [family, clause] of Object.entries(plan.clauses)) {
    if (Array.isArray(clause))
      for (const o of clause) out.push({ where: `other.${o.topic}`, sources: o.sources });
    else if (clause) out.push({ where: family, sources: (clause as { sources: string[] }).sources });
  }
  return out;
}

describe('the bundled corpus', () => {
  it('holds the fifteen plans, each valid, its id equal to its file name, with the modeline', () => {
    expect([...plans.keys()].sort()).toEqual([...ids].sort());
    for (const [id, plan] of plans) {
      expect(plan, id).toBeDefined();
      expect(plan.id).toBe(id);
      expect(readFileSync(new URL(`${id}.yaml`, dir), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schemas/plan.schema.json',
      );
    }
  });

  it('cites a declared source in every clause and uses every declared source', () => {
    for (const [id, plan] of plans) {
      const used = new Set<string>();
      for (const c of clauses(plan)) {
        expect(c.sources.length, `${id} ${c.where}`).toBeGreaterThan(0);
        for (const s of c.sources) {
          expect(Object.keys(plan.sources), `${id} ${c.where} cites ${s}`).toContain(s);
          used.add(s);
        }
      }
      for (const d of [...(plan.disputed ?? [])]) for (const s of d.sources) used.add(s);
      for (const c of Object.values(plan.clauses)) {
        const list = Array.isArray(c) ? c : c ? [c] : [];
        for (const x of list)
          for (const d of (x as { disputed?: { sources: string[] }[] }).disputed ?? [])
            for (const s of d.sources) used.add(s);
      }
      expect(
        Object.keys(plan.sources).filter((s) => !used.has(s)),
        id,
      ).toEqual([]);
    }
  });

  it('gives every source a title, and a URL or a local copy', () => {
    for (const [id, plan] of plans) {
      for (const [key, s] of Object.entries(plan.sources)) {
        expect(s.title.length, `${id} ${key}`).toBeGreaterThan(0);
        expect(s.url !== undefined || s.note !== undefined, `${id} ${key}`).toBe(true);
      }
    }
  });

  it('uses real dates; a revision names an existing, older plan; the lineage is as published', () => {
    for (const [id, plan] of plans) {
      expect(Number.isNaN(Date.parse(plan.date)), id).toBe(false);
      if (plan.revises) {
        const target = plans.get(plan.revises);
        expect(target, `${id} revises ${plan.revises}`).toBeDefined();
        expect(target!.date < plan.date, `${id} is newer than ${plan.revises}`).toBe(true);
      }
    }
    const revisions = Object.fromEntries(
      [...plans].filter(([, p]) => p.revises).map(([id, p]) => [id, p.revises]),
    );
    expect(revisions).toEqual({
      'e3-counterproposal': 'us-28-point',
      'us-geneva': 'us-28-point',
      'us-miami': 'us-geneva',
    });
  });

  it('labels the commentator’s guess speculative and records the contradictions the sources hold', () => {
    expect(plans.get('us-miami')!.status).toBe('speculative');
    const us28 = plans.get('us-28-point')!;
    expect(us28.clauses.security_package!.force_limits).toEqual([
      { party: 'Ukraine', troops: 600000, applies: 'always' },
    ]);
    expect(us28.clauses.security_package!.disputed!.map((d) => d.field)).toContain('force_limits.troops');
    expect(plans.get('us-geneva')!.disputed!.map((d) => d.field)).toContain('points');
    const e3 = plans.get('e3-counterproposal')!;
    expect(e3.clauses.security_package!.disputed!.map((d) => d.field)).toContain('force_limits.troops');
  });

  it('shows the E3 edit raising the army cap to 800,000 and changing NATO', () => {
    const d = diffPlans(plans.get('us-28-point')!, plans.get('e3-counterproposal')!);
    const changes = d.clauses.flatMap((c) => c.changes);
    expect(changes).toContainEqual(
      expect.objectContaining({
        path: ['security_package', 'force_limits', 'Ukraine', 'troops'],
        left: 600000,
        right: 800000,
        delta: 200000,
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        path: ['neutrality', 'nato'],
        left: 'barred-constitutionally',
        right: 'consensus-dependent',
      }),
    );
  });

  it('lists fifteen plans and diffs Minsk II against the Kremlin sensibly', async () => {
    const list = JSON.parse((await runCli(['list', '--format', 'json'])).stdout) as {
      plans: { id: string }[];
    };
    expect(list.plans.map((p) => p.id)).toEqual(ids);
    const r = await runCli(['diff', 'minsk-2', 'kremlin']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /territories\.donetsk\.status +special-status → russian-de-jure \(toward Russia\)/,
    );
  });
});

describe('typed extensions of the format', () => {
  const base = (clauses: string) => `format: 2
id: x
title: X
proposed_by: [Ukraine]
date: 2022-04-15
status: leaked
sources:
  s: { title: S, url: https://example.org }
clauses:
${clauses}`;
  const load = (clauses: string) => loadPlanText(base(clauses), 'x.yaml', { expectedId: 'x' });

  it('force_caps: competing offers keyed by proposer, compared field by field', () => {
    const mk = (troops: number) =>
      load(`  security_package:
    summary: Caps.
    sources: [s]
    force_caps:
      - { proposed_by: Russia, troops: 85000, tanks: 342 }
      - { proposed_by: Ukraine, troops: ${troops}, tanks: 800 }
`).plan!;
    const d = diffPlans(mk(250000), mk(200000)).clauses[0]!.changes;
    expect(d).toEqual([
      {
        path: ['security_package', 'force_caps', 'Ukraine', 'troops'],
        kind: 'changed',
        type: 'number',
        left: 250000,
        right: 200000,
        delta: -50000,
        trend: 'lower',
      },
    ]);
    const dup = load(`  security_package:
    summary: Caps.
    sources: [s]
    force_caps:
      - { proposed_by: Russia, troops: 1 }
      - { proposed_by: Russia, troops: 2 }
`);
    expect(dup.diagnostics.map((x) => [x.line, x.col, x.code])).toEqual([[15, 24, 'duplicate-entry']]);
  });

  it('heavy_weapons_pullback_km and pullback_within: distances per weapon class, a deadline', () => {
    const ok = load(`  ceasefire:
    summary: Pull-back.
    sources: [s]
    start: immediate
    heavy_weapons_pullback_km: { artillery: 50, mlrs: 70, heavy-mlrs: 140 }
    pullback_within: 14 days
`);
    expect(ok.plan!.clauses.ceasefire!.heavy_weapons_pullback_km).toEqual({
      artillery: 50,
      mlrs: 70,
      'heavy-mlrs': 140,
    });
    expect(ok.plan!.clauses.ceasefire!.pullback_within).toEqual({ text: '14 days', days: 14 });
    const bad = load(`  ceasefire:
    summary: Pull-back.
    sources: [s]
    start: immediate
    heavy_weapons_pullback_km: { artilery: 50 }
`);
    expect(bad.diagnostics[0]).toMatchObject({ line: 14, col: 34, code: 'unknown-key' });
    expect(bad.diagnostics[0]!.message).toContain('did you mean "artillery"?');
  });

  it('zaporizhzhia_npp_options: competing proposals for the plant, keyed by proposer', () => {
    const mk = (control: string) =>
      load(`  energy_transit:
    summary: Plant.
    sources: [s]
    zaporizhzhia_npp: unspecified
    zaporizhzhia_npp_options:
      - { proposed_by: United States, control: us-led-consortium }
      - { proposed_by: Ukraine, control: ${control}, electricity_split: 50/50 }
`).plan!;
    expect(diffPlans(mk('us-ukraine-joint'), mk('ukrainian')).clauses[0]!.changes).toEqual([
      {
        path: ['energy_transit', 'zaporizhzhia_npp_options', 'Ukraine', 'control'],
        kind: 'changed',
        type: 'enum',
        left: 'us-ukraine-joint',
        right: 'ukrainian',
      },
    ]);
  });

  it('force limits with their scope, effective_date, preconditions, extent and disputed are typed too', () => {
    const r = load(`  ceasefire:
    summary: Later.
    sources: [s]
    start: conditional
    condition: After withdrawal.
    preconditions: [ukrainian-withdrawal]
    effective_date: 2015-02-15
  security_package:
    summary: Cap.
    sources: [s]
    force_limits:
      - { party: Ukraine, troops: 800000, applies: peacetime }
    disputed:
      - { field: force_limits.troops, claim: Another account gives no cap., sources: [s] }
  recognition:
    summary: Held part.
    sources: [s]
    territories:
      donetsk: { status: russian-de-facto, extent: russian-held-part }
`);
    expect(r.diagnostics).toEqual([]);
    const bad = load(`  security_package:
    summary: Cap.
    sources: [s]
    force_limits: [{ party: Ukraine, applies: sometimes }]
`);
    expect(bad.diagnostics.map((d) => [d.line, d.col, d.code])).toEqual([[13, 47, 'enum']]);
  });
});
