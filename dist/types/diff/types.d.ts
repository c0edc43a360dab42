/**
 * The result of comparing two plans: plain data, no colour, no I/O. Its JSON form is a
 * public interface (`plans diff --format json`), documented in docs/json.md; `version`
 * changes when a field is removed or changes meaning.
 */
import type { Family } from '../schema/families.js';
import type { ClauseSide, PlanHeader, SourceRef } from '../schema/header.js';
export type { ClauseSide, PlanHeader, SourceRef } from '../schema/header.js';
export declare const diffVersion: 2;
/** A plain value as written in the plan file (durations as their text, e.g. "4 weeks"). */
export type Value = string | number | boolean;
export type ChangeKind = 'added' | 'removed' | 'changed';
/**
 * What sort of field changed: `text` changes (summaries, notes, conditions) make a clause
 * `reworded`; every other type makes it `changed`.
 */
export type ValueType = 'enum' | 'number' | 'duration' | 'money' | 'boolean' | 'date' | 'name' | 'text' | 'entry' | 'order';
/** Where a value shown in a change comes from, when its plan keeps it from an earlier one. */
export interface InheritedRef {
    /** The plan that states the value. */
    readonly from: string;
    readonly date: string;
    readonly sources: readonly SourceRef[];
}
export interface Change {
    /** YAML keys from the family down to the field; a list element is named by its value or key field. */
    readonly path: readonly string[];
    readonly kind: ChangeKind;
    readonly type: ValueType;
    /** Absent for `added`. For a list element or keyed entry: the element / key. */
    readonly left?: Value;
    /** Absent for `removed`. */
    readonly right?: Value;
    /** right − left: for numbers in their unit, for durations in days, for money in billions (same currency only). */
    readonly delta?: number;
    /**
     * Direction on the field's scale, in words: `sooner`/`later` for timing, `longer`/`shorter`
     * for other durations, `higher`/`lower` for numbers, or the vocabulary's own words
     * (`toward Russia`, `more restrictive` …).
     */
    readonly trend?: string;
    /** Set when a side's value is inherited (`reaffirms`): the plan and sources it comes from. */
    readonly inherited?: {
        readonly left?: InheritedRef;
        readonly right?: InheritedRef;
    };
}
export type ClauseStatus = 'same' | 'changed' | 'reworded' | 'only-left' | 'only-right';
export interface ClauseDiff {
    readonly clause: Family;
    readonly status: ClauseStatus;
    /**
     * Typed changes first (in schema order), then text changes. For only-left/only-right: the one
     * plan's typed values, as removed/added (its text is the side's summary).
     */
    readonly changes: readonly Change[];
    /** The clause as each plan states it; absent on the side that is silent. */
    readonly left?: ClauseSide;
    readonly right?: ClauseSide;
}
export interface DiffSummary {
    /** Families either plan addresses (within the clause filter). */
    readonly families: number;
    /** changed + only-left + only-right. */
    readonly differing: number;
    readonly changed: number;
    readonly reworded: number;
    readonly same: number;
    readonly onlyLeft: readonly Family[];
    readonly onlyRight: readonly Family[];
}
export interface PlanDiff {
    readonly version: typeof diffVersion;
    readonly left: PlanHeader;
    readonly right: PlanHeader;
    /** Every family either plan addresses, in canonical order, with its status. */
    readonly clauses: readonly ClauseDiff[];
    readonly summary: DiffSummary;
}
