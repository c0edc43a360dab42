/**
 * `plans show --format json`: `{ version, plan, inherited }` — the plan as read (format 2;
 * durations as `{ text, days }`, money as `{ text, bn, currency }`), with what it keeps from
 * the plans it reaffirms merged in and listed under `inherited` (empty with `--own`).
 */
import type { EffectivePlan } from '../diff/inherit.js';
import { jsonText } from './json.js';
import type { RenderOptions } from './options.js';

export const showVersion = 2 as const;

export function renderShowJson(plan: EffectivePlan, _options: RenderOptions): string {
  const { inherited = [], ...rest } = plan;
  return jsonText({ version: showVersion, plan: rest, inherited });
}
