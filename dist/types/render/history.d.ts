import type { HistoryResult } from '../compare/history.js';
import type { RenderOptions } from './options.js';
export declare function renderHistoryText(h: HistoryResult, options: RenderOptions): string;
export declare function renderHistoryMarkdown(h: HistoryResult, _options: RenderOptions): string;
export declare function renderHistoryJson(h: HistoryResult, _options: RenderOptions): string;
