/** `plans show --format markdown`: the plan as a report section, one table per clause family. */
import { type EffectivePlan } from '../diff/inherit.js';
import type { RenderOptions } from './options.js';
export declare function renderShowMarkdown(plan: EffectivePlan, _options: RenderOptions): string;
