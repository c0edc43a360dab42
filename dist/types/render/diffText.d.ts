import type { PlanDiff } from '../diff/types.js';
import type { RenderOptions } from './options.js';
export declare function renderDiffText(diff: PlanDiff, options: RenderOptions): string;
/**
 * The verdict as a sentence: "10 of 10 clause families differ — changed: ceasefire, …; only in
 * us-miami: elections, …; only in kremlin: …", with the reworded and same families after.
 */
export declare function headline(diff: PlanDiff): string;
