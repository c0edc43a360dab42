/**
 * cli-table3 helpers shared by the terminal table formats: a compact border set (no rule
 * between rows) and wrapping that breaks after hyphens as well as at spaces, so vocabulary
 * values such as `russian-de-facto` wrap at their hyphens instead of mid-word.
 */
import Table from 'cli-table3';
/**
 * A table as every terminal format draws one: the header cyan and the borders grey when
 * `color` is on, compact borders (no rule between rows) when asked, and none of cli-table3's
 * own colours (see `plainStyle`).
 */
export declare function newTable(head: readonly string[], colWidths: number[], color: boolean | undefined, compact?: boolean): Table.Table;
/** The drawn table; with colour, a run of grey border characters is one grey span. */
export declare function tableText(table: {
    toString(): string;
}, color: boolean | undefined): string;
/**
 * Wrap `text` into lines of at most `width` cells (the cell's width minus its padding), at
 * spaces and inside words after hyphens, slashes and the like, so vocabulary values such as
 * `russian-de-facto` wrap at their hyphens and field paths at their dots. A word named in `keep` (plan ids) is never split, nor is any other part of a
 * word: what is longer than the line is clipped with "…".
 */
export declare function wrapCell(input: string, width: number, keep?: ReadonlySet<string>): string;
