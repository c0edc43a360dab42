/**
 * `plans show --format json`: `{ version, plan, inherited }` — the plan as read (format 2;
 * durations as `{ text, days }`, money as `{ text, bn, currency }`), with what it keeps from
 * the plans it reaffirms merged in and listed under `inherited` (empty with `--own`).
 */
import type { EffectivePlan } from '../diff/inherit.js';
import type { RenderOptions } from './options.js';
export declare const showVersion: 2;
export declare function renderShowJson(plan: EffectivePlan, _options: RenderOptions): string;
