/**
 * The small error taxonomy of the CLI. Expected failures are `CliError`s: one clean line each
 * (or a few diagnostic lines) on stderr and a documented exit code. Anything else is a bug:
 * one line with a hint, the stack only under DEBUG=1.
 */
import type { Diagnostic } from '../load/diagnostic.js';
import { safeText } from '../render/terminal.js';

export const exitCodes = {
  /** Success; with --exit-code: no differences. */
  ok: 0,
  /** diff/compare --exit-code: the plans differ; validate: a file is invalid; compare --check: stale. */
  found: 1,
  /** Usage error, unknown plan, unreadable or invalid input to diff/compare, internal error. */
  usage: 2,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = exitCodes.usage,
    /** Located problems to print instead of the message (invalid plan input). */
    readonly diagnostics: readonly Diagnostic[] = [],
    /** Further lines to print before the message (problems found in other files). */
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** What a command hands back to the CLI runner, which writes it and exits with the code. */
export interface CommandResult {
  readonly output: string;
  readonly exitCode: ExitCode;
  /** Lines for stderr (problems that did not stop the command). */
  readonly stderr?: readonly string[];
  /** Further files the command produces beside its output (written atomically, or checked). */
  readonly files?: readonly { readonly path: string; readonly text: string }[];
}

/**
 * What stderr gets for a failure that is not a `CliError`: its one line (control characters
 * neutralised), and under DEBUG its stack.
 */
export function failureText(
  e: unknown,
  env: Readonly<Record<string, string | undefined>>,
  line = failureLine(e),
): string {
  const stack = env.DEBUG ? `${(e as Error)?.stack ?? ''}\n` : '';
  return `plans: ${safeText(line, { singleLine: true })}\n${stack}`;
}

/** A failed write of the output in words ("no space left on device"), as describeFsError words it. */
function writeProblem(err: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EFBIG: 'file too large for the file system',
    EBADF: 'the output is closed',
  };
  return (err.code && words[err.code]) ?? err.message;
}

/**
 * The one line for a failure that is not a `CliError`: a failed write of the output (a full
 * disk, a closed terminal) says so; anything else is a bug, with a hint to see its stack.
 */
export function failureLine(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const message = err?.message ?? String(e);
  if (err?.syscall === 'write') return `cannot write the output: ${writeProblem(err)}`;
  return `internal error: ${message} (rerun with DEBUG=1 to see the stack)`;
}
