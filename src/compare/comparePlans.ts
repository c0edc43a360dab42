/**
 * The comparison matrix of several plans: one row per compared field (grouped by clause
 * family, territory region by region), one cell per plan, and a verdict per row. Pure.
 *
 * - Typed fields only: free text (summaries, notes, conditions) cannot agree or differ in a
 *   meaningful way and is left to `plans show` / `plans diff`.
 * - Values are compared after normalisation: durations in days, lists as sets.
 * - `other` provisions are compared by presence: a row per topic, a cell per plan that raises it.
 * - Cost: O(plans × fields) to collect, O(rows × plans) to judge.
 */

import { clauseSide, planHeader } from '../diff/diffPlans.js';
import type { PlanHeader, SourceRef } from '../diff/types.js';
import { isDuration } from '../schema/duration.js';
import { type Family, families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields, textFields } from '../schema/fields.js';
import { keysAt } from '../schema/introspect.js';
import type { Plan } from '../schema/plan.js';
import { regionKeys } from '../schema/regions.js';
import { formatNumber } from '../util/formatNumber.js';

export const compareVersion = 1 as const;

export type Verdict = 'agree' | 'differ' | 'single';

export interface Cell {
  /** Short form for display: `russian-de-facto (russian-held-part)`, `600,000`, `30 days`. */
  readonly text: string;
  /** What is compared: the normalised value. */
  readonly key: string;
}

export interface CompareRow {
  readonly family: Family;
  /** The field within the family: `army_cap`, `territories.donetsk`, `force_caps[Russia].troops`. */
  readonly field: string;
  /** One cell per plan, in plan order; `null` where the plan is silent. */
  readonly cells: readonly (Cell | null)[];
  readonly verdict: Verdict;
}

export interface FamilySummary {
  readonly family: Family;
  /** Plans that address the family. */
  readonly addressedBy: readonly string[];
  readonly rows: number;
  readonly agree: number;
  readonly differ: number;
  readonly single: number;
}

export interface CompareResult {
  readonly version: typeof compareVersion;
  readonly plans: readonly PlanHeader[];
  readonly rows: readonly CompareRow[];
  readonly families: readonly FamilySummary[];
  readonly summary: {
    /** Families where at least one field is stated alike by two or more plans. */
    readonly commonGround: readonly Family[];
    /** Families ordered by their share of differing rows, most contested first. */
    readonly contested: readonly Family[];
    /** Families that some compared plan is silent on. */
    readonly silent: readonly { family: Family; plans: readonly string[] }[];
  };
  /** Sources behind each plan's compared clauses, by plan id. */
  readonly sources: Readonly<Record<string, readonly SourceRef[]>>;
}

export interface CompareOptions {
  readonly clauses?: readonly Family[];
  /** Drop rows where all addressing plans agree (`--differences`). */
  readonly differencesOnly?: boolean;
}

/** Not compared: a clause's own apparatus and its free text. */
const notCompared = new Set([...clauseBaseFields, ...textFields]);

function cellOf(v: unknown): Cell {
  if (isDuration(v)) return { text: v.text, key: `d:${v.days}` };
  if (typeof v === 'number') return { text: formatNumber(v), key: `n:${v}` };
  if (typeof v === 'boolean') return { text: v ? 'yes' : 'no', key: `b:${v}` };
  if (Array.isArray(v)) {
    const items = v.map((x) => cellOf(x));
    return {
      text: items.map((i) => i.text).join(', '),
      key: `l:${items
        .map((i) => i.key)
        .sort()
        .join('|')}`,
    };
  }
  return { text: String(v), key: `s:${String(v)}` };
}

/** Collect `field → cell` for one clause, in schema order. */
function collect(
  value: unknown,
  field: string,
  schemaPath: (string | number)[],
  out: Map<string, Cell>,
): void {
  if (value === undefined) return;
  const name = String(schemaPath[schemaPath.length - 1]);
  const key = listKeyFields[name];
  if (Array.isArray(value) && key) {
    for (const entry of value as Record<string, unknown>[]) {
      const { [key]: who, note: _note, ...rest } = entry;
      for (const k of keysAt([...schemaPath, 0]).filter((k) => k in rest)) {
        collect(rest[k], `${field}[${String(who)}].${k}`, [...schemaPath, 0, k], out);
      }
    }
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isDuration(value)) {
    const obj = value as Record<string, unknown>;
    for (const k of keysAt(schemaPath).filter((k) => k in obj && !notCompared.has(k))) {
      collect(obj[k], field ? `${field}.${k}` : k, [...schemaPath, k], out);
    }
    return;
  }
  out.set(field, cellOf(value));
}

