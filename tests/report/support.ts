/** What the report's tests share: a hostile plan, the bundled plans read as the CLI reads them. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EffectivePlan, effectivePlan } from '../../src/diff/inherit.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';
import { bundledPlans, fixture, repoRoot } from '../helpers.js';

/** Strings that would run script or break the page if any reached it unescaped. */
export const hostile = {
  title: '<script>window.__pwned=1</script></style></script><!-- x',
  note: '</style><style>body{display:none}</style><img src=x onerror="window.__pwned=1">',
  claim: '"><script>window.__pwned=1</script>',
  sourceTitle: '</script><script>window.__pwned=1</script>',
  publisher: '<b onmouseover="window.__pwned=1">pub</b>',
  summary: '<script>window.__pwned=1</script>',
  clauseNote: '</script><script>window.__pwned=1</script>',
  regionNote: '<svg onload="window.__pwned=1">',
  /** Valid for the schema (an http(s) URL without spaces), hostile for an attribute. */
  url: 'https://example.org/a?b=1&c="2"><script>window.__pwned=1</script>',
  /** Not valid for the schema: only a caller that skips validation can pass it. */
  scriptUrl: 'javascript:window.__pwned=1',
} as const;

const q = (s: string) => JSON.stringify(s);

/** A plan the schema accepts, with markup in every free-text field it has. */
export const evilYaml = `format: 2
id: evil
title: ${q(hostile.title)}
proposed_by: ["Evil & Co's"]
date: 2025-12-02
status: reported
note: ${q(hostile.note)}
disputed:
  - field: title
    claim: ${q(hostile.claim)}
    sources: [bad]
sources:
  bad:
    title: ${q(hostile.sourceTitle)}
    publisher: ${q(hostile.publisher)}
    published: 2025-12-01
    url: ${q(hostile.url)}
  fine:
    title: A fine source
    url: https://example.org/fine
clauses:
  ceasefire:
    summary: ${q(hostile.summary)}
    note: ${q(hostile.clauseNote)}
    sources: [bad, fine]
    start: within
    within: 30 days
  recognition:
    summary: "</style>"
    sources: [bad]
    territories:
      crimea:
        status: russian-de-facto
        note: ${q(hostile.regionNote)}
`;

/** The minimal valid plan of the hostile-input tests, as `plain`. */
export const plainYaml = readFileSync(fixture('hostile/valid.yaml'), 'utf8').replace(
  'id: valid',
  'id: plain',
);

export function loadYaml(text: string, id: string): Plan {
  const loaded = loadPlanText(text, `${id}.yaml`, { expectedId: id });
  if (!loaded.plan) throw new Error(`${id}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.plan;
}

/** A plans directory holding the hostile plan and a plain one. */
export function hostileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-report-hostile-'));
  const plans = join(dir, 'plans');
  mkdirSync(plans);
  writeFileSync(join(plans, 'evil.yaml'), evilYaml);
  writeFileSync(join(plans, 'plain.yaml'), plainYaml);
  return dir;
}

/** The hostile plan as a library caller might pass it: validated, then given a script URL. */
export function evilWithScriptUrl(): Plan {
  const evil = loadYaml(evilYaml, 'evil');
  return { ...evil, sources: { ...evil.sources, bad: { ...evil.sources.bad!, url: hostile.scriptUrl } } };
}

const bundled = bundledPlans();

/** Bundled plans by id, read with what they reaffirm (as the CLI does without --own). */
export function bundledEffective(ids: readonly string[]): EffectivePlan[] {
  const byId = new Map(bundled.map((p) => [p.id, p]));
  return ids.map((id) => effectivePlan(byId.get(id)!, (x) => byId.get(x)));
}

/** Every bundled plan's id. */
export const bundledIds = bundled.map((p) => p.id);

/** Where browser tests keep their screenshots (gitignored). */
export const artifactsDir = join(repoRoot, 'test-artifacts', 'report');
