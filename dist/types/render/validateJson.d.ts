/** `plans validate --format json`: the ValidationReport, documented in docs/json.md. */
import type { ValidationReport } from '../validate/report.js';
import type { RenderOptions } from './options.js';
export declare function renderValidateJson(report: ValidationReport, _options: RenderOptions): string;
