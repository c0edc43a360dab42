/**
 * `plans compare --format table`: the matrix in cli-table3 grids that fit the terminal. When
 * the plans do not fit side by side, they are split into pages (see `compareLayout`), each
 * page repeating the field and verdict columns.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import { cellText, compareSummaryLines, shortField } from './compareShared.js';
import type { RenderOptions } from './options.js';
import { newTable, tableText, wrapCell } from './tableLayout.js';
import { displayWidth, safeText, wrapHanging } from './terminal.js';

const minPlanWidth = 14;
const verdictWidth = 10;

export interface CompareLayout {
  readonly field: number;
  /** Each page: the index of its first plan, how many plans, and their column width. */
  readonly pages: readonly { readonly start: number; readonly count: number; readonly plan: number }[];
}

/**
 * Pages of plan columns that fit `width`, each column at least as wide as the ids on its page
 * (an id is never broken), and the field column's width. Plans are packed in order as many
 * to a page as fit, then spread evenly over that many pages when they still fit (four plans
 * make two pages of two, not three and a lone column). Only a page of one plan whose id is
 * longer than the whole width allows has its id clipped.
 */
export function compareLayout(width: number, idWidths: readonly number[], longestField = 20): CompareLayout {
  const longestId = Math.max(0, ...idWidths);
  let field = Math.max(12, Math.min(longestField + 2, 26, Math.floor(width * 0.25)));
  // Total width = sum of column widths + one border per column + 1.
  const room = (n: number) => width - field - verdictWidth - (n + 3);
  // At the narrowest widths the field column gives way first, then the ids are clipped.
  const widest = Math.max(minPlanWidth, longestId + 2);
  if (room(1) < widest) field = Math.max(10, field - (widest - room(1)));
  // The narrowest a page's plan columns may be: as wide as its longest id, or all there is.
  const least = (start: number, count: number) =>
    Math.max(minPlanWidth, ...idWidths.slice(start, start + count).map((w) => w + 2));
  const fits = (start: number, count: number) =>
    count === 1 || Math.floor(room(count) / count) >= least(start, count);
  const greedy: number[] = [];
  for (let start = 0; start < idWidths.length; ) {
    let count = 1;
    while (start + count < idWidths.length && fits(start, count + 1)) count++;
    greedy.push(count);
    start += count;
  }
  const even = Array.from({ length: greedy.length }, (_, i) =>
    Math.floor((idWidths.length + i) / greedy.length),
  ).reverse();
  const starts = (counts: number[]) => counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));
  const counts = starts(even).every((start, i) => fits(start, even[i]!)) ? even : greedy;
  const pages = starts(counts).map((start, i) => {
    const count = counts[i]!;
    return {
      start,
      count,
      plan: Math.max(Math.min(least(start, count), room(1)), Math.floor(room(count) / count)),
    };
  });
  return { field, pages };
}

export function renderCompareTable(result: CompareResult, options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const ids = result.plans.map((p) => p.id);
  const longest = Math.max(
    0,
    ...result.rows.map((r) => shortField(r.field).length),
    ...result.families.map((f) => f.family.length),
  );
  const width = options.width ?? 100;
  const { field, pages: layout } = compareLayout(
    width,
    ids.map((id) => displayWidth(t(id))),
    longest,
  );
  // Ids (in the header and in "(from …)") are never split across lines.
  const keep = new Set([...ids, ...result.rows.flatMap((r) => r.cells.map((c) => c?.from ?? ''))].map(t));
  const pages: string[] = [];
  for (const { start, count, plan } of layout) {
    const slice = result.plans.slice(start, start + count);
    const table = newTable(
      ['', ...slice.map((p) => wrapCell(t(p.id), plan, keep)), 'verdict'],
      [field, ...slice.map(() => plan), verdictWidth],
      options.color,
      true,
    );
    table.push(['', ...slice.map((p) => `${p.date}\n${p.status}`), '']);
    for (const family of result.families) {
      const rows = result.rows.filter((r) => r.family === family.family);
      if (rows.length === 0) continue;
      const heading = options.color ? `\u001b[1m${family.family}\u001b[22m` : family.family.toUpperCase();
      table.push([heading, ...slice.map(() => ''), '']);
      for (const r of rows) {
        table.push([
          wrapCell(t(shortField(r.field)), field),
          ...r.cells.slice(start, start + count).map((c) => (c ? wrapCell(t(cellText(c)), plan, keep) : '—')),
          r.verdict === 'single' ? 'one plan' : r.verdict,
        ]);
      }
    }
    const which = count === 1 ? `plan ${start + 1}` : `plans ${start + 1}–${start + count}`;
    const label = layout.length > 1 ? `${which} of ${ids.length}\n` : '';
    pages.push(`${label}${tableText(table, options.color)}`);
  }
  const summary = compareSummaryLines(result).flatMap((line) => wrapHanging(t(line), width));
  return `${pages.join('\n\n')}\n${summary.join('\n')}\n`;
}
