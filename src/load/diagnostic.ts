/**
 * A finding about a plan file. Findings are data: renderers turn them into text, JSON or
 * GitHub annotations; tests assert codes and positions, not prose.
 */
import { byCodeUnits } from '../util/byCodeUnits.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** The file as the user named it (or relative to the working directory). */
  readonly file: string;
  /** 1-based line and column of the node the finding is about. */
  readonly line: number;
  readonly col: number;
  /** 1-based, exclusive end of the node's span (equal to line/col for a point). */
  readonly endLine: number;
  readonly endCol: number;
  readonly severity: Severity;
  /** Stable code; documented in docs/vocabularies.md#diagnostic-codes. */
  readonly code: DiagnosticCode;
  readonly message: string;
  /** Path of YAML keys to the node, when there is one. */
  readonly path?: readonly (string | number)[];
}

/** Every code the validator can emit, with what it means. docs/vocabularies.md#diagnostic-codes lists them. */
export const diagnosticCodes = {
  'yaml-syntax': 'The file is not well-formed YAML.',
  'duplicate-key': 'A mapping repeats a key.',
  'too-large': 'The file is larger than the size limit.',
  'too-complex': 'The document is nested too deeply or has too many nodes.',
  encoding: 'The file is not valid UTF-8.',
  'forbidden-character': 'The file holds a character YAML does not allow (NUL and other control codes).',
  'multiple-documents': 'The file holds more than one YAML document.',
  alias: 'Anchors, aliases and merge keys are not allowed in plan files.',
  tag: 'Custom or unsupported YAML tags are not allowed.',
  'key-type': 'A mapping key is not a plain string.',
  'not-a-mapping': 'The document (or a clause) is not a mapping.',
  'unknown-key': 'A key the format does not define.',
  enum: 'A value outside a closed vocabulary.',
  type: 'A value of the wrong type.',
  format: 'A value with the wrong shape (date, duration, id, URL …).',
  required: 'A required field is missing.',
  'requires-field': "A field required by another field's value is missing.",
  'too-small': 'An empty list or string, or a number below its minimum.',
  'too-big': 'A value above its maximum length or size.',
  'duplicate-entry': 'Two list entries share a key (topic, proposer, field).',
  'undeclared-source': 'A clause cites a source key the plan does not declare.',
  'id-mismatch': 'The id does not match the file name.',
  'duplicate-id': 'Two files declare the same id.',
  'unknown-revises': '`revises` names a plan that does not exist.',
  'revises-cycle': '`revises` links form a cycle.',
  'revises-newer': '`revises` names a plan dated after this one (warning).',
  'unused-source': 'A declared source no clause cites (warning).',
  'all-unspecified': 'A clause whose typed values are all `unspecified`, with no note saying why (warning).',
  'control-character': 'Text holds terminal control characters (warning); they are neutralised on output.',
  'symlink-outside': 'A symbolic link that leaves the directory being validated; not read.',
  'read-error': 'The file could not be read.',
  'plan-format': 'The file declares a plan format this version does not read.',
  'format-1':
    'The file is written in plan format 1; it is read as format 2 (warning): `plans migrate` rewrites it.',
  'unknown-reaffirms': '`reaffirms` names a plan that does not exist.',
  'reaffirms-later':
    '`reaffirms` names a plan dated after this one: a document can only keep what was said before it.',
  'reaffirms-other-party':
    "`reaffirms` names another party's plan: a party reaffirms only its own positions.",
  'reaffirms-cycle': '`reaffirms` links form a cycle.',
  placeholder: 'An example value from a `plans new` scaffold left in place (warning).',
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

/** A problem with the file as a whole (unreadable, too large), placed at 1:1. */
export function fileDiagnostic(file: string, code: DiagnosticCode, message: string): Diagnostic {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1, severity: 'error', code, message };
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

/** Deterministic order: by file, position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnits(a.file, b.file) || a.line - b.line || a.col - b.col || byCodeUnits(a.code, b.code);
}
