/**
 * What loading one plan file gives: light types and helpers shared by the quick path
 * (load/quick.ts) and the full located pipeline (load/loadPlan.ts), so that the quick path
 * never loads the `yaml` library unless it falls back.
 */
import type { Plan } from '../schema/plan.js';
import type { Diagnostic } from './diagnostic.js';

/** What the cross-file rules need from a file, read even when the file is invalid. */
export interface PlanMeta {
  readonly id?: string;
  readonly revises?: string;
  readonly date?: string;
  /** The plans named under `reaffirms`. */
  readonly reaffirms?: readonly string[];
  readonly proposed_by?: readonly string[];
}

export interface LoadedPlan {
  /** The file as shown in diagnostics. */
  readonly file: string;
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
  readonly meta: PlanMeta;
}

/**
 * A copy of a string that does not keep its source alive. A parser's values are often slices
 * of the whole file's text; kept in a result for thousands of files, each would hold its file.
 */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** What the cross-file rules read of a raw document: id, revises, date, reaffirms, proposers. */
export function metaOf(raw: unknown): PlanMeta {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(detach) : undefined;
  const reaffirms = Array.isArray(r.reaffirms)
    ? strings(
        r.reaffirms.map((x) =>
          x !== null && typeof x === 'object' ? (x as Record<string, unknown>).plan : x,
        ),
      )
    : undefined;
  const proposedBy = strings(r.proposed_by);
  return {
    ...(typeof r.id === 'string' ? { id: detach(r.id) } : {}),
    ...(typeof r.revises === 'string' ? { revises: detach(r.revises) } : {}),
    ...(typeof r.date === 'string' ? { date: detach(r.date) } : {}),
    ...(reaffirms?.length ? { reaffirms } : {}),
    ...(proposedBy?.length ? { proposed_by: proposedBy } : {}),
  };
}

export interface LoadOptions {
  /** The id the file name implies (`plans/kyiv.yaml` → `kyiv`); omitted for stdin. */
  readonly expectedId?: string;
}
