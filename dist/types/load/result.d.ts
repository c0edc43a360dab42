/**
 * What loading one plan file gives: light types and helpers shared by the quick path
 * (load/quick.ts) and the full located pipeline (load/loadPlan.ts), so that the quick path
 * never loads the `yaml` library unless it falls back.
 */
import type { Plan } from '../schema/plan.js';
import type { Diagnostic } from './diagnostic.js';
/** What the cross-file rules need from a file, read even when the file is invalid. */
export interface PlanMeta {
    readonly id?: string;
    readonly revises?: string;
    readonly date?: string;
    /** The plans named under `reaffirms`. */
    readonly reaffirms?: readonly string[];
    readonly proposed_by?: readonly string[];
}
export interface LoadedPlan {
    /** The file as shown in diagnostics. */
    readonly file: string;
    readonly plan?: Plan;
    readonly diagnostics: readonly Diagnostic[];
    readonly meta: PlanMeta;
}
/** What the cross-file rules read of a raw document: id, revises, date, reaffirms, proposers. */
export declare function metaOf(raw: unknown): PlanMeta;
export interface LoadOptions {
    /** The id the file name implies (`plans/kyiv.yaml` → `kyiv`); omitted for stdin. */
    readonly expectedId?: string;
}
