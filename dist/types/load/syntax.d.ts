/**
 * YAML syntax errors in plain words, at the line a person would point to. The `yaml` library
 * reports what its parser met, which for the commonest slips is a line or two away from the
 * mistake and comes with echoes: an over-indented `key: value` under a plain value is "nested
 * mappings are not allowed in compact mappings" on the line above; one tab gives five errors.
 * This module recognises those slips and says what to do:
 *
 * - a line indented more (or less) than the key above it: on that line, naming that key;
 * - an unquoted ": " inside text: "quote this text", where the text starts;
 * - a tab in the indentation: one error on the tab's line.
 *
 * The errors that follow from an indentation mistake or an unclosed bracket within the same
 * block (lines until one indented less than the block) are dropped. Everything else is left to
 * `yaml.ts`.
 */
import type { YAMLError } from 'yaml';
/** A problem in plain words: where it is (an offset into the text) and what to do. */
export interface PlainSyntaxError {
    readonly at: number;
    readonly message: string;
}
/**
 * The problems in plain words for the slips above, and the errors left for the library's own
 * words (in order, without the dropped echoes).
 */
export declare function plainSyntaxErrors(text: string, errors: readonly YAMLError[]): {
    problems: PlainSyntaxError[];
    rest: YAMLError[];
};
