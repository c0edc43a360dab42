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

import { planHeader, sourceRefs } from '../diff/diffPlans.js';
import type { PlanHeader, SourceRef } from '../diff/types.js';
import { isDuration } from '../schema/duration.js';
import { type Family, families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields, textFields } from '../schema/fields.js';
import { keysAt, shapeAt } from '../schema/introspect.js';
import type { Plan } from '../schema/plan.js';
import { regionKeys } from '../schema/regions.js';
import type { ShapeNode } from '../schema/shape.js';
import { distinct } from '../util/distinct.js';
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

/** A cell's key as a column carries it: `''` stands for a plain string's, `s:` and the text. */
const cellKey = (text: string, key: string): string => key || `s:${text}`;

/** Push a value's cell text and cell key (see `Cell`). */
function pushCell(v: unknown, out: string[]): void {
  // A plain string's key is left to the builder, which makes it once per distinct value.
  if (typeof v === 'string') out.push(v, '');
  else if (typeof v === 'number') out.push(formatNumber(v), `n:${v}`);
  else if (typeof v === 'boolean') out.push(v ? 'yes' : 'no', `b:${v}`);
  else if (isDuration(v)) out.push(v.text, `d:${v.days}`);
  else if (Array.isArray(v)) {
    const items: string[] = [];
    for (const x of v) pushCell(x, items);
    const texts: string[] = [];
    const keys: string[] = [];
    for (let i = 0; i < items.length; i += 2) {
      texts.push(items[i]!);
      keys.push(cellKey(items[i]!, items[i + 1]!));
    }
    out.push(texts.join(', '), `l:${keys.sort().join('|')}`);
  } else out.push(String(v), '');
}

/** Appends the compared fields of one clause to `out`, as flat triples `field, cell text, cell key`. */
type FieldsOf = (clause: Record<string, unknown>, out: string[]) => void;

const quote = (s: string): string => JSON.stringify(s);

/**
 * Compiles the walk over one family's clauses from the schema's shape, as validators such as
 * ajv compile theirs: the code reads every place of the schema at its own property access,
 * with field names spelt out ahead. (Closures built per place share one property access
 * between all places, which V8 cannot specialise: over 2,000 plans in one pass, the column
 * walk took a fifth longer that way, and `compare --all` ~25 ms longer.) Only names from the
 * schema are quoted into the code, never a plan's content.
 *
 * A value's field is `field[who].key` below a list entry (`force_caps[Russia].troops`),
 * `parent.key` below a mapping; free text and a clause's own apparatus are not compared.
 */
class FieldsCompiler {
  private readonly lines: string[] = [];
  private vars = 0;

  private variable(): string {
    return `v${this.vars++}`;
  }

  /** The walk of value `v` of shape `node`, whose key is `name` and field `field` (an expression). */
  private walk(
    node: ShapeNode | undefined,
    name: string,
    v: string,
    fixed: string | undefined,
    field: string,
  ): void {
    const key = listKeyFields[name];
    const { lines } = this;
    lines.push(`if (${v} !== undefined) {`);
    if (fixed === undefined) {
      const f = this.variable();
      lines.push(`const ${f} = ${field};`);
      field = f;
    }
    if (key) {
      // List entries: every declared key but the naming one and the note, below `field[who]`.
      const element = node?.kind === 'array' ? node.element : undefined;
      const entry = this.variable();
      const at = this.variable();
      lines.push(`if (Array.isArray(${v})) {`, `for (const ${entry} of ${v}) {`);
      lines.push(`const ${at} = ${field} + "[" + String(${entry}[${quote(key)}]) + "]";`);
      for (const k of keysOf(element)) {
        if (k !== key && k !== 'note')
          this.member(child(element, k), k, entry, undefined, `${at} + ${quote(`.${k}`)}`);
      }
      lines.push('}', '} else ');
    }
    lines.push(
      `if (typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v}) && !isDuration(${v})) {`,
    );
    for (const k of keysOf(node)) {
      if (notCompared.has(k)) continue;
      const childFixed = fixed === undefined ? undefined : fixed ? `${fixed}.${k}` : k;
      const childField =
        childFixed === undefined
          ? `(${field} ? ${field} + ${quote(`.${k}`)} : ${quote(k)})`
          : quote(childFixed);
      this.member(child(node, k), k, v, childFixed, childField);
    }
    lines.push('} else {', `out.push(${field});`, `pushCell(${v}, out);`, '}', '}');
  }

