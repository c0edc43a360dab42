/**
 * The bundled corpus: invariants over every plan (valid under --strict, sourced, dated, linked
 * in order), the lineage and reaffirmations as published, the fact-check's corrections, and
 * the typed extensions of the format that the corpus needs (each with its own check).
 */
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/diffPlans.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';
import { bundledFiles, plansDir, runCli } from '../helpers.js';

const files = bundledFiles();
const plans = new Map<string, Plan>(
  files.map((f) => {
    const id = f.name.replace(/\.yaml$/, '');
    return [id, loadPlanText(f.text, f.name, { expectedId: id }).plan!];
  }),
);
const plan = (id: string) => plans.get(id)!;

/** Every clause of a plan with its cited sources (typed families and `other` provisions). */
function clauses(p: Plan): { where: string; sources: readonly string[] }[] {
  const out: { where: string; sources: readonly string[] }[] = [];
  for (const [family, clause] of Object.entries(p.clauses)) {
    if (Array.isArray(clause))
      for (const o of clause) out.push({ where: `other.${o.topic}`, sources: o.sources });
    else if (clause) out.push({ where: family, sources: (clause as { sources: string[] }).sources });
  }
  return out;
}

/** Flags that make a source weak: a plan resting only on such sources cannot be official. */
const weak = new Set(['state-media', 'aggregator', 'republisher']);
const sameParty = (a: Plan, b: Plan) => a.proposed_by.some((x) => b.proposed_by.includes(x));

