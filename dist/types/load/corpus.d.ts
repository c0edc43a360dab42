/**
 * Rules across plan files: ids unique; `revises` names an existing plan, without cycles, and
 * a revision is not older than what it revises (a warning); `reaffirms` names an existing,
 * older plan of one of the plan's own proposers, without cycles. Each finding names the node
 * that refers (the second `id`, the `revises` value, the `reaffirms` entry's `plan`); it is
 * placed there by reading that one file again (load/locate.ts), so the files themselves need
 * not be kept. Linear in the number of plans (and their reaffirmations).
 */
import type { DiagnosticCode, Severity } from './diagnostic.js';
import type { PlanMeta } from './loadPlan.js';
/** One file as the cross-file rules see it. */
export interface CorpusEntry {
    readonly file: string;
    readonly meta: PlanMeta;
}
/** A cross-file finding, not yet placed: its node is the value at `path` in `file`. */
export interface CorpusFinding {
    readonly file: string;
    /** `['id']`, `['revises']` or `['reaffirms', i, 'plan']`. */
    readonly path: readonly (string | number)[];
    readonly severity: Severity;
    readonly code: DiagnosticCode;
    readonly message: string;
}
/**
 * @param entries the files being validated
 * @param otherIds ids that exist without being validated now (sibling files not named)
 * @returns findings to be placed at their node (see locateFinding in load/locate.ts)
 */
export declare function checkCorpus(entries: readonly CorpusEntry[], otherIds: Iterable<string>): CorpusFinding[];
