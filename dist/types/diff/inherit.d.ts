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
export type EffectivePlan = Plan & {
    readonly inherited?: readonly Inherited[];
};
/** A source key of plan `from` as the effective plan names it: `putin-june-2024/tass`. */
export declare function inheritedSourceKey(from: string, key: string): string;
/** The inheritance that covers `path`: the most specific one among its own and its ancestors'. */
export declare function inheritedAt(plan: EffectivePlan, path: readonly string[]): Inherited | undefined;
/**
 * The effective plan: `plan` with what it reaffirms (found with `lookup`), recursively. Plans
 * that cannot be found, and cycles, are skipped (validation reports both).
 */
export declare function effectivePlan(plan: Plan, lookup: (id: string) => Plan | undefined, seen?: ReadonlySet<string>): EffectivePlan;
