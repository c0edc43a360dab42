/**
 * `plans compare --format table`: the matrix in cli-table3 grids that fit the terminal. When
 * the plans do not fit side by side, they are split into pages of as many columns as fit,
 * each page repeating the field and verdict columns.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import type { RenderOptions } from './options.js';
export declare function renderCompareTable(result: CompareResult, options: RenderOptions): string;
