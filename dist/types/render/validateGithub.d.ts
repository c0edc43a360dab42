/**
 * `plans validate --format github`: GitHub Actions workflow commands, one per problem, so each
 * shows as an annotation on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { ValidationReport } from '../validate/report.js';
import type { RenderOptions } from './options.js';
/** Escape a command's message (the part after `::`). */
export declare function escapeData(s: string): string;
/** Escape a property value (file=…, title=…), where `:` and `,` are separators too. */
export declare function escapeProperty(s: string): string;
export declare function renderValidateGithub(report: ValidationReport, _options: RenderOptions): string;