  private member(
    node: ShapeNode | undefined,
    k: string,
    obj: string,
    fixed: string | undefined,
    field: string,
  ) {
    const v = this.variable();
    this.lines.push(`if (${quote(k)} in ${obj}) {`, `const ${v} = ${obj}[${quote(k)}];`);
    this.walk(node, k, v, fixed, field);
    this.lines.push('}');
  }

  /** The function for one typed family (territory region by region, in the regions' order). */
  static family(family: Exclude<Family, 'other'>): FieldsOf {
    const c = new FieldsCompiler();
    const node = shapeAt(['clauses', family]);
    for (const k of keysOf(node)) {
      if (notCompared.has(k)) continue;
      if (family === 'recognition' && k === 'territories') {
        c.lines.push('if ("territories" in clause) pushTerritories(clause.territories, out);');
        continue;
      }
      c.member(child(node, k), k, 'clause', k, quote(k));
    }
    const body = `"use strict";\nreturn function fieldsOf(clause, out) {\n${c.lines.join('\n')}\n};`;
    try {
      return new Function('isDuration', 'pushCell', 'pushTerritories', body)(
        isDuration,
        pushCell,
        pushTerritories,
      );
    } catch {
      // Code generation is disallowed (`node --disallow-code-generation-from-strings`, as
      // zod also allows for): the same walk, read from the shape as it goes.
      return (clause, out) => interpretFamily(family, clause, out);
    }
  }
}

/**
 * The walk `FieldsCompiler` compiles, interpreted: the same fields in the same order
 * (tests/unit/compare.test.ts holds the two to equal output). Used where code cannot be
 * generated at run time.
 */
export function interpretFamily(
  family: Exclude<Family, 'other'>,
  clause: Record<string, unknown>,
  out: string[],
): void {
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
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isDuration(value)) {
      const obj = value as Record<string, unknown>;
      for (const k of keysOf(node)) {
        if (!notCompared.has(k) && k in obj) walk(child(node, k), k, obj[k], field ? `${field}.${k}` : k);
      }
    } else {
      out.push(field);
      pushCell(value, out);
    }
  };
  const node = shapeAt(['clauses', family]);
  for (const k of keysOf(node)) {
    if (notCompared.has(k) || !(k in clause)) continue;
    if (family === 'recognition' && k === 'territories') pushTerritories(clause.territories, out);
    else walk(child(node, k), k, clause[k], k);
  }
}

/** The territory rows, region by region in the regions' order: status, and extent unless whole. */
function pushTerritories(territories: unknown, out: string[]): void {
  const byRegion = territories as Record<string, { status: string; extent?: string } | undefined>;
  for (const region of regionKeys) {
    const t = byRegion[region];
    if (!t) continue;
    const text = t.extent && t.extent !== 'whole' ? `${t.status} (${t.extent})` : t.status;
    out.push(`territories.${region}`, text, `t:${t.status}:${t.extent ?? ''}`);
  }
}

/** Per family, its compiled walk: made the first time a plan that addresses the family is walked. */
const familyWalks = new Map<Family, FieldsOf>();

/** Every compared field of one family in one plan, as flat triples (see `FieldsOf`). */
function fieldsOf(plan: Plan, family: Family): string[] {
  const out: string[] = [];
  if (family === 'other') {
    for (const o of plan.clauses.other ?? []) out.push(o.topic, '✓', 'present');
    return out;
  }
  const clause = plan.clauses[family] as Record<string, unknown> | undefined;
  if (!clause) return out;
  let walk = familyWalks.get(family);
  if (!walk) {
    walk = FieldsCompiler.family(family);
    familyWalks.set(family, walk);
  }
  walk(clause, out);
  return out;
}

function verdictOf(cells: readonly (Cell | null)[]): Verdict {
  let first: Cell | undefined;
  let stated = 0;
  let differ = false;
  for (const c of cells) {
    if (c === null) continue;
    stated++;
    if (first === undefined) first = c;
    else if (c.key !== first.key) differ = true;
  }
  if (stated <= 1) return 'single';
  return differ ? 'differ' : 'agree';
}

