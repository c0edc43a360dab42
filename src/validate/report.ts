/** The result of `plans validate`: plain data; renderers turn it into text, JSON or annotations. */
import type { Diagnostic } from '../load/diagnostic.js';

export const validateVersion = 1 as const;

export interface FileResult {
  readonly file: string;
  /** The plan id, when the file got far enough to have one. */
  readonly id?: string;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
}

export interface ValidationReport {
  readonly version: typeof validateVersion;
  readonly files: readonly FileResult[];
  readonly problems: readonly Diagnostic[];
  readonly summary: {
    readonly files: number;
    readonly valid: number;
    readonly invalid: number;
    readonly errors: number;
    readonly warnings: number;
  };
}

export function buildReport(
  files: readonly { file: string; id?: string }[],
  problems: readonly Diagnostic[],
): ValidationReport {
  const results: FileResult[] = files.map(({ file, id }) => {
    const mine = problems.filter((p) => p.file === file);
    const errors = mine.filter((p) => p.severity === 'error').length;
    return {
      file,
      ...(id ? { id } : {}),
      valid: errors === 0,
      errors,
      warnings: mine.length - errors,
    };
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    version: validateVersion,
    files: results,
    problems,
    summary: {
      files: results.length,
      valid: results.filter((r) => r.valid).length,
      invalid: results.filter((r) => !r.valid).length,
      errors,
      warnings: problems.length - errors,
    },
  };
}
