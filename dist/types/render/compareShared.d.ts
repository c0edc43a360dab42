/** Words shared by the compare renderers. */
import type { Cell, CompareResult, CompareRow } from '../compare/comparePlans.js';
export declare function verdictText(row: CompareRow, planIds: readonly string[]): string;
/** A cell as shown: its text, and where an inherited value comes from. */
export declare function cellText(cell: Cell): string;
/** Closing lines: the counts, common ground, most contested, silence, what is inherited. */
export declare function compareSummaryLines(result: CompareResult): string[];
/** The legend of the summary's words, in one line. */
export declare function legendLine(): string;
/** Row labels without the `territories.` prefix: the family heading already says recognition. */
export declare function shortField(field: string): string;
