/**
 * `plans diff --format table`: the two plans side by side in a cli-table3 grid sized to the
 * terminal; long values wrap inside their cells.
 */
import Table from 'cli-table3';
import type { PlanDiff } from '../diff/types.js';
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine,
} from './describe.js';
import type { RenderOptions } from './options.js';
import { safeText } from './terminal.js';

/** Split `width` columns between a label column and value columns, borders included. */
export function columnWidths(width: number, valueColumns: number, label = 22): number[] {
  const borders = valueColumns + 2;
  const labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4)));
  const each = Math.max(10, Math.floor((width - borders - labelWidth) / valueColumns));
  return [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
}

export function renderDiffTable(diff: PlanDiff, options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const width = options.width ?? 100;
  const colWidths = columnWidths(width, 3);
  const table = new Table({
    head: ['', t(diff.left.id), t(diff.right.id), 'change'],
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
  });
  table.push(['title', t(diff.left.title), t(diff.right.title), '']);
  table.push([
    'date · status',
    `${diff.left.date} · ${diff.left.status}`,
    `${diff.right.date} · ${diff.right.status}`,
    '',
  ]);
  for (const clause of diff.clauses) {
    if (clause.status === 'same' && !options.all) continue;
    table.push([{ colSpan: 4, content: `${clause.clause} — ${statusLabel(clause, diff)}` }]);
    for (const ch of clause.changes) {
      if (isClauseSummary(ch)) continue;
      table.push([
        t(fieldLabel(ch)),
        t(sideValue(ch, ch.left)),
        t(sideValue(ch, ch.right)),
        changeColumn(ch),
      ]);
    }
    table.push([
      'summary',
      t(clause.left?.summary ?? '(silent)'),
      t(clause.right?.summary ?? '(silent)'),
      '',
    ]);
    table.push([
      'sources',
      t(clause.left?.sources.map((s) => s.key).join(', ') ?? ''),
      t(clause.right?.sources.map((s) => s.key).join(', ') ?? ''),
      '',
    ]);
  }
  return `${table.toString()}\n${summaryLine(diff)}\n`;
}