function territoryCell(t: { status: string; extent?: string | undefined }): Cell {
  const text = t.extent && t.extent !== 'whole' ? `${t.status} (${t.extent})` : t.status;
  return { text, key: `t:${t.status}:${t.extent ?? ''}` };
}

/** Every compared field of one family in one plan. */
function fieldsOf(plan: Plan, family: Family): Map<string, Cell> {
  const out = new Map<string, Cell>();
  if (family === 'other') {
    for (const o of plan.clauses.other ?? []) out.set(o.topic, { text: '✓', key: 'present' });
    return out;
  }
  const clause = plan.clauses[family] as Record<string, unknown> | undefined;
  if (!clause) return out;
  for (const k of keysAt(['clauses', family]).filter((k) => k in clause && !notCompared.has(k))) {
    if (family === 'recognition' && k === 'territories') {
      const territories = clause.territories as Record<string, { status: string; extent?: string }>;
      for (const region of regionKeys) {
        const t = territories[region];
        if (t) out.set(`territories.${region}`, territoryCell(t));
      }
      continue;
    }
    collect(clause[k], k, ['clauses', family, k], out);
  }
  return out;
}

function verdictOf(cells: readonly (Cell | null)[]): Verdict {
  const stated = cells.filter((c): c is Cell => c !== null);
  if (stated.length <= 1) return 'single';
  return stated.every((c) => c.key === stated[0]!.key) ? 'agree' : 'differ';
}

export function comparePlans(plans: readonly Plan[], options: CompareOptions = {}): CompareResult {
  const wanted = options.clauses ?? families;
  const rows: CompareRow[] = [];
  const summaries: FamilySummary[] = [];
  const silent: { family: Family; plans: string[] }[] = [];

  for (const family of families) {
    if (!wanted.includes(family)) continue;
    const perPlan = plans.map((p) => fieldsOf(p, family));
    const addressedBy = plans.filter((p) => p.clauses[family] !== undefined).map((p) => p.id);
    if (addressedBy.length === 0) continue;
    if (addressedBy.length < plans.length) {
      silent.push({ family, plans: plans.filter((p) => p.clauses[family] === undefined).map((p) => p.id) });
    }
    // Fields in schema order (territory in region order), whichever plan states them first.
    const seen: string[] = [];
    for (const m of perPlan) for (const f of m.keys()) if (!seen.includes(f)) seen.push(f);
    const declared = family === 'other' ? [] : keysAt(['clauses', family]);
    const rank = (f: string): [number, number, number] => {
      const top = f.split(/[.[]/)[0]!;
      const region = f.startsWith('territories.')
        ? regionKeys.indexOf(f.slice(12) as (typeof regionKeys)[number])
        : -1;
      return [declared.indexOf(top), region, seen.indexOf(f)];
    };
    const fields = [...seen].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
    });
    const familyRows = fields.map((field): CompareRow => {
      const cells = perPlan.map((m) => m.get(field) ?? null);
      return { family, field, cells, verdict: verdictOf(cells) };
    });
    const count = (v: Verdict) => familyRows.filter((r) => r.verdict === v).length;
    summaries.push({
      family,
      addressedBy,
      rows: familyRows.length,
      agree: count('agree'),
      differ: count('differ'),
      single: count('single'),
    });
    rows.push(...(options.differencesOnly ? familyRows.filter((r) => r.verdict !== 'agree') : familyRows));
  }

  const share = (s: FamilySummary) => (s.rows === 0 ? 0 : s.differ / s.rows);
  const contested = summaries
    .filter((s) => s.differ > 0)
    .sort(
      (a, b) =>
        share(b) - share(a) || b.differ - a.differ || families.indexOf(a.family) - families.indexOf(b.family),
    )
    .map((s) => s.family);

  const sources: Record<string, SourceRef[]> = {};
  for (const p of plans) {
    const refs = new Map<string, SourceRef>();
    for (const family of families) {
      if (!wanted.includes(family)) continue;
      for (const s of clauseSide(p, family)?.sources ?? []) refs.set(s.key, s);
    }
    sources[p.id] = [...refs.values()];
  }

  return {
    version: compareVersion,
    plans: plans.map(planHeader),
    rows,
    families: summaries,
    summary: {
      commonGround: summaries.filter((s) => s.agree > 0).map((s) => s.family),
      contested,
      silent,
    },
    sources,
  };
}
