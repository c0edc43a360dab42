/**
 * `plans compare --format table`: the matrix in cli-table3 grids that fit the terminal. When
 * the plans do not fit side by side, they are split into pages (see `compareLayout`), each
 * page repeating the field and verdict columns.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import type { RenderOptions } from './options.js';
export interface CompareLayout {
    readonly field: number;
    /** Each page: the index of its first plan, how many plans, and their column width. */
    readonly pages: readonly {
        readonly start: number;
        readonly count: number;
        readonly plan: number;
    }[];
}
/**
 * Pages of plan columns that fit `width`, each column at least as wide as the ids on its page
 * (an id is never broken), and the field column's width. Plans are packed in order as many
 * to a page as fit, then spread evenly over that many pages when they still fit (four plans
 * make two pages of two, not three and a lone column). Only a page of one plan whose id is
 * longer than the whole width allows has its id clipped.
 */
export declare function compareLayout(width: number, idWidths: readonly number[], longestField?: number): CompareLayout;
export declare function renderCompareTable(result: CompareResult, options: RenderOptions): string;
