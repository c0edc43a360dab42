/**
 * Text from plan files goes to terminals and CI logs. Neutralise everything that could act
 * on the terminal instead of being shown: C0/C1 control characters (ESC starts CSI and OSC
 * sequences: clearing the screen, retitling the window, forging hyperlinks), carriage
 * returns and backspaces (overwriting what was printed), DEL, and bidi overrides (reordering
 * what the reader sees, CVE-2021-42574 "Trojan Source").
 *
 * Each such character is shown as a visible escape (`\x1b`, `\u202e`), so the reader can
 * see that something was there. Newlines and tabs are kept unless `singleLine` is set.
 */
export declare const unsafeOneLine: RegExp;
/** Make untrusted text safe to print on a terminal. */
export declare function safeText(text: string, options?: {
    singleLine?: boolean;
}): string;
/**
 * How many terminal cells `text` takes (one line): grapheme clusters, each one cell, two for
 * wide characters and emoji, none for a lone combining mark or format character, nor for the
 * colour codes the renderers add.
 */
export declare function displayWidth(input: string): number;
/** The width by grapheme clusters (what displayWidth computes when it must segment). */
export declare function segmentedWidth(text: string): number;
/** `text` cut to at most `width` cells, ending in "…" when cut. */
export declare function clipText(text: string, width: number): string;
/**
 * One line of text (no newlines, no ANSI codes) broken at spaces into lines of at most `first`
 * cells, then `rest` cells. A word is never broken: one longer than its line stays whole and
 * overflows, so an id or a URL can still be read and copied.
 */
export declare function wrapWords(text: string, first: number, rest?: number): string[];
/** One line of text wrapped to `width` cells, the lines after the first indented by `indent`. */
export declare function wrapHanging(text: string, width: number, indent?: number): string[];
/**
 * Every line of `text` longer than `width` cells broken at spaces (never inside a word), the
 * spacing of its first line kept. Lines after the first start under the value of a
 * `label  value` line (after its first gap of two spaces), else two cells in from the line's
 * own indentation. For renderers that build their lines first (show, history, position).
 */
export declare function wrapLines(text: string, width: number): string;
