/**
 * The comparison matrix of several plans: one row per compared field (grouped by clause
 * family, territory region by region), one cell per plan, a verdict per row, and a summary
 * whose every word has one definition (`verdictWords`, shown in the legends). Pure.
 *
 * - Typed fields only: free text (summaries, notes, conditions) cannot agree or differ in a
 *   meaningful way and is left to `plans show` / `plans diff`.
 * - Values are compared after normalisation: durations in days, money in billions, lists as
 *   sets (the order of steps as a sequence).
 * - Fields that qualify each other are one cell (fields.ts `qualifiers`): a ceasefire's start
 *   with its delay and preconditions, a troop limit with when it applies; a region's status
 *   with its extent. Two plans agree only if they say the same thing.
 * - Plans are read with what they reaffirm (diff/inherit.ts): an inherited value is compared
 *   like the plan's own, and its cell names where it comes from.
 * - `other` provisions are compared by presence: a row per topic, a cell per plan that raises it.
 * - Cost: O(plans × fields) to collect, O(rows × plans) to judge.
 */

import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import { isDuration, isQuantity } from '../schema/duration.js';
import { type Family, families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields, orderedLists, qualifiers, textFields } from '../schema/fields.js';
import { type PlanHeader, planHeader, type SourceRef, sourceRefs } from '../schema/header.js';
import { keysAt, shapeAt } from '../schema/introspect.js';
import { isMoney } from '../schema/money.js';
import { type RegionKey, regionKeys } from '../schema/regions.js';
import type { ShapeNode } from '../schema/shape.js';
import { formatNumber } from '../util/formatNumber.js';

export const compareVersion = 2 as const;

export type Verdict = 'agree' | 'differ' | 'single';

export { verdictWords } from './words.js';

export interface Cell {
  /** Short form for display: `russian-de-facto (russian-held-part)`, `600,000 (peacetime)`, `30 days`. */
  readonly text: string;
  /** What is compared: the normalised value, with its qualifiers. */
  readonly key: string;
  /** The plan the value is inherited from, when the plan keeps it from an earlier one. */
  readonly from?: string;
}

export interface CompareRow {
  readonly family: Family;
  /** The field within the family: `start`, `territories.donetsk`, `force_limits[Russia].troops`. */
  readonly field: string;
  /** One cell per plan, in plan order; `null` where the plan is silent. */
  readonly cells: readonly (Cell | null)[];
  readonly verdict: Verdict;
}

export interface FamilySummary {
  readonly family: Family;
  /** Plans that state the family (themselves or by reaffirming an earlier plan). */
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
    /** Families with common ground (`verdictWords['common ground']`). */
    readonly commonGround: readonly Family[];
    /** Families with a differing field, most differing fields first (`verdictWords.contested`). */
    readonly contested: readonly Family[];
    /** Families that some compared plan is silent on. */
    readonly silent: readonly { family: Family; plans: readonly string[] }[];
  };
  /** Sources behind each plan's compared clauses (inherited ones included), by plan id. */
  readonly sources: Readonly<Record<string, readonly SourceRef[]>>;
}

export interface CompareOptions {
  readonly clauses?: readonly Family[];
  /** Drop rows where all addressing plans agree (`--differences`). */
  readonly differencesOnly?: boolean;
}

/** Not compared: a clause's own apparatus and its free text. */
const notCompared = new Set([...clauseBaseFields, ...textFields]);

/** Fields read as part of another's cell (see `qualifiers`). */
const qualifying = new Set(Object.values(qualifiers).flat());

/** Declared keys of an object shape, in order. */
const keysOf = (node: ShapeNode | undefined): readonly string[] =>
  node?.kind === 'object' ? Object.keys(node.keys) : [];

const child = (node: ShapeNode | undefined, key: string): ShapeNode | undefined =>
  node?.kind === 'object' ? node.keys[key] : undefined;

