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

/** Printable ASCII only: one cell per character, the common case measured without segmenting. */
const plainAscii = /^[\x20-\x7e]*$/;
/**
 * Code points a terminal draws two cells wide: East Asian Wide and Fullwidth (Hangul Jamo, CJK,
 * Hiragana, Katakana, Hangul syllables, compatibility ideographs, fullwidth forms) and emoji
 * shown as pictures (Unicode TR11 and UTS 51; condensed to the blocks text is likely to use).
 */
const wideStart =
  /^(?:\p{Emoji_Presentation}|[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}])/u;
/** A cluster of nothing visible: combining marks, format characters (ZWJ, ZWSP), controls. */
const invisible = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
let graphemes: Intl.Segmenter | undefined;
/**
 * Text whose every UTF-16 unit is a cluster of its own, one cell wide: no marks, format or
 * control characters, variation selectors, emoji, wide or astral characters, Hangul jamo, nor
 * the one prepending letter (U+0D4E). Latin, Cyrillic, Greek, dashes, quotes and arrows are.
 */
const oneCellEach =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class of code points; the variation selectors in it are excluded one by one, never combined
  /^[^\p{Mn}\p{Me}\p{Mc}\p{Cf}\p{Cc}\p{Cs}\p{Emoji_Presentation}\u0d4e\u1100-\u11ff\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe00-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{10000}-\u{10ffff}]*$/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const sgr = /\u001b\[[0-9;]*m/g;

/**
 * How many terminal cells `text` takes (one line): grapheme clusters, each one cell, two for
 * wide characters and emoji, none for a lone combining mark or format character, nor for the
 * colour codes the renderers add.
 */
export function displayWidth(input: string): number {
  if (plainAscii.test(input)) return input.length;
  const text = input.includes('\u001b') ? input.replace(sgr, '') : input;
  // Creating the segmenter costs ~15 ms (ICU data): most text needs none.
  if (oneCellEach.test(text)) return text.length;
  return segmentedWidth(text);
}

/** The width by grapheme clusters (what displayWidth computes when it must segment). */
export function segmentedWidth(text: string): number {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (invisible.test(segment)) continue;
    // A text-style symbol followed by VS16 (U+FE0F) is drawn as an emoji.
    width += wideStart.test(segment) || segment.includes('\ufe0f') ? 2 : 1;
  }
  return width;
}

/** `text` cut to at most `width` cells, ending in "…" when cut. */
export function clipText(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * One line of text (no newlines, no ANSI codes) broken at spaces into lines of at most `first`
 * cells, then `rest` cells. A word is never broken: one longer than its line stays whole and
 * overflows, so an id or a URL can still be read and copied.
 */
export function wrapWords(text: string, first: number, rest = first): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = displayWidth(word);
    const room = lines.length === 0 ? first : rest;
    if (line !== '' && used + 1 + w > room) {
      lines.push(line);
      line = word;
      used = w;
    } else {
      line = line === '' ? word : `${line} ${word}`;
      used += (used === 0 ? 0 : 1) + w;
    }
  }
  lines.push(line);
  return lines;
}

/** One line of text wrapped to `width` cells, the lines after the first indented by `indent`. */
export function wrapHanging(text: string, width: number, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  return wrapWords(text, width, width - indent).map((line, i) => (i === 0 ? line : pad + line));
}

/**
 * Every line of `text` longer than `width` cells broken at spaces (never inside a word), the
 * spacing of its first line kept. Lines after the first start under the value of a
 * `label  value` line (after its first gap of two spaces), else two cells in from the line's
 * own indentation. For renderers that build their lines first (show, history, position).
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => (displayWidth(line) <= width ? [line] : breakLine(line, width)))
    .join('\n');
}

function breakLine(line: string, width: number): string[] {
  const plain = line.replace(sgr, '');
  const lead = /^ */.exec(plain)![0].length;
  const value = /^ *\S.*? {2,}(?=\S)/.exec(plain)?.[0].length;
  const indent =
    value !== undefined && value * 2 <= width ? value : Math.min(lead + 2, Math.floor(width / 2));
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const [, spaces = '', word = ''] of line.matchAll(/( *)(\S+)/g)) {
    const w = displayWidth(word);
    if (current !== '' && used + spaces.length + w > width && used > indent) {
      lines.push(current);
      current = `${' '.repeat(indent)}${word}`;
      used = indent + w;
    } else {
      current += spaces + word;
      used += spaces.length + w;
    }
  }
  lines.push(current);
  return lines;
}
