/** `plans validate --format json`: the ValidationReport, documented in docs/json.md. */
import type { ValidationReport } from '../validate/report.js';
import { jsonText } from './json.js';
import type { RenderOptions } from './options.js';

export function renderValidateJson(report: ValidationReport, _options: RenderOptions): string {
  return jsonText({
    version: report.version,
    files: report.files,
    problems: report.problems.map((p) => ({
      file: p.file,
      line: p.line,
      col: p.col,
      endLine: p.endLine,
      endCol: p.endCol,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...(p.path ? { path: p.path } : {}),
    })),
    summary: report.summary,
  });
}
