import type { Diagnostic } from '../load/diagnostic.js';
import type { ValidationReport } from '../validate/report.js';
import type { RenderOptions } from './options.js';
export declare function formatDiagnostic(d: Diagnostic, color?: boolean): string;
export declare function renderValidateText(report: ValidationReport, options: RenderOptions): string;