describe('the bundled corpus', () => {
  it('holds at least 26 plans, each valid under --strict, format 2, its id its file name, with the modeline', async () => {
    expect(plans.size).toBeGreaterThanOrEqual(26);
    for (const f of files) {
      const id = f.name.replace(/\.yaml$/, '');
      expect(plan(id), id).toBeDefined();
      expect(plan(id).id).toBe(id);
      expect(plan(id).format).toBe(2);
      expect(f.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    }
    const strict = await runCli(['validate', plansDir, '--strict']);
    expect(strict.stdout).toBe(`${files.length} files checked, 0 invalid, 0 errors\n`);
    expect(strict.code).toBe(0);
  });

  it('cites a declared source in every clause and uses every declared source', () => {
    for (const [id, p] of plans) {
      const used = new Set<string>();
      for (const c of clauses(p)) {
        expect(c.sources.length, `${id} ${c.where}`).toBeGreaterThan(0);
        for (const s of c.sources) {
          expect(Object.keys(p.sources), `${id} ${c.where} cites ${s}`).toContain(s);
          used.add(s);
        }
      }
      for (const r of p.reaffirms ?? []) for (const s of r.sources) used.add(s);
      for (const d of p.disputed ?? []) for (const s of d.sources) used.add(s);
      for (const c of Object.values(p.clauses)) {
        const list = Array.isArray(c) ? c : c ? [c] : [];
        for (const x of list)
          for (const d of (x as { disputed?: { sources: string[] }[] }).disputed ?? [])
            for (const s of d.sources) used.add(s);
      }
      expect(
        Object.keys(p.sources).filter((s) => !used.has(s)),
        id,
      ).toEqual([]);
    }
  });

  it('gives every source a title, and a URL or a note saying where it is', () => {
    for (const [id, p] of plans) {
      for (const [key, s] of Object.entries(p.sources)) {
        expect(s.title.length, `${id} ${key}`).toBeGreaterThan(0);
        expect(s.url !== undefined || s.note !== undefined, `${id} ${key}`).toBe(true);
      }
    }
  });

  it('uses real dates; every revises names an older plan, every reaffirms an older plan of the same party', () => {
    for (const [id, p] of plans) {
      expect(Number.isNaN(Date.parse(p.date)), id).toBe(false);
      if (p.revises) {
        const target = plans.get(p.revises);
        expect(target, `${id} revises ${p.revises}`).toBeDefined();
        expect(target!.date < p.date, `${id} is newer than ${p.revises}`).toBe(true);
      }
      for (const r of p.reaffirms ?? []) {
        const target = plans.get(r.plan);
        expect(target, `${id} reaffirms ${r.plan}`).toBeDefined();
        expect(target!.date < p.date, `${id} is newer than ${r.plan}`).toBe(true);
        expect(sameParty(p, target!), `${id} and ${r.plan} share a proposer`).toBe(true);
      }
    }
  });

  it('labels no plan that rests only on weak sources official', () => {
    for (const [id, p] of plans) {
      const all = Object.values(p.sources);
      const onlyWeak = all.every((s) => s.flags?.some((f) => weak.has(f)));
      if (onlyWeak) expect(p.status, id).not.toBe('official');
    }
  });

  it('has no two plans of the same party, date and title', () => {
    const seen = new Set<string>();
    for (const p of plans.values()) {
      const key = `${[...p.proposed_by].sort().join('+')}|${p.date}|${p.title}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('links the drafts as published: the US chain to Mar-a-Lago, the E3 and Russian branches, the Kremlin keeping June 2024', async () => {
    const history = JSON.parse((await runCli(['history', 'mar-a-lago-2025', '--format', 'json'])).stdout);
    expect(history.chain).toEqual([
      'us-28-point',
      'us-geneva',
      'us-miami',
      'ukraine-e3-20-point-december-2025',
      'kyiv',
      'mar-a-lago-2025',
    ]);
    expect(history.branches).toEqual(
      expect.arrayContaining([
        { id: 'e3-counterproposal', revises: 'us-28-point' },
        { id: 'us-four-documents-2025', revises: 'us-geneva' },
      ]),
    );
    expect(plan('russia-anchorage-2025').revises).toBe('putin-june-2024');
    expect(plan('kremlin').reaffirms?.map((r) => r.plan)).toContain('putin-june-2024');
  });

  it('labels the commentator’s guess speculative and records the contradictions the sources hold', () => {
    expect(plan('us-miami').status).toBe('speculative');
    expect(plan('ukraine-four-regions-2026').status).toBe('speculative');
    const us28 = plan('us-28-point');
    expect(us28.clauses.security_package!.force_limits).toEqual([
      { party: 'Ukraine', troops: 600000, applies: 'always' },
    ]);
    expect(us28.clauses.security_package!.disputed!.map((d) => d.field)).toContain('force_limits.troops');
    expect(plan('us-geneva').disputed!.map((d) => d.field)).toContain('points');
  });
});

describe('the fact-check of December 2026, applied', () => {
  const territory = (id: string, region: string) =>
    plan(id).clauses.recognition?.territories?.[region as 'crimea'];

  it('putin-june-2024 demands the four regions whole and de jure', () => {
    for (const region of ['crimea', 'sevastopol', 'donetsk', 'luhansk', 'zaporizhzhia', 'kherson'])
      expect(territory('putin-june-2024', region), region).toMatchObject({
        status: 'russian-de-jure',
        extent: 'whole',
      });
    expect(plan('putin-june-2024').clauses.recognition!.basis).toBe('recognition-of-annexation');
  });

  it('europe-ukraine-april-2025 keeps EU accession open and names guarantors beyond the US', () => {
    const p = plan('europe-ukraine-april-2025');
    expect(p.clauses.neutrality!.eu).toBe('open');
    expect(p.clauses.security_package!.guarantors!.some((g) => g !== 'United States')).toBe(true);
  });

  it('russia-memorandum-2025 lifts sanctions between Russia and Ukraine only', () => {
    expect(plan('russia-memorandum-2025').clauses.sanctions!.lifted_by).toEqual(['bilateral']);
    expect(plan('russia-memorandum-2025').clauses.sanctions!.relief).not.toBe('full');
  });

  it('kyiv is a US–Ukrainian draft revising the Ukrainian–E3 text (the US drafts disputed), with the Peace Council, and no NATO value of its own', () => {
    const k = plan('kyiv');
    expect(k.proposed_by).toEqual(['United States', 'Ukraine']);
    expect(k.revises).toBe('ukraine-e3-20-point-december-2025');
    expect(k.disputed!.find((d) => d.field === 'revises')?.claim).toContain('us-miami');
    expect(k.clauses.implementation!.oversight).toContain('peace-council');
    expect(k.clauses.neutrality!.nato).toBeUndefined();
  });

  it('us-28-point has the Donetsk buffer as a zone recognised as Russian, and leaves the other territories open', () => {
    const donetsk = territory('us-28-point', 'donetsk')!;
    expect(donetsk.zones).toContainEqual(
      expect.objectContaining({
        kind: 'demilitarized',
        part: 'ukrainian-held-part',
        recognized_as: 'russian',
      }),
    );
    for (const region of ['kharkiv', 'sumy', 'dnipropetrovsk'])
      expect(territory('us-28-point', region)!.status, region).toBe('unspecified');
    expect(plan('us-28-point').clauses.security_package!.guarantee_term).toEqual({
      text: '10 years',
      days: 3650,
    });
  });

  it('us-miami follows its seed on Zaporizhzhia and Kherson, the rumour disputed', () => {
    for (const region of ['zaporizhzhia', 'kherson']) {
      expect(territory('us-miami', region), region).toMatchObject({
        status: 'russian-de-facto',
        extent: 'russian-held-part',
      });
    }
    expect(plan('us-miami').clauses.recognition!.disputed!.length).toBeGreaterThan(0);
  });

  it('istanbul-2022 records both guarantor lists', () => {
    const sp = plan('istanbul-2022').clauses.security_package!;
    expect(sp.guarantors).toEqual(expect.arrayContaining(['United States', 'Russia', 'China']));
    expect(sp.disputed!.map((d) => d.field)).toContain('guarantors');
  });

  it('kremlin keeps the June 2024 terms and records the contradiction', async () => {
    expect(plan('kremlin').disputed!.length).toBeGreaterThan(0);
    const d = JSON.parse((await runCli(['diff', 'us-miami', 'kremlin', '--format', 'json'])).stdout);
    const crimea = d.clauses
      .flatMap((c: { changes: unknown[] }) => c.changes)
      .find((c: { path: string[] }) => c.path.join('.') === 'recognition.territories.crimea.status');
    expect(crimea).toMatchObject({ kind: 'changed', left: 'russian-de-facto', right: 'russian-de-jure' });
    expect(crimea.inherited.right.from).toBe('putin-june-2024');
  });

  it('shows the E3 edit raising the army cap to 800,000 and changing NATO', () => {
    const d = diffPlans(plan('us-28-point'), plan('e3-counterproposal'));
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
