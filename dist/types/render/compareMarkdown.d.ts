/**
 * `plans compare --format markdown`: a particulars table, one GFM table per clause family
 * (a row per field, a column per plan, the verdict last), a summary, and the sources behind
 * each plan as links under the tables.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import type { RenderOptions } from './options.js';
export interface CompareMarkdownOptions extends RenderOptions {
    /** A map image to link under the particulars (relative path or URL). */
    readonly mapLink?: string;
}
export declare function renderCompareMarkdown(result: CompareResult, options: CompareMarkdownOptions): string;