/** A value as a cell: its display text and the normalised key it is compared by. */
export function cellOf(v: unknown, ordered = false): Cell {
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

/**
 * A field's cell with its qualifiers: `conditional (ukrainian-withdrawal)`, `within 30 days`,
 * `800,000 (peacetime)`. A condition in words counts only where no typed precondition says it.
 */
function qualifiedCell(field: string, obj: Record<string, unknown>): Cell {
  const main = cellOf(obj[field]);
  if (field === 'start') {
    const within = obj.within === undefined ? undefined : cellOf(obj.within);
    const pre = obj.preconditions === undefined ? undefined : cellOf(obj.preconditions);
    const condition = pre === undefined && typeof obj.condition === 'string' ? obj.condition : undefined;
    const text =
      main.text === 'within' && within
        ? `within ${within.text}`
        : pre
          ? `${main.text} (${pre.text})`
          : condition
            ? `${main.text} (on a condition in words)`
            : main.text;
    return { text, key: `${main.key}|${within?.key ?? ''}|${pre?.key ?? ''}|${condition ?? ''}` };
  }
  const q = (qualifiers[field] ?? []).filter((k) => obj[k] !== undefined).map((k) => cellOf(obj[k]));
  if (q.length === 0) return main;
  return {
    text: `${main.text} (${q.map((c) => c.text).join(', ')})`,
    key: `${main.key}|${q.map((c) => c.key).join('|')}`,
  };
}

/** A compared field of one plan: its name within the family, its path in the clause, its cell. */
export interface FieldCell {
  readonly field: string;
  readonly path: readonly string[];
  readonly cell: Cell;
}

/**
 * The compared fields of one clause, in schema order. A value's field is `parent.key` below a
 * mapping, `field[who].key` below a keyed list entry (`force_limits[Russia].troops`); territory
 * is one row per region (status, with the extent unless whole), then one per zone field.
 */
function clauseFields(family: Exclude<Family, 'other'>, clause: Record<string, unknown>): FieldCell[] {
  const out: FieldCell[] = [];
  const walk = (
    node: ShapeNode | undefined,
    name: string,
    value: unknown,
    field: string,
    path: readonly string[],
    owner: Record<string, unknown>,
  ): void => {
    if (value === undefined) return;
    const key = listKeyFields[name];
    if (key && Array.isArray(value)) {
      const element = node?.kind === 'array' ? node.element : undefined;
      for (const entry of value as Record<string, unknown>[]) {
        const who = String(entry[key]);
        const at = `${field}[${who}]`;
        for (const k of keysOf(element)) {
          if (k === key || k === 'note' || !(k in entry)) continue;
          if (
            qualifying.has(k) &&
            Object.entries(qualifiers).some(([m, q]) => q.includes(k) && entry[m] !== undefined)
          )
            continue;
          walk(child(element, k), k, entry[k], `${at}.${k}`, [...path, who, k], entry);
        }
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isQuantity(value)) {
      const obj = value as Record<string, unknown>;
      for (const k of keysOf(node)) {
        if (!notCompared.has(k) && k in obj)
          walk(child(node, k), k, obj[k], field ? `${field}.${k}` : k, [...path, k], obj);
      }
    } else {
      const cell = qualifiers[name] ? qualifiedCell(name, owner) : cellOf(value, orderedLists.has(name));
      out.push({ field, path, cell });
    }
  };
  const node = shapeAt(['clauses', family]);
  for (const k of keysOf(node)) {
    if (notCompared.has(k) || !(k in clause)) continue;
    if (
      qualifying.has(k) &&
      Object.entries(qualifiers).some(([m, q]) => q.includes(k) && clause[m] !== undefined)
    )
      continue;
    if (family === 'recognition' && k === 'territories') {
      const territories = clause.territories as Record<string, Record<string, unknown> | undefined>;
      const territoryNode = child(child(node, 'territories'), 'crimea');
      for (const region of regionKeys) {
        const t = territories[region];
        if (!t) continue;
        const status = String(t.status);
        const text = t.extent && t.extent !== 'whole' ? `${status} (${String(t.extent)})` : status;
        const path = ['territories', region];
        out.push({
          field: `territories.${region}`,
          path,
          cell: { text, key: `t:${status}:${String(t.extent ?? '')}` },
        });
        if (t.zones !== undefined)
          walk(
            child(territoryNode, 'zones'),
            'zones',
            t.zones,
            `territories.${region}.zones`,
            [...path, 'zones'],
            t,
          );
      }
    } else walk(child(node, k), k, clause[k], k, [k], clause);
  }
  return out;
}

/** Every compared field of one family in one plan; undefined when the plan is silent on it. */
export function familyFields(plan: EffectivePlan, family: Family): FieldCell[] | undefined {
  const fields =
    family === 'other'
      ? plan.clauses.other?.map((o) => ({
          field: o.topic,
          path: [o.topic],
          cell: { text: '✓', key: 'present' },
        }))
      : plan.clauses[family]
        ? clauseFields(family, plan.clauses[family] as Record<string, unknown>)
        : undefined;
  if (!fields || !plan.inherited?.length) return fields;
  return fields.map((f) => {
    const i = inheritedAt(plan, [family, ...f.path]);
    return i ? { ...f, cell: { ...f.cell, from: i.from } } : f;
  });
}

/** The source keys a plan cites for a family (inherited values' sources included). */
function familySources(plan: EffectivePlan, family: Family): readonly string[] {
  const own =
    family === 'other'
      ? (plan.clauses.other?.flatMap((o) => o.sources) ?? [])
      : (plan.clauses[family]?.sources ?? []);
  const inherited = (plan.inherited ?? [])
    .filter((i) => i.path[0] === family && i.path.length > 1)
    .flatMap((i) => i.sources);
  return [...own, ...inherited];
}

function verdictOf(cells: readonly (Cell | null)[]): Verdict {
  const stated = cells.filter((c): c is Cell => c !== null);
  if (stated.length <= 1) return 'single';
  return stated.every((c) => c.key === stated[0]!.key) ? 'agree' : 'differ';
}

export function comparePlans(plans: readonly EffectivePlan[], options: CompareOptions = {}): CompareResult {
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
      f.startsWith('territories.') ? regionKeys.indexOf(f.split('.')[1] as RegionKey) : -1,
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

  const share = (s: FamilySummary) => (s.agree + s.differ === 0 ? 0 : s.differ / (s.agree + s.differ));
  const contested = summaries
    .filter((s) => s.differ > 0)
    .sort(
      (a, b) =>
        b.differ - a.differ || share(b) - share(a) || families.indexOf(a.family) - families.indexOf(b.family),
    )
    .map((s) => s.family);

  const sources: Record<string, readonly SourceRef[]> = {};
  for (const plan of plans) {
    sources[plan.id] = sourceRefs(
      plan,
      families.filter((f) => wanted.includes(f)).flatMap((f) => familySources(plan, f)),
    );
  }

  return {
    version: compareVersion,
    plans: plans.map(planHeader),
    rows,
    families: summaries,
    summary: {
      commonGround: summaries
        .filter((s) => s.addressedBy.length >= 2 && s.agree > 0 && s.differ === 0)
        .map((s) => s.family),
      contested,
      silent,
    },
    sources,
  };
}
