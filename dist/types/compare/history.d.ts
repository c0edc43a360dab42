import { type PlanHeader } from '../schema/header.js';
import type { Family, Plan } from '../schema/plan.js';
export declare const historyVersion: 1;
export interface HistoryStep {
    readonly plan: PlanHeader;
    /** Relative to the previous step; empty for the first draft. */
    readonly changed: readonly Family[];
    readonly added: readonly Family[];
    readonly dropped: readonly Family[];
    readonly reworded: readonly Family[];
    /** Number of typed changes across the changed families. */
    readonly typedChanges: number;
}
export interface HistoryResult {
    readonly version: typeof historyVersion;
    /** Ids from the first draft to the plan asked about. */
    readonly chain: readonly string[];
    readonly steps: readonly HistoryStep[];
    /** Other plans that revise a plan of the chain (branches off it). */
    readonly branches: readonly {
        readonly id: string;
        readonly revises: string;
    }[];
    /** A `revises` target that is not among the plans, where the chain stops. */
    readonly missing?: string;
}
export declare function planHistory(target: Plan, catalog: ReadonlyMap<string, Plan>): HistoryResult;
