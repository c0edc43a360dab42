import type { LoadedPlan, LoadOptions } from './result.js';
export interface LoadPlanOptions extends LoadOptions {
    /** The name diagnostics give the file. Default `<input>`. */
    readonly file?: string;
}
/**
 * Load a plan file's contents: parse, validate against the schema and the per-file rules. The
 * result holds `plan` only when there is no error; `diagnostics` has every finding with its
 * line and column. Cross-file rules (unique ids, `revises` targets) are `checkCorpus`'s.
 */
export declare function loadPlan(source: string | Uint8Array, options?: LoadPlanOptions): LoadedPlan;
