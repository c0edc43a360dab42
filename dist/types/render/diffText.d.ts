import type { PlanDiff } from '../diff/types.js';
import type { RenderOptions } from './options.js';
export declare function renderDiffText(diff: PlanDiff, options: RenderOptions): string;
