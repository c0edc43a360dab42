/**
 * GitHub-flavoured Markdown building blocks that cannot be broken by what a plan says.
 * Cell text is escaped so that `|`, backticks, emphasis markers, brackets, `<`/`>`, HTML,
 * entities, newlines and a trailing backslash all render as the text they are.
 * See https://github.github.com/gfm/#backslash-escapes and #tables-extension-.
 */
import { safeText, unsafeOneLine } from './terminal.js';

/**
 * Anything `mdText` would change — Markdown's own characters, a line start that would open a
 * list or heading, and whatever the terminal would neutralise: most cells (vocabulary words,
 * numbers, dates) hold none.
 */
const needsEscape = new RegExp(String.raw`[\&<>|\`*_[\]~#!]|${unsafeOneLine.source}|^[+\-=]|^\d+\.`);

/** Escape text for inline Markdown (a table cell, a list item, a heading). */
export function mdText(text: string): string {
  if (!needsEscape.test(text)) return text;
  return (
    safeText(text, { singleLine: false })
      // Backslash first, so the escapes added below are not escaped again.
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[|`*_[\]~#!]/g, (c) => `\\${c}`)
      .replace(/^([+\-=]|\d+\.)/, '\\$1')
      .replace(/\r?\n/g, '<br>')
  );
}

/** A link target safe inside `(…)` and inside a table cell. */
export function mdUrl(url: string): string {
  return encodeURI(decodeURISafe(url))
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function mdLink(text: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url) ? `[${mdText(text)}](${mdUrl(url)})` : mdText(text);
}

/** A GFM table: cells are already Markdown (escape them with `mdText`). Empty body cells show `—`. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[], empty: string) =>
    `| ${header.map((_, i) => (cells[i] === undefined || cells[i] === '' ? empty : cells[i])).join(' | ')} |`;
  return [line(header, ' '), `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => line(r, '—'))].join(
    '\n',
  );
}
