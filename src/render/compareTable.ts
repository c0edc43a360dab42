/**
 * `plans compare --format table`: the matrix in cli-table3 grids that fit the terminal. When
 * the plans do not fit side by side, they are split into pages of as many columns as fit,
 * each page repeating the field and verdict columns.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import { cellText, compareSummaryLines, shortField } from './compareShared.js';
import type { RenderOptions } from './options.js';
import { newTable, tableText, wrapCell } from './tableLayout.js';
import { safeText } from './terminal.js';

const minPlanWidth = 14;

/** Plan columns per page, and the widths of field, plan and verdict columns. */
function layout(
  width: number,
  plans: number,
  longestField = 20,
): { perPage: number; field: number; plan: number; verdict: number } {
  const field = Math.max(12, Math.min(longestField + 2, 26, Math.floor(width * 0.25)));
  const verdict = 10;
  // Total width = sum of column widths + one border per column + 1.
  const room = (n: number) => width - field - verdict - (n + 3);
  let perPage = Math.max(1, Math.min(plans, Math.floor(room(plans) / minPlanWidth)));
  while (perPage > 1 && Math.floor(room(perPage) / perPage) < minPlanWidth) perPage--;
  const plan = Math.max(minPlanWidth, Math.floor(room(perPage) / perPage));
  return { perPage, field, plan, verdict };
}

export function renderCompareTable(result: CompareResult, options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const ids = result.plans.map((p) => p.id);
  const longest = Math.max(
    0,
    ...result.rows.map((r) => shortField(r.field).length),
    ...result.families.map((f) => f.family.length),
  );
  const { perPage, field, plan, verdict } = layout(options.width ?? 100, ids.length, longest);
  const pages: string[] = [];
  for (let start = 0; start < ids.length; start += perPage) {
    const slice = result.plans.slice(start, start + perPage);
    const table = newTable(
      ['', ...slice.map((p) => wrapCell(t(p.id), plan)), 'verdict'],
      [field, ...slice.map(() => plan), verdict],
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
          ...r.cells.slice(start, start + perPage).map((c) => (c ? wrapCell(t(cellText(c)), plan) : '—')),
          r.verdict === 'single' ? 'one plan' : r.verdict,
        ]);
      }
    }
    const label =
      ids.length > perPage
        ? `plans ${start + 1}–${Math.min(ids.length, start + perPage)} of ${ids.length}\n`
        : '';
    pages.push(`${label}${tableText(table, options.color)}`);
  }
  return `${pages.join('\n\n')}\n${compareSummaryLines(result).join('\n')}\n`;
}
