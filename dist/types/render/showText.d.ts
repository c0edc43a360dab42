import { type EffectivePlan } from '../diff/inherit.js';
import type { RenderOptions } from './options.js';
export declare function renderShowText(plan: EffectivePlan, options: RenderOptions): string;
