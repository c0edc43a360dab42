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
import { type EffectivePlan } from '../diff/inherit.js';
import { type Family } from '../schema/families.js';
import { type PlanHeader, type SourceRef } from '../schema/header.js';
export declare const compareVersion: 2;
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
        readonly silent: readonly {
            family: Family;
            plans: readonly string[];
        }[];
    };
    /** Sources behind each plan's compared clauses (inherited ones included), by plan id. */
    readonly sources: Readonly<Record<string, readonly SourceRef[]>>;
}
export interface CompareOptions {
    readonly clauses?: readonly Family[];
    /** Drop rows where all addressing plans agree (`--differences`). */
    readonly differencesOnly?: boolean;
}
/** A value as a cell: its display text and the normalised key it is compared by. */
export declare function cellOf(v: unknown, ordered?: boolean): Cell;
/** A compared field of one plan: its name within the family, its path in the clause, its cell. */
export interface FieldCell {
    readonly field: string;
    readonly path: readonly string[];
    readonly cell: Cell;
}
/** Every compared field of one family in one plan; undefined when the plan is silent on it. */
export declare function familyFields(plan: EffectivePlan, family: Family): FieldCell[] | undefined;
export declare function comparePlans(plans: readonly EffectivePlan[], options?: CompareOptions): CompareResult;
