/**
 * `plans diff --format table`: the two plans side by side in a cli-table3 grid sized to the
 * terminal; long values wrap inside their cells.
 */
import type { PlanDiff } from '../diff/types.js';
import type { RenderOptions } from './options.js';
/**
 * Split `width` columns between a label column and value columns, borders included. Value
 * columns are at least as wide as the longest id they show (`longestId`), the label column
 * giving way first; only below that are ids clipped.
 */
export declare function columnWidths(width: number, valueColumns: number, longestId?: number, label?: number): number[];
export declare function renderDiffTable(diff: PlanDiff, options: RenderOptions): string;
