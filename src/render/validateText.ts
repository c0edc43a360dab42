/** `plans validate` default output: `file:line:col: severity: message [code]`, then a summary line. */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../load/diagnostic.js';
import type { ValidationReport } from '../validate/report.js';
import { summaryText } from './describe.js';
import type { RenderOptions } from './options.js';
import { safeText } from './terminal.js';

export function formatDiagnostic(d: Diagnostic, color = false): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const sev = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
  return `${safeText(d.file, { singleLine: true })}:${d.line}:${d.col}: ${sev}: ${safeText(d.message, { singleLine: true })} ${c.dim(`[${d.code}]`)}`;
}

export function renderValidateText(report: ValidationReport, options: RenderOptions): string {
  const lines = report.problems.map((d) => formatDiagnostic(d, options.color));
  lines.push(summaryText(report));
  return `${lines.join('\n')}\n`;
}