/**
 * What one plan contributes to a comparison, computed without the others: its header, the
 * compared fields of each family it addresses (in schema order), and the sources behind each.
 * Plain, compact data, so that worker threads can compute it beside parsing (src/cli/pool.ts).
 */
export interface PlanColumn {
  readonly header: PlanHeader;
  /**
   * By family, in the order of `families` (arrays, not records: the same shape for every plan):
   * for each addressed family (also when no field is compared), flat triples of field, cell
   * text and cell key — or `''` for a plain string, whose key is `s:` and the text.
   */
  readonly fields: readonly (readonly string[] | undefined)[];
  /** By family, as `fields`: for each addressed family, the keys of its sources, in order. */
  readonly sourceKeys: readonly (readonly string[] | undefined)[];
  /** Every source the plan's clauses cite, once, in the order of the families that cite it. */
  readonly sources: readonly SourceRef[];
}

export function compareColumn(plan: Plan): PlanColumn {
  const fields: (string[] | undefined)[] = [];
  const sourceKeys: (string[] | undefined)[] = [];
  // Every family's sources in turn; `sourceRefs` keeps the first of each.
  const cited: string[] = [];
  // Indexed, not `for…of`: this runs for every plan of `compare --all`, much of it before V8
  // optimises it, and unoptimised `for…of` allocates a result object per step.
  for (let at = 0; at < families.length; at++) {
    const family = families[at]!;
    const keys = family === 'other' ? otherSources(plan) : plan.clauses[family]?.sources;
    if (!keys) {
      fields.push(undefined);
      sourceKeys.push(undefined);
      continue;
    }
    fields.push(fieldsOf(plan, family));
    const own = distinct(keys);
    for (let i = 0; i < own.length; i++) cited.push(own[i]!);
    sourceKeys.push(own);
  }
  return { header: planHeader(plan), fields, sourceKeys, sources: sourceRefs(plan, cited) };
}

/** The sources of the `other` provisions, in order (repeats included), if there are any. */
function otherSources(plan: Plan): string[] | undefined {
  const other = plan.clauses.other;
  if (!other) return undefined;
  const keys: string[] = [];
  for (let i = 0; i < other.length; i++) for (const k of other[i]!.sources) keys.push(k);
  return keys;
}

export function comparePlans(plans: readonly Plan[], options: CompareOptions = {}): CompareResult {
  const builder = new CompareBuilder();
  for (const plan of plans) builder.add(compareColumn(plan));
  return builder.finish(options);
}

/** A row as the builder fills it: cells in the order columns were added, `null` where silent. */
interface BuilderRow {
  /** The field name, one string for every plan that states it. */
  readonly field: string;
  /** Filled with `null` as columns come, so that the array stays packed. */
  readonly cells: (Cell | null)[];
}

/** What the builder keeps of each column once its cells are filed. */
interface Kept {
  readonly header: PlanHeader;
  /** By family (as in `PlanColumn`): for each addressed family, the plan's fields in its own order. */
  readonly fields: readonly (readonly string[] | undefined)[];
  readonly sourceKeys: readonly (readonly string[] | undefined)[];
  readonly sources: readonly SourceRef[];
}

/**
 * A comparison built one column at a time, in any order — as plans are read, so that each
 * column is filed and dropped at once — and finished in the plans' order. Equal cells are one
 * object (cells are read-only), and so are equal field names: plans state the same values.
 */
export class CompareBuilder {
  private readonly kept: Kept[] = [];
  /** Per family: its rows by field. */
  private readonly rows = families.map(() => new Map<string, BuilderRow>());
  private readonly pool = new Map<string, Map<string, Cell>>();
  /** Cells of plain strings, by text (their key is `s:` and the text). */
  private readonly strings = new Map<string, Cell>();
  private cell(text: string, key: string): Cell {
    if (key === '') {
      let cell = this.strings.get(text);
      if (!cell) {
        cell = { text, key: cellKey(text, key) };
        this.strings.set(text, cell);
      }
      return cell;
    }
    let byText = this.pool.get(key);
    if (!byText) {
      byText = new Map();
      this.pool.set(key, byText);
    }
    let cell = byText.get(text);
    if (!cell) {
      cell = { text, key };
      byText.set(text, cell);
    }
    return cell;
  }

