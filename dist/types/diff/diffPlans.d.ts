/**
 * The semantic diff of two plans: for each clause family a status and typed changes.
 * Pure: plans in, plain data out.
 *
 * - numbers carry a signed delta; durations compare after normalisation to days;
 * - enums show old → new, with the vocabulary's trend words where it has a scale;
 * - lists are sets (one change per element added or removed); lists of mappings are keyed
 *   by their key field (`topic`, `proposed_by`, `field`);
 * - territory is compared region by region;
 * - `sources` never make a difference; text fields (summary, note …) only make a clause
 *   `reworded`.
 */
import { type Family } from '../schema/families.js';
import { type EffectivePlan } from './inherit.js';
import { type Change, type PlanDiff } from './types.js';
export interface DiffOptions {
    /** Restrict to these families (default: all). */
    readonly clauses?: readonly Family[];
}
/** The changes within one family (both sides present). */
export declare function diffFamily(family: Family, left: unknown, right: unknown): Change[];
/** The diff of two plans (effective plans: inherited values are marked as such). */
export declare function diffPlans(left: EffectivePlan, right: EffectivePlan, options?: DiffOptions): PlanDiff;
/** True when the plans differ at all (any family not `same`), as `git diff --exit-code` sees it. */
export declare function plansDiffer(diff: PlanDiff): boolean;
