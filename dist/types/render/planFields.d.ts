/**
 * A clause as a flat list of `field: value` rows, in schema order, for `plans show`.
 * Durations read as written, lists as comma-separated values, keyed lists by their key.
 */
import { type EffectivePlan } from '../diff/inherit.js';
import type { Family } from '../schema/plan.js';
export interface FieldRow {
    readonly field: string;
    readonly value: string;
    /** The plan the value is kept from, when the plan inherits it (`reaffirms`). */
    readonly from?: string;
}
/** The typed fields of one clause family (everything but summary, sources, note, disputed). */
export declare function clauseRows(plan: EffectivePlan, family: Exclude<Family, 'other'>): FieldRow[];
