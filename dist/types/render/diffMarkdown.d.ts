/**
 * `plans diff --format markdown`: GFM tables for a report. One table for the two plans'
 * particulars, one per differing family (each typed change, then both summaries and sources),
 * and the sources listed with their links at the end.
 */
import type { PlanDiff } from '../diff/types.js';
import type { RenderOptions } from './options.js';
export declare function renderDiffMarkdown(diff: PlanDiff, options: RenderOptions): string;
