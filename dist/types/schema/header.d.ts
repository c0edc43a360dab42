/**
 * What every report shows of a plan besides its clauses: its particulars (the header), the
 * sources behind a set of source keys, and a clause family's summary with its sources. Plain
 * data, zod-free: the diff, the comparison, the history and the list all use these.
 */
import type { Family } from './families.js';
import type { Plan } from './plan.js';
export interface PlanHeader {
    readonly id: string;
    readonly title: string;
    readonly proposed_by: readonly string[];
    readonly date: string;
    readonly status: string;
    readonly revises?: string;
    /** The earlier plans whose terms this one keeps where it is silent (`reaffirms`), by id. */
    readonly reaffirms?: readonly string[];
}
export interface SourceRef {
    readonly key: string;
    readonly title: string;
    readonly publisher?: string;
    readonly published?: string;
    readonly url?: string;
    readonly flags?: readonly string[];
}
/** A clause family as one plan states it: its summary and the sources behind it. */
export interface ClauseSide {
    readonly summary: string;
    readonly sources: readonly SourceRef[];
    /** Set when the plan does not address the family itself but keeps it from a plan it reaffirms. */
    readonly inherited?: {
        readonly from: string;
        readonly date: string;
    };
}
/** The plan's sources behind `keys`, each once, in order; an undeclared key stands for itself. */
export declare function sourceRefs(plan: Plan, keys: readonly string[]): SourceRef[];
/** What a plan says on a family, for display beside the changes. */
export declare function clauseSide(plan: Plan, family: Family): ClauseSide | undefined;
export declare function planHeader(plan: Plan): PlanHeader;
