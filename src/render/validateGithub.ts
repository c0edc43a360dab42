/**
 * `plans validate --format github`: GitHub Actions workflow commands, one per problem, so each
 * shows as an annotation on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { ValidationReport } from '../validate/report.js';
import { summaryText } from './describe.js';
import type { RenderOptions } from './options.js';
import { safeText } from './terminal.js';

/** Escape a command's message (the part after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (file=…, title=…), where `:` and `,` are separators too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderValidateGithub(report: ValidationReport, _options: RenderOptions): string {
  const lines = report.problems.map((d) => {
    const props = [
      `file=${escapeProperty(safeText(d.file, { singleLine: true }))}`,
      `line=${d.line}`,
      `col=${d.col}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endCol}`,
      `title=${escapeProperty(d.code)}`,
    ].join(',');
    // CR and LF become %0D/%0A as the protocol asks; other control characters are neutralised.
    return `::${d.severity} ${props}::${safeText(escapeData(d.message))}`;
  });
  lines.push(summaryText(report));
  return `${lines.join('\n')}\n`;
}
