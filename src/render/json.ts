/**
 * JSON for scripts, safe to print on a terminal: JSON.stringify already escapes C0 controls;
 * this also escapes DEL, C1 controls, bidi overrides and the line/paragraph separators, so
 * `plans … --format json` in a terminal cannot be turned against it either.
 */
const unsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
