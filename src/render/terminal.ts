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

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the purpose
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, including tab and newline
export const unsafeOneLine = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Make untrusted text safe to print on a terminal. */
export function safeText(text: string, options: { singleLine?: boolean } = {}): string {
  if (options.singleLine) {
    return text.replace(/\r?\n/g, ' ').replace(/\t/g, ' ').replace(unsafeOneLine, escapeChar);
  }
  return text.replace(unsafe, escapeChar);
}
