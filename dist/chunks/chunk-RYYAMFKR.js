import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/render/terminal.ts
var unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, unsafeOneLine = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(ch) {
  let cp = ch.codePointAt(0);
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}
function safeText(text, options = {}) {
  return options.singleLine ? text.replace(/\r?\n/g, " ").replace(/\t/g, " ").replace(unsafeOneLine, escapeChar) : text.replace(unsafe, escapeChar);
}
var plainAscii = /^[\x20-\x7e]*$/, wideStart = new RegExp("^(?:\\p{Emoji_Presentation}|[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe10-\\ufe19\\ufe30-\\ufe6f\\uff00-\\uff60\\uffe0-\\uffe6\\u{1b000}-\\u{1b2ff}\\u{1f200}-\\u{1f2ff}\\u{20000}-\\u{3fffd}])", "u"), invisible = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u, graphemes, oneCellEach = (
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class of code points; the variation selectors in it are excluded one by one, never combined
  /^[^\p{Mn}\p{Me}\p{Mc}\p{Cf}\p{Cc}\p{Cs}\p{Emoji_Presentation}\u0d4e\u1100-\u11ff\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe00-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{10000}-\u{10ffff}]*$/u
), sgr = /\u001b\[[0-9;]*m/g;
function displayWidth(input) {
  if (plainAscii.test(input)) return input.length;
  let text = input.includes("\x1B") ? input.replace(sgr, "") : input;
  return oneCellEach.test(text) ? text.length : segmentedWidth(text);
}
function segmentedWidth(text) {
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let width = 0;
  for (let { segment } of graphemes.segment(text))
    invisible.test(segment) || (width += wideStart.test(segment) || segment.includes("\uFE0F") ? 2 : 1);
  return width;
}
function clipText(text, width) {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? "\u2026" : "";
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let out = "", used = 0;
  for (let { segment } of graphemes.segment(text)) {
    let w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment, used += w;
  }
  return `${out.trimEnd()}\u2026`;
}
function wrapWords(text, first, rest = first) {
  let lines = [], line = "", used = 0;
  for (let word of text.split(" ")) {
    if (word === "") continue;
    let w = displayWidth(word), room = lines.length === 0 ? first : rest;
    line !== "" && used + 1 + w > room ? (lines.push(line), line = word, used = w) : (line = line === "" ? word : `${line} ${word}`, used += (used === 0 ? 0 : 1) + w);
  }
  return lines.push(line), lines;
}
function wrapHanging(text, width, indent = 2) {
  let pad = " ".repeat(indent);
  return wrapWords(text, width, width - indent).map((line, i) => i === 0 ? line : pad + line);
}
function wrapLines(text, width) {
  return text.split(`
`).flatMap((line) => displayWidth(line) <= width ? [line] : breakLine(line, width)).join(`
`);
}
function breakLine(line, width) {
  let plain = line.replace(sgr, ""), lead = /^ */.exec(plain)[0].length, value = /^ *\S.*? {2,}(?=\S)/.exec(plain)?.[0].length, indent = value !== void 0 && value * 2 <= width ? value : Math.min(lead + 2, Math.floor(width / 2)), lines = [], current = "", used = 0;
  for (let [, spaces = "", word = ""] of line.matchAll(/( *)(\S+)/g)) {
    let w = displayWidth(word);
    current !== "" && used + spaces.length + w > width && used > indent ? (lines.push(current), current = `${" ".repeat(indent)}${word}`, used = indent + w) : (current += spaces + word, used += spaces.length + w);
  }
  return lines.push(current), lines;
}

export {
  unsafeOneLine,
  safeText,
  displayWidth,
  clipText,
  wrapWords,
  wrapHanging,
  wrapLines
};
