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
export declare const diagnosticCodes: {
    readonly 'yaml-syntax': 'The file is not well-formed YAML.';
    readonly 'duplicate-key': 'A mapping repeats a key.';
    readonly 'too-large': 'The file is larger than the size limit.';
    readonly 'too-complex': 'The document is nested too deeply or has too many nodes.';
    readonly encoding: 'The file is not valid UTF-8.';
    readonly 'forbidden-character': 'The file holds a character YAML does not allow (NUL and other control codes).';
    readonly 'multiple-documents': 'The file holds more than one YAML document.';
    readonly alias: 'Anchors, aliases and merge keys are not allowed in plan files.';
    readonly tag: 'Custom or unsupported YAML tags are not allowed.';
    readonly 'key-type': 'A mapping key is not a plain string.';
    readonly 'not-a-mapping': 'The document (or a clause) is not a mapping.';
    readonly 'unknown-key': 'A key the format does not define.';
    readonly enum: 'A value outside a closed vocabulary.';
    readonly type: 'A value of the wrong type.';
    readonly format: 'A value with the wrong shape (date, duration, id, URL …).';
    readonly required: 'A required field is missing.';
    readonly 'requires-field': "A field required by another field's value is missing.";
    readonly 'too-small': 'An empty list or string, or a number below its minimum.';
    readonly 'too-big': 'A value above its maximum length or size.';
    readonly 'duplicate-entry': 'Two list entries share a key (topic, proposer, field).';
    readonly 'undeclared-source': 'A clause cites a source key the plan does not declare.';
    readonly 'id-mismatch': 'The id does not match the file name.';
    readonly 'duplicate-id': 'Two files declare the same id.';
    readonly 'unknown-revises': '`revises` names a plan that does not exist.';
    readonly 'revises-cycle': '`revises` links form a cycle.';
    readonly 'revises-newer': '`revises` names a plan dated after this one (warning).';
    readonly 'unused-source': 'A declared source no clause cites (warning).';
    readonly 'all-unspecified': 'A clause whose typed values are all `unspecified`, with no note saying why (warning).';
    readonly 'control-character': 'Text holds terminal control characters (warning); they are neutralised on output.';
    readonly 'symlink-outside': 'A symbolic link that leaves the directory being validated; not read.';
    readonly 'read-error': 'The file could not be read.';
    readonly 'plan-format': 'The file declares a plan format this version does not read.';
    readonly 'format-1': 'The file is written in plan format 1; it is read as format 2 (warning): `plans migrate` rewrites it.';
    readonly 'unknown-reaffirms': '`reaffirms` names a plan that does not exist.';
    readonly 'reaffirms-later': '`reaffirms` names a plan dated after this one: a document can only keep what was said before it.';
    readonly 'reaffirms-other-party': "`reaffirms` names another party's plan: a party reaffirms only its own positions.";
    readonly 'reaffirms-cycle': '`reaffirms` links form a cycle.';
    readonly placeholder: 'An example value from a `plans new` scaffold left in place (warning).';
};
export type DiagnosticCode = keyof typeof diagnosticCodes;
/** A problem with the file as a whole (unreadable, too large), placed at 1:1. */
export declare function fileDiagnostic(file: string, code: DiagnosticCode, message: string): Diagnostic;
export declare function isError(d: Diagnostic): boolean;
/** Deterministic order: by file, position, then code. */
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
