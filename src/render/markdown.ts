/**
 * GitHub-flavoured Markdown building blocks that cannot be broken by what a plan says.
 * Cell text is escaped so that `|`, backticks, emphasis markers, brackets, `<`/`>`, HTML,
 * entities, newlines and a trailing backslash all render as the text they are.
 * See https://github.github.com/gfm/#backslash-escapes and #tables-extension-.
 */
import type { SourceRef } from '../schema/header.js';
import { sourceText } from './describe.js';
import { safeText, unsafeOneLine } from './terminal.js';

/**
 * Anything `mdText` would change — Markdown's own characters (a backslash too: before
 * punctuation it would escape it, `C:\(x)` showing as `C:(x)`), a line start that would open a
 * list or heading, and whatever the terminal would neutralise: most cells (vocabulary words,
 * numbers, dates) hold none.
 */
const markdownCharacter = new RegExp(String.raw`[\\&<>|\`*_[\]~#!${unsafeOneLine.source.slice(1, -1)}]`);
const markdownLineStart = /^(?:[+\-=]|\d+\.)/;

/** Escape text for inline Markdown (a table cell, a list item, a heading). */
export function mdText(text: string): string {
  // One character class, then the anchored start: much cheaper than one alternation, which
  // tries every branch at every position.
  if (!markdownCharacter.test(text) && !markdownLineStart.test(text)) return text;
  return escapeMarkdown(text);
}

/** `mdText` without its shortcut for text that needs no escape (exported for a test). */
export function escapeMarkdown(text: string): string {
  // A list marker: `\-` for a bullet, `1\.` for a number (a backslash before a digit would show).
  return escapeInline(text)
    .replace(/^[+\-=]/, '\\$&')
    .replace(/^(\d+)\./, '$1\\.');
}

/** Every escape but the list marker's. */
function escapeInline(text: string): string {
  // Punctuation first (a backslash before each, the backslash itself too), so that the
  // backslashes added here and the entities and line breaks added below are not escaped again.
  let t = safeText(text, { singleLine: false }).replace(/[\\`*_[\]~#!|]/g, '\\$&');
  if (t.includes('&')) t = t.replace(/&/g, '&amp;');
  if (t.includes('<')) t = t.replace(/</g, '&lt;');
  if (t.includes('>')) t = t.replace(/>/g, '&gt;');
  return t.includes('\n') ? t.replace(/\r?\n/g, '<br>') : t;
}

/**
 * Characters that `encodeURI` leaves alone, less the ones `mdUrl` escapes after it: a URL made
 * of these alone (most are) is its own answer.
 */
const plainUrl = /^[\w\-.!~*';/?:@&=+$,#]*$/;

/** A link target safe inside `(…)` and inside a table cell. */
export function mdUrl(url: string): string {
  if (plainUrl.test(url)) return url;
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
  return mdLinkTo(mdText(text), url);
}

/** `markdown` (already escaped) as a link to `url` where that is a web address, else as it is. */
export function mdLinkTo(markdown: string, url: string | undefined): string {
  return url && (url.startsWith('https://') || url.startsWith('http://'))
    ? `[${markdown}](${mdUrl(url)})`
    : markdown;
}

/** A GFM table: cells are already Markdown (escape them with `mdText`). Empty body cells show `—`. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines: string[] = [mdRow(header, header.length, ' '), `|${'---|'.repeat(header.length)}`];
  for (const r of rows) lines.push(mdRow(r, header.length, '—'));
  return lines.join('\n');
}

/** One table line of `width` cells; missing or empty cells show `empty`. */
function mdRow(cells: readonly string[], width: number, empty: string): string {
  const filled = Array.from({ length: width }, (_, i) => cells[i] || empty);
  return `| ${filled.join(' | ')} |`;
}

/** Sources as a Markdown list, each key once. */
export function renderSourceList(sources: readonly SourceRef[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const s of sources) {
    if (seen.has(s.key)) continue;
    seen.add(s.key);
    lines.push(mdSourceLine(s));
  }
  return lines.join('\n');
}

/** A source as a Markdown list item: its key, and its description linked to its URL. */
export function mdSourceLine(s: SourceRef): string {
  return `- **${mdText(s.key)}**: ${mdLink(sourceText(s), s.url)}`;
}
