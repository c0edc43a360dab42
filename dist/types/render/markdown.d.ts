/**
 * GitHub-flavoured Markdown building blocks that cannot be broken by what a plan says.
 * Cell text is escaped so that `|`, backticks, emphasis markers, brackets, `<`/`>`, HTML,
 * entities, newlines and a trailing backslash all render as the text they are.
 * See https://github.github.com/gfm/#backslash-escapes and #tables-extension-.
 */
import type { SourceRef } from '../schema/header.js';
/** Escape text for inline Markdown (a table cell, a list item, a heading). */
export declare function mdText(text: string): string;
/** `mdText` without its shortcut for text that needs no escape (exported for a test). */
export declare function escapeMarkdown(text: string): string;
/** A link target safe inside `(…)` and inside a table cell. */
export declare function mdUrl(url: string): string;
export declare function mdLink(text: string, url: string | undefined): string;
/** `markdown` (already escaped) as a link to `url` where that is a web address, else as it is. */
export declare function mdLinkTo(markdown: string, url: string | undefined): string;
/** A GFM table: cells are already Markdown (escape them with `mdText`). Empty body cells show `—`. */
export declare function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
/** Sources as a Markdown list, each key once. */
export declare function renderSourceList(sources: readonly SourceRef[]): string;
/** A source as a Markdown list item: its key, and its description linked to its URL. */
export declare function mdSourceLine(s: SourceRef): string;
