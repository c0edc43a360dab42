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
import { safeText } from './terminal.js';

/** Split `width` columns between a label column and value columns, borders included. */
export function columnWidths(width: number, valueColumns: number, label = 22): number[] {
  const borders = valueColumns + 2;
  const labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4)));
  const each = Math.max(10, Math.floor((width - borders - labelWidth) / valueColumns));
  return [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
}

function sideSummary(side: ClauseSide | undefined): string {
  if (!side) return '(silent)';
  return side.inherited ? `${side.summary} (kept from ${side.inherited.from})` : side.summary;
}

export function renderDiffTable(diff: PlanDiff, options: RenderOptions): string {
  const width = options.width ?? 100;
  const colWidths = columnWidths(width, 3);
  // Safe for the terminal, clipped and wrapped to its column (at spaces and after hyphens).
  const cell = (s: string, col: number) => wrapCell(safeText(s, { singleLine: true }), colWidths[col]!);
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
    table.push([
      'sources',
      cell(clause.left?.sources.map((s) => s.key).join(', ') ?? '', 1),
      cell(clause.right?.sources.map((s) => s.key).join(', ') ?? '', 2),
      '',
    ]);
  }
  return `${tableText(table, options.color)}\n${summaryLine(diff)}\n`;
}
