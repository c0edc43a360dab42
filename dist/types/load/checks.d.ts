/**
 * Rules one plan file can break even when every field has the right type: sources cited but
 * not declared, keys repeated in keyed lists, an id that differs from the file name; and
 * warnings (a source no clause cites, a clause that says nothing definite, control characters).
 */
import type { DiagnosticCode, Severity } from './diagnostic.js';
export interface PathProblem {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly message: string;
    readonly path: readonly (string | number)[];
    readonly target: 'key' | 'value';
}
export declare const controlCharacters: RegExp;
/**
 * Runs on the raw document (not only on a schema-valid plan), so that a file with a typo
 * and an undeclared source reports both at once. Reads defensively.
 */
export interface CheckOptions {
    /** Look for control characters in text values (false when the caller knows there are none). */
    readonly controlCharacters?: boolean;
}
export declare function checkPlan(raw: unknown, fileId: string | undefined, options?: CheckOptions): PathProblem[];
