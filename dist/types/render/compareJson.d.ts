/** `plans compare --format json`: the CompareResult, documented in docs/json.md. */
import type { CompareResult } from '../compare/comparePlans.js';
import type { RenderOptions } from './options.js';
export declare function renderCompareJson(result: CompareResult, _options: RenderOptions): string;