  /** File one plan's column; returns its index, by which `finish` orders the plans. */
  add(column: PlanColumn): number {
    const index = this.kept.length;
    const fields: (string[] | undefined)[] = [];
    for (let at = 0; at < families.length; at++) {
      const f = column.fields[at];
      if (!f) {
        fields.push(undefined);
        continue;
      }
      const byField = this.rows[at]!;
      const names: string[] = [];
      for (let i = 0; i < f.length; i += 3) {
        let row = byField.get(f[i]!);
        if (!row) {
          row = { field: f[i]!, cells: [] };
          byField.set(row.field, row);
        }
        names.push(row.field);
        const { cells } = row;
        while (cells.length < index) cells.push(null);
        cells[index] = this.cell(f[i + 1]!, f[i + 2]!);
      }
      fields.push(names);
    }
    this.kept.push({ header: column.header, fields, sourceKeys: column.sourceKeys, sources: column.sources });
    return index;
  }

  /** The matrix, with the plans in `order` (indices from `add`; by default, as added). */
  finish(options: CompareOptions = {}, order: readonly number[] = this.kept.map((_, i) => i)): CompareResult {
    const wanted = options.clauses ?? families;
    const plans = order.map((i) => this.kept[i]!);
    const rows: CompareRow[] = [];
    const summaries: FamilySummary[] = [];
    const silent: { family: Family; plans: string[] }[] = [];

    for (let at = 0; at < families.length; at++) {
      const family = families[at]!;
      if (!wanted.includes(family)) continue;
      const addressedBy = plans.filter((k) => k.fields[at] !== undefined).map((k) => k.header.id);
      if (addressedBy.length === 0) continue;
      if (addressedBy.length < plans.length) {
        silent.push({
          family,
          plans: plans.filter((k) => k.fields[at] === undefined).map((k) => k.header.id),
        });
      }
      // Fields in schema order (territory in region order), whichever plan states them first.
      const seen = new Map<string, number>();
      for (let p = 0; p < plans.length; p++) {
        const names = plans[p]!.fields[at];
        if (names)
          for (let i = 0; i < names.length; i++) if (!seen.has(names[i]!)) seen.set(names[i]!, seen.size);
      }
      const declared = family === 'other' ? [] : keysAt(['clauses', family]);
      const rank = (f: string): [number, number, number] => {
        const top = f.split(/[.[]/)[0]!;
        const region = f.startsWith('territories.')
          ? regionKeys.indexOf(f.slice(12) as (typeof regionKeys)[number])
          : -1;
        return [declared.indexOf(top), region, seen.get(f)!];
      };
      const ranks = new Map([...seen.keys()].map((f) => [f, rank(f)]));
      const fields = [...seen.keys()].sort((a, b) => {
        const [ra, rb] = [ranks.get(a)!, ranks.get(b)!];
        return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
      });
      const byField = this.rows[at]!;
      const familyRows = fields.map((field): CompareRow => {
        const filed = byField.get(field)!.cells;
        const cells = new Array<Cell | null>(order.length);
        for (let p = 0; p < order.length; p++) cells[p] = filed[order[p]!] ?? null;
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
          share(b) - share(a) ||
          b.differ - a.differ ||
          families.indexOf(a.family) - families.indexOf(b.family),
      )
      .map((s) => s.family);

    const sources: Record<string, readonly SourceRef[]> = {};
    const everyFamily = families.every((f) => wanted.includes(f));
    for (const k of plans) {
      // Every family compared: the sources of the whole column, already in this order.
      if (everyFamily) {
        sources[k.header.id] = k.sources;
        continue;
      }
      const keys = new Set<string>();
      families.forEach((family, at) => {
        if (wanted.includes(family)) for (const key of k.sourceKeys[at] ?? []) keys.add(key);
      });
      const byKey = new Map(k.sources.map((ref) => [ref.key, ref]));
      sources[k.header.id] = [...keys].map((key) => byKey.get(key)!);
    }

    return {
      version: compareVersion,
      plans: plans.map((k) => k.header),
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
}
