/** `plans show --format json`: `{ version, plan }`, durations as `{ text, days }`. */
import type { Plan } from '../schema/plan.js';
import { jsonText } from './json.js';
import type { RenderOptions } from './options.js';

export const showVersion = 1 as const;

export function renderShowJson(plan: Plan, _options: RenderOptions): string {
  return jsonText({ version: showVersion, plan });
}
