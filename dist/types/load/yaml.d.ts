/**
 * YAML text → a located document: the `yaml` library's node tree with a LineCounter, so every
 * value can be traced back to its line and column. Hostile input is bounded before any node
 * is built: the lexer is driven by hand so the token count can be capped, and the syntax tree's
 * depth is measured iteratively (the composer recurses and would exhaust the stack).
 */
import { type Document, LineCounter, type Node, type Pair } from 'yaml';
import type { DiagnosticCode, Severity } from './diagnostic.js';
export interface Problem {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly message: string;
    /** [start, end) offsets into the text. */
    readonly range: readonly [number, number];
    readonly path?: readonly (string | number)[];
}
export interface LocatedDocument {
    readonly text: string;
    readonly lineCounter: LineCounter;
    /**
     * Undefined when the text could not be turned into a single document, or when the tree
     * holds what must not be converted to values (aliases, custom tags, non-string keys).
     */
    readonly doc?: Document.Parsed;
    readonly problems: readonly Problem[];
}
/** Parse plan text (already decoded, BOM removed). Never throws for bad input. */
export declare function parseLocated(text: string): LocatedDocument;
/** The node at `path` and the pair that holds it (when its parent is a mapping). */
export declare function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): {
    node: Node | null | undefined;
    pair?: Pair;
    found: number;
};
/**
 * Offsets of the node a finding is about. `key` → the key of the pair at `path` (unknown
 * keys); `value` → the value (bad values); `owner` → the key of the mapping that contains
 * `path` (missing fields). Falls back to the deepest node that exists.
 */
export declare function rangeAt(doc: Document.Parsed, path: readonly PropertyKey[], target: 'key' | 'value' | 'owner'): [number, number];
