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

import { isDuration, isQuantity } from '../schema/duration.js';
import { type Family, families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields, orderedLists, textFields } from '../schema/fields.js';
import { type PlanHeader, planHeader, type SourceRef, sourceRefs } from '../schema/header.js';
import { keysAt, shapeAt } from '../schema/introspect.js';
import { isMoney } from '../schema/money.js';
import type { Plan } from '../schema/plan.js';
import { type RegionKey, regionKeys } from '../schema/regions.js';
import type { ShapeNode } from '../schema/shape.js';
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

/** Declared keys of an object shape, in order. */
const keysOf = (node: ShapeNode | undefined): readonly string[] =>
  node?.kind === 'object' ? Object.keys(node.keys) : [];

const child = (node: ShapeNode | undefined, key: string): ShapeNode | undefined =>
  node?.kind === 'object' ? node.keys[key] : undefined;

/** A value as a cell: its display text and the normalised key it is compared by. */
function cellOf(v: unknown, ordered = false): Cell {
  if (typeof v === 'number') return { text: formatNumber(v), key: `n:${v}` };
  if (typeof v === 'boolean') return { text: v ? 'yes' : 'no', key: `b:${v}` };
  if (isDuration(v)) return { text: v.text, key: `d:${v.days}` };
  if (isMoney(v)) return { text: v.text, key: `m:${v.bn}:${v.currency}` };
  if (Array.isArray(v) && ordered) {
    const items = v.map((x) => cellOf(x));
    return { text: items.map((c) => c.text).join(' → '), key: `o:${items.map((c) => c.key).join('|')}` };
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => cellOf(x));
    return {
      text: items.map((c) => c.text).join(', '),
      key: `l:${items
        .map((c) => c.key)
        .sort()
        .join('|')}`,
    };
  }
  const text = String(v);
  return { text, key: `s:${text}` };
}

/** A compared field of one plan: its name within the family, and its cell. */
interface FieldCell {
  readonly field: string;
  readonly cell: Cell;
}

/**
 * The compared fields of one clause, in schema order. A value's field is `parent.key` below a
 * mapping, `field[who].key` below a keyed list entry (`force_caps[Russia].troops`); territory
 * is one row per region (status, with the extent unless whole), in the regions' order.
 */
function clauseFields(family: Exclude<Family, 'other'>, clause: Record<string, unknown>): FieldCell[] {
  const out: FieldCell[] = [];
  const walk = (node: ShapeNode | undefined, name: string, value: unknown, field: string): void => {
    if (value === undefined) return;
    const key = listKeyFields[name];
    if (key && Array.isArray(value)) {
      const element = node?.kind === 'array' ? node.element : undefined;
      for (const entry of value as Record<string, unknown>[]) {
        const at = `${field}[${String(entry[key])}]`;
        for (const k of keysOf(element)) {
          if (k !== key && k !== 'note' && k in entry) walk(child(element, k), k, entry[k], `${at}.${k}`);
        }
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isQuantity(value)) {
      const obj = value as Record<string, unknown>;
      for (const k of keysOf(node)) {
        if (!notCompared.has(k) && k in obj) walk(child(node, k), k, obj[k], field ? `${field}.${k}` : k);
      }
    } else out.push({ field, cell: cellOf(value, orderedLists.has(name)) });
  };
  const node = shapeAt(['clauses', family]);
  for (const k of keysOf(node)) {
    if (notCompared.has(k) || !(k in clause)) continue;
    if (family === 'recognition' && k === 'territories') {
      const territories = clause.territories as Record<
        string,
        { status: string; extent?: string } | undefined
      >;
      for (const region of regionKeys) {
        const t = territories[region];
        if (!t) continue;
        const text = t.extent && t.extent !== 'whole' ? `${t.status} (${t.extent})` : t.status;
        out.push({ field: `territories.${region}`, cell: { text, key: `t:${t.status}:${t.extent ?? ''}` } });
      }
    } else walk(child(node, k), k, clause[k], k);
  }
  return out;
}

/** Every compared field of one family in one plan; undefined when the plan is silent on it. */
function familyFields(plan: Plan, family: Family): FieldCell[] | undefined {
  if (family === 'other') {
    return plan.clauses.other?.map((o) => ({ field: o.topic, cell: { text: '✓', key: 'present' } }));
  }
  const clause = plan.clauses[family] as Record<string, unknown> | undefined;
  return clause ? clauseFields(family, clause) : undefined;
}

/** The source keys a plan cites for a family, if it addresses it. */
function familySources(plan: Plan, family: Family): readonly string[] | undefined {
  if (family === 'other') return plan.clauses.other?.flatMap((o) => o.sources);
  return plan.clauses[family]?.sources;
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
    const columns = plans.map((plan) => familyFields(plan, family));
    const addressedBy = plans.filter((_, i) => columns[i] !== undefined).map((p) => p.id);
    if (addressedBy.length === 0) continue;
    if (addressedBy.length < plans.length) {
      silent.push({ family, plans: plans.filter((_, i) => columns[i] === undefined).map((p) => p.id) });
    }
    // One row per field any plan states: in schema order (territory in region order), then in
    // the order the plans first state them.
    const seen = new Map<string, number>();
    for (const column of columns)
      for (const { field } of column ?? []) if (!seen.has(field)) seen.set(field, seen.size);
    const declared = family === 'other' ? [] : keysAt(['clauses', family]);
    const rank = (f: string): [number, number, number] => [
      declared.indexOf(f.split(/[.[]/)[0]!),
      f.startsWith('territories.') ? regionKeys.indexOf(f.slice(12) as RegionKey) : -1,
      seen.get(f)!,
    ];
    const fields = [...seen.keys()]
      .map((f) => ({ f, r: rank(f) }))
      .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2])
      .map(({ f }) => f);
    const byField = columns.map((column) => new Map(column?.map((fc) => [fc.field, fc.cell])));
    const familyRows = fields.map((field): CompareRow => {
      const cells = byField.map((m) => m.get(field) ?? null);
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
    for (const r of familyRows) if (!options.differencesOnly || r.verdict !== 'agree') rows.push(r);
  }

  const share = (s: FamilySummary) => (s.rows === 0 ? 0 : s.differ / s.rows);
  const contested = summaries
    .filter((s) => s.differ > 0)
    .sort(
      (a, b) =>
        share(b) - share(a) || b.differ - a.differ || families.indexOf(a.family) - families.indexOf(b.family),
    )
    .map((s) => s.family);

  const sources: Record<string, readonly SourceRef[]> = {};
  for (const plan of plans) {
    sources[plan.id] = sourceRefs(
      plan,
      families.filter((f) => wanted.includes(f)).flatMap((f) => familySources(plan, f) ?? []),
    );
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
