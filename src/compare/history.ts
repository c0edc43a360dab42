/**
 * The lineage of a plan: follow `revises` back to the first draft, and for each step say
 * which clause families changed, were added, dropped or only reworded. Pure; linear in the
 * length of the chain.
 */
import { diffPlans } from '../diff/diffPlans.js';
import { type PlanHeader, planHeader } from '../schema/header.js';
import type { Family, Plan } from '../schema/plan.js';
import { byCodeUnits } from '../util/byCodeUnits.js';

export const historyVersion = 1 as const;

export interface HistoryStep {
  readonly plan: PlanHeader;
  /** Relative to the previous step; empty for the first draft. */
  readonly changed: readonly Family[];
  readonly added: readonly Family[];
  readonly dropped: readonly Family[];
  readonly reworded: readonly Family[];
  /** Number of typed changes across the changed families. */
  readonly typedChanges: number;
}

export interface HistoryResult {
  readonly version: typeof historyVersion;
  /** Ids from the first draft to the plan asked about. */
  readonly chain: readonly string[];
  readonly steps: readonly HistoryStep[];
  /** Other plans that revise a plan of the chain (branches off it). */
  readonly branches: readonly { readonly id: string; readonly revises: string }[];
  /** A `revises` target that is not among the plans, where the chain stops. */
  readonly missing?: string;
}

export function planHistory(target: Plan, catalog: ReadonlyMap<string, Plan>): HistoryResult {
  const chain: Plan[] = [target];
  let missing: string | undefined;
  const seen = new Set([target.id]);
  for (let cur = target; cur.revises; ) {
    const prev = catalog.get(cur.revises);
    if (!prev) {
      missing = cur.revises;
      break;
    }
    if (seen.has(prev.id)) break; // a cycle; validate reports it
    seen.add(prev.id);
    chain.unshift(prev);
    cur = prev;
  }
  const steps = chain.map((plan, i): HistoryStep => {
    if (i === 0)
      return { plan: planHeader(plan), changed: [], added: [], dropped: [], reworded: [], typedChanges: 0 };
    const d = diffPlans(chain[i - 1]!, plan);
    const pick = (s: string) => d.clauses.filter((c) => c.status === s).map((c) => c.clause);
    return {
      plan: planHeader(plan),
      changed: pick('changed'),
      added: pick('only-right'),
      dropped: pick('only-left'),
      reworded: pick('reworded'),
      typedChanges: d.clauses.reduce((n, c) => n + c.changes.filter((ch) => ch.type !== 'text').length, 0),
    };
  });
  const ids = new Set(chain.map((p) => p.id));
  const branches = [...catalog.values()]
    .filter((p) => p.revises && ids.has(p.revises) && !ids.has(p.id))
    .map((p) => ({ id: p.id, revises: p.revises! }))
    .sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    version: historyVersion,
    chain: chain.map((p) => p.id),
    steps,
    branches,
    ...(missing ? { missing } : {}),
  };
}
