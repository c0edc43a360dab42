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
