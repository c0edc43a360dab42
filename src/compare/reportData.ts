/**
 * What the HTML report shows besides the matrix: for each cell, the sources behind its value,
 * the notes on it and the disputed claims about its field; for each clause family, what each
 * plan says of it as a whole; for each plan, its own note and disputed points. Every note and
 * claim is shown once, next to what it is about: an entry's note (a region, a force limit) and
 * a claim about a field go with the cell; the clause's note and claims about no compared field
 * go with the family; the plan's with the plan. Pure: effective plans and their comparison in,
 * plain data out.
 */
import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import type { Family } from '../schema/families.js';
import { listKeyFields, qualifiers } from '../schema/fields.js';
import { clauseSide, type SourceRef, sourceRefs } from '../schema/header.js';
import type { Plan } from '../schema/plan.js';
import { type CompareResult, familyFields } from './comparePlans.js';

export interface DisputedClaim {
  /** The field (or dotted path inside the clause or plan) the sources disagree on. */
  readonly field: string;
  readonly claim: string;
  readonly sources: readonly SourceRef[];
}

/** Where an inherited value comes from. */
export interface Origin {
  readonly plan: string;
  readonly date: string;
}

export interface CellContext {
  /** The sources behind the value: the clause's, or the earlier plan's when it is inherited. */
  readonly sources: readonly SourceRef[];
  /** Notes on the entries along the field's path (a region, a force limit, a zone, a provision). */
  readonly notes: readonly string[];
  /** Claims that contradict the value, about this field. */
  readonly disputed: readonly DisputedClaim[];
  readonly from?: Origin;
  /** An `other` provision's summary (its row shows only that the plan raises it). */
  readonly summary?: string;
}

export interface ClauseContext {
  readonly summary: string;
  readonly note?: string;
  /** Claims about no field the comparison shows (the summary, a free-text field). */
  readonly disputed: readonly DisputedClaim[];
  readonly sources: readonly SourceRef[];
  /** Set when the plan keeps the whole family from a plan it reaffirms. */
  readonly from?: Origin;
}

export interface PlanContext {
  readonly note?: string;
  readonly disputed: readonly DisputedClaim[];
}

export interface ReportData {
  readonly compare: CompareResult;
  /** Per row of `compare.rows`, per plan: what stands behind the cell; null where the plan is silent. */
  readonly cells: readonly (readonly (CellContext | null)[])[];
  /** Per entry of `compare.families`, per plan: what the plan says of the family; null where silent. */
  readonly clauses: readonly (readonly (ClauseContext | null)[])[];
  /** Per plan. */
  readonly plans: readonly PlanContext[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
type Disputed = NonNullable<Plan['disputed']>;

function claims(plan: Plan, list: Disputed | undefined): DisputedClaim[] {
  return (list ?? []).map((d) => ({ field: d.field, claim: d.claim, sources: sourceRefs(plan, d.sources) }));
}

/** A field's path without the keys of list entries: `force_limits.troops`, as `disputed` names fields. */
function fieldName(path: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    out.push(path[i]!);
    if (listKeyFields[path[i]!] !== undefined) i++;
  }
  return out.join('.');
}

/** Whether a disputed claim about `disputed` is about the compared field `field` (or a qualifier of it). */
export function claimIsAbout(disputed: string, field: string): boolean {
  if (disputed === field || field.startsWith(`${disputed}.`) || disputed.startsWith(`${field}.`)) return true;
  const split = (f: string) => {
    const at = f.lastIndexOf('.');
    return [f.slice(0, at + 1), f.slice(at + 1)] as const;
  };
  const [dHead, dLast] = split(disputed);
  const [fHead, fLast] = split(field);
  return dHead === fHead && (qualifiers[fLast] ?? []).includes(dLast);
}

/** Notes on the mappings along `path` inside a clause (not the clause's own). */
function entryNotes(clause: Obj, path: readonly string[]): string[] {
  const notes: string[] = [];
  let node: unknown = clause;
  let list = '';
  for (const seg of path) {
    if (Array.isArray(node)) {
      const key = listKeyFields[list];
      node = key === undefined ? undefined : node.find((e) => isObj(e) && String(e[key]) === seg);
    } else if (isObj(node)) {
      list = seg;
      node = node[seg];
    } else break;
    if (isObj(node) && typeof node.note === 'string') notes.push(node.note);
  }
  return notes;
}

function origin(plan: EffectivePlan, path: readonly string[]): Origin | undefined {
  const i = inheritedAt(plan, path);
  return i ? { plan: i.from, date: i.date } : undefined;
}

/** One plan's contexts for one family: its cells by field name, and the family's. */
function familyContext(
  plan: EffectivePlan,
  family: Family,
): { cells: Map<string, CellContext>; clause: ClauseContext } | undefined {
  const fields = familyFields(plan, family);
  const side = clauseSide(plan, family);
  if (!fields || !side) return undefined;
  const cells = new Map<string, CellContext>();
  if (family === 'other') {
    for (const o of plan.clauses.other ?? []) {
      const from = origin(plan, ['other', o.topic]);
      cells.set(o.topic, {
        sources: sourceRefs(plan, o.sources),
        notes: o.note ? [o.note] : [],
        disputed: claims(plan, o.disputed),
        summary: o.summary,
        ...(from ? { from } : {}),
      });
    }
    const from = side.inherited ? { plan: side.inherited.from, date: side.inherited.date } : undefined;
    return {
      cells,
      clause: { summary: side.summary, disputed: [], sources: side.sources, ...(from ? { from } : {}) },
    };
  }
  const clause = plan.clauses[family] as Obj & { note?: string; sources: string[]; disputed?: Disputed };
  const disputed = claims(plan, clause.disputed);
  const names = fields.map((f) => fieldName(f.path));
  for (const [n, f] of fields.entries()) {
    const inherited = inheritedAt(plan, [family, ...f.path]);
    cells.set(f.field, {
      sources: inherited ? sourceRefs(plan, inherited.sources) : side.sources,
      notes: entryNotes(clause, f.path),
      disputed: disputed.filter((d) => claimIsAbout(d.field, names[n]!)),
      ...(inherited ? { from: { plan: inherited.from, date: inherited.date } } : {}),
    });
  }
  return {
    cells,
    clause: {
      summary: side.summary,
      ...(clause.note ? { note: clause.note } : {}),
      disputed: disputed.filter((d) => !names.some((name) => claimIsAbout(d.field, name))),
      sources: side.sources,
      ...(side.inherited ? { from: { plan: side.inherited.from, date: side.inherited.date } } : {}),
    },
  };
}

/** The report's data: `compare` must be `comparePlans(plans)` (any options), in the same plan order. */
export function reportData(plans: readonly EffectivePlan[], compare: CompareResult): ReportData {
  const byFamily = new Map(
    compare.families.map((f) => [f.family, plans.map((plan) => familyContext(plan, f.family))]),
  );
  return {
    compare,
    cells: compare.rows.map((row) =>
      plans.map((_, i) =>
        row.cells[i] === null ? null : (byFamily.get(row.family)?.[i]?.cells.get(row.field) ?? null),
      ),
    ),
    clauses: compare.families.map((f) => byFamily.get(f.family)!.map((c) => c?.clause ?? null)),
    plans: plans.map((plan) => ({
      ...(plan.note ? { note: plan.note } : {}),
      disputed: claims(plan, plan.disputed),
    })),
  };
}
