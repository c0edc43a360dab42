/**
 * `plans diff --format table`: the two plans side by side in a cli-table3 grid sized to the
 * terminal; long values wrap inside their cells.
 */
import type { ClauseSide, PlanDiff } from '../diff/types.js';
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine,
} from './describe.js';
import type { RenderOptions } from './options.js';
import { newTable, tableText, wrapCell } from './tableLayout.js';
import { displayWidth, safeText, wrapHanging } from './terminal.js';

/**
 * Split `width` columns between a label column and value columns, borders included. Value
 * columns are at least as wide as the longest id they show (`longestId`), the label column
 * giving way first; only below that are ids clipped.
 */
export function columnWidths(width: number, valueColumns: number, longestId = 0, label = 22): number[] {
  const borders = valueColumns + 2;
  const least = Math.max(10, longestId + 2) * valueColumns;
  let labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4)));
  const short = least - (width - borders - labelWidth);
  if (short > 0) labelWidth = Math.max(10, labelWidth - short);
  const room = width - borders - labelWidth;
  const each = Math.max(6, Math.floor(room / valueColumns));
  const widths = [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
  widths[valueColumns] = Math.max(6, room - each * (valueColumns - 1));
  return widths;
}

/** The plans a diff's inherited values and clauses come from. */
function inheritedFrom(diff: PlanDiff): string[] {
  return diff.clauses
    .flatMap((c) => [
      c.left?.inherited?.from ?? '',
      c.right?.inherited?.from ?? '',
      ...c.changes.flatMap((ch) => [ch.inherited?.left?.from ?? '', ch.inherited?.right?.from ?? '']),
    ])
    .filter(Boolean);
}

function sideSummary(side: ClauseSide | undefined): string {
  if (!side) return '(silent)';
  return side.inherited ? `${side.summary} (kept from ${side.inherited.from})` : side.summary;
}

export function renderDiffTable(diff: PlanDiff, options: RenderOptions): string {
  const width = options.width ?? 100;
  const t = (s: string) => safeText(s, { singleLine: true });
  const ids = [diff.left.id, diff.right.id, ...inheritedFrom(diff)].map(t);
  const colWidths = columnWidths(width, 3, Math.max(...ids.map(displayWidth)));
  // Safe for the terminal, wrapped to its column (at spaces and after hyphens), ids kept whole.
  const keep = new Set(ids);
  const cell = (s: string, col: number) => wrapCell(t(s), colWidths[col]!, keep);
  const table = newTable(
    ['', cell(diff.left.id, 1), cell(diff.right.id, 2), 'change'],
    colWidths,
    options.color,
  );
  table.push(['title', cell(diff.left.title, 1), cell(diff.right.title, 2), '']);
  table.push([
    'date · status',
    cell(`${diff.left.date} · ${diff.left.status}`, 1),
    cell(`${diff.right.date} · ${diff.right.status}`, 2),
    '',
  ]);
  for (const clause of diff.clauses) {
    if (clause.status === 'same' && !options.all) continue;
    table.push([{ colSpan: 4, content: `${clause.clause} — ${statusLabel(clause, diff)}` }]);
    for (const ch of clause.changes) {
      if (isClauseSummary(ch)) continue;
      table.push([
        cell(fieldLabel(ch), 0),
        cell(sideValue(ch, ch.left), 1),
        cell(sideValue(ch, ch.right), 2),
        cell(changeColumn(ch), 3),
      ]);
    }
    table.push(['summary', cell(sideSummary(clause.left), 1), cell(sideSummary(clause.right), 2), '']);
    if (options.sources === false) continue;
    table.push([
      'sources',
      cell(clause.left?.sources.map((s) => s.key).join(', ') ?? '', 1),
      cell(clause.right?.sources.map((s) => s.key).join(', ') ?? '', 2),
      '',
    ]);
  }
  return `${tableText(table, options.color)}\n${wrapHanging(t(summaryLine(diff)), width).join('\n')}\n`;
}
