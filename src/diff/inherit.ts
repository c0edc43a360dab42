/**
 * Positions that carry over. A plan that `reaffirms` earlier plans of its party keeps their
 * terms: what it leaves unsaid is taken from them, what it says overrides them. This reads a
 * plan together with what it reaffirms into one effective plan, and records, for every value
 * it took, where it came from — so that every output can mark it as inherited and name the
 * document and sources behind it. Pure: plans in, a plan out.
 *
 * What is taken, and at what grain:
 * - a whole family the plan does not address (its summary, sources and all);
 * - inside a family the plan addresses: each typed field it leaves out — territory region by
 *   region, keyed lists (force limits, shares, options) entry by entry, `other` topic by topic.
 *   A field that qualifies another (`within`, `condition`, `preconditions` qualify `start`;
 *   `applies` qualifies `troops`) is never taken on its own when the plan states what it
 *   qualifies. The clause's own summary, sources, note and disputed points stay its own.
 * - from several reaffirmed plans, the more recent statement of a field wins; a chain (A keeps
 *   B, which keeps C) is followed, and the origin is the document that said it first.
 */

import { families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields, qualifiers } from '../schema/fields.js';
import type { Plan } from '../schema/plan.js';

/** A value an effective plan took from a plan it reaffirms. */
export interface Inherited {
  /** Inside `clauses`: the family, then the field, the region or the list entry's key. */
  readonly path: readonly string[];
  /** The plan that states the value. */
  readonly from: string;
  readonly date: string;
  /** Keys, in the effective plan's `sources`, of the sources behind the value. */
  readonly sources: readonly string[];
}

/** A plan as read with what it reaffirms: the plan, and the values it inherited (if any). */
export type EffectivePlan = Plan & { readonly inherited?: readonly Inherited[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A source key of plan `from` as the effective plan names it: `putin-june-2024/tass`. */
export function inheritedSourceKey(from: string, key: string): string {
  return `${from}/${key}`;
}

/** The inheritance that covers `path`: the most specific one among its own and its ancestors'. */
export function inheritedAt(plan: EffectivePlan, path: readonly string[]): Inherited | undefined {
  let best: Inherited | undefined;
  for (const i of plan.inherited ?? []) {
    if (i.path.length <= path.length && i.path.every((seg, n) => path[n] === seg)) {
      if (!best || i.path.length > best.path.length) best = i;
    }
  }
  return best;
}

/** The keys of the units a typed family is inherited by: `nato`, `territories.crimea`, `force_limits.Ukraine`. */
function units(family: string, clause: Obj): Map<string, { path: string[]; value: unknown }> {
  const out = new Map<string, { path: string[]; value: unknown }>();
  for (const [field, value] of Object.entries(clause)) {
    if (clauseBaseFields.has(field)) continue;
    if (field === 'territories' && isObj(value)) {
      for (const [region, t] of Object.entries(value))
        out.set(`territories.${region}`, { path: [family, field, region], value: t });
      continue;
    }
    const key = listKeyFields[field];
    if (key && Array.isArray(value)) {
      for (const entry of value) {
        const name = isObj(entry) ? String(entry[key]) : String(entry);
        out.set(`${field}.${name}`, { path: [family, field, name], value: entry });
      }
      continue;
    }
    out.set(field, { path: [family, field], value });
  }
  return out;
}

/** Put a unit's value into a clause (a mutable copy). */
function place(clause: Obj, path: readonly string[], value: unknown): void {
  const [, field, name] = path as [string, string, string | undefined];
  if (name === undefined) {
    clause[field] = value;
  } else if (field === 'territories') {
    clause.territories = { ...(isObj(clause.territories) ? clause.territories : {}), [name]: value };
  } else {
    clause[field] = [...(Array.isArray(clause[field]) ? (clause[field] as unknown[]) : []), value];
  }
}

/**
 * The effective plan: `plan` with what it reaffirms (found with `lookup`), recursively. Plans
 * that cannot be found, and cycles, are skipped (validation reports both).
 */
export function effectivePlan(
  plan: Plan,
  lookup: (id: string) => Plan | undefined,
  seen: ReadonlySet<string> = new Set(),
): EffectivePlan {
  if (!plan.reaffirms?.length) return plan;
  const visiting = new Set([...seen, plan.id]);
  const earlier = plan.reaffirms
    .map((r) => lookup(r.plan))
    .filter((p): p is Plan => p !== undefined && !visiting.has(p.id))
    .map((p) => effectivePlan(p, lookup, visiting))
    // The more recent statement of a field wins: newest first.
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (earlier.length === 0) return plan;

  const clauses: Obj = { ...plan.clauses };
  const sources: Obj = { ...plan.sources };
  const inherited: Inherited[] = [];
  for (const source of earlier) {
    const originOf = (path: readonly string[]): { from: string; date: string } => {
      const i = inheritedAt(source, path);
      return i ? { from: i.from, date: i.date } : { from: source.id, date: source.date };
    };
    // Source keys as the effective plan names them: the source's own keys prefixed with its id;
    // keys it had itself inherited are already prefixed. Each is declared once.
    const keysOf = (keys: readonly string[]): string[] =>
      keys.map((k) => {
        const named = k.includes('/') ? k : inheritedSourceKey(source.id, k);
        sources[named] = source.sources[k];
        return named;
      });
    const take = (path: string[], keys: readonly string[]) => {
      const i = inheritedAt(source, path);
      // A value the source had itself inherited keeps its origin and sources.
      if (i && i.path.length === path.length) inherited.push({ ...i, sources: keysOf(i.sources) });
      else inherited.push({ path, ...originOf(path), sources: keysOf(keys) });
    };
    for (const family of families) {
      const theirs = (source.clauses as Obj)[family];
      if (theirs === undefined) continue;
      const mine = clauses[family];
      if (family === 'other') {
        const have = new Set(((mine as Obj[] | undefined) ?? []).map((o) => o.topic));
        const added = (theirs as Obj[]).filter((o) => !have.has(o.topic));
        if (added.length === 0) continue;
        clauses.other = [
          ...((mine as Obj[] | undefined) ?? []),
          ...added.map((o) => {
            const keys = o.sources as string[];
            take(['other', String(o.topic)], keys);
            return { ...o, sources: keysOf(keys) };
          }),
        ];
        continue;
      }
      const clause = theirs as Obj;
      if (mine === undefined) {
        // The whole family, with its summary and sources; parts the source had inherited
        // itself keep their own origins.
        clauses[family] = { ...clause, sources: keysOf(clause.sources as string[]) };
        take([family], clause.sources as string[]);
        for (const i of source.inherited ?? []) {
          if (i.path[0] === family && i.path.length > 1) inherited.push({ ...i, sources: keysOf(i.sources) });
        }
        continue;
      }
      // Field by field (region by region, entry by entry).
      const own = units(family, mine as Obj);
      const next: Obj = { ...(mine as Obj) };
      for (const [unit, { path, value }] of units(family, clause)) {
        if (own.has(unit)) continue;
        const field = path[1]!;
        if (Object.entries(qualifiers).some(([main, q]) => q.includes(field) && own.has(main))) continue;
        place(next, path, value);
        take(path, clause.sources as string[]);
      }
      clauses[family] = next;
    }
  }
  return { ...plan, sources: sources as Plan['sources'], clauses: clauses as Plan['clauses'], inherited };
}
