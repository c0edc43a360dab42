/** `plans diff --format json`: the PlanDiff as documented in docs/json.md, keys in a stable order. */
import type { PlanDiff } from '../diff/types.js';
import type { RenderOptions } from './options.js';
export declare function renderDiffJson(diff: PlanDiff, _options: RenderOptions): string;
