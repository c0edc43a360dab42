/**
 * `plans diff --format markdown`: GFM tables for a report. One table for the two plans'
 * particulars, one per differing family (each typed change, then both summaries and sources),
 * and the sources listed with their links at the end.
 */
import type { ClauseSide, PlanDiff, PlanHeader, SourceRef } from '../diff/types.js';
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine,
} from './describe.js';
import { mdLink, mdTable, mdText, renderSourceList } from './markdown.js';
import type { RenderOptions } from './options.js';

function headerRows(l: PlanHeader, r: PlanHeader): string[][] {
  return [
    ['Title', mdText(l.title), mdText(r.title)],
    ['Proposed by', mdText(l.proposed_by.join(', ')), mdText(r.proposed_by.join(', '))],
    ['Date', l.date, r.date],
    ['Status', l.status, r.status],
  ];
}

/** A side's summary, with where it is kept from when the plan inherits the whole family. */
function sideSummary(side: ClauseSide | undefined): string {
  if (!side) return '(silent)';
  return side.inherited
    ? `${side.summary} (kept from ${side.inherited.from}, ${side.inherited.date})`
    : side.summary;
}

function sourcesCell(side: ClauseSide | undefined): string {
  return side ? side.sources.map((s) => mdLink(s.key, s.url)).join(', ') : '';
}

export function renderDiffMarkdown(diff: PlanDiff, options: RenderOptions): string {
  const l = diff.left.id;
  const r = diff.right.id;
  const out: string[] = [];
  out.push(`## ${mdText(l)} → ${mdText(r)}`);
  out.push('');
  out.push(mdTable(['', mdText(l), mdText(r)], headerRows(diff.left, diff.right)));
  out.push('');
  out.push(`**${mdText(summaryLine(diff))}**`);

  const leftSources: SourceRef[] = [];
  const rightSources: SourceRef[] = [];
  for (const clause of diff.clauses) {
    if (clause.status === 'same' && !options.all) continue;
    out.push('');
    out.push(`### ${mdText(clause.clause)} — ${mdText(statusLabel(clause, diff))}`);
    out.push('');
    const rows = clause.changes
      .filter((ch) => !isClauseSummary(ch))
      .map((ch) => [
        mdText(fieldLabel(ch)),
        mdText(sideValue(ch, ch.left)),
        mdText(sideValue(ch, ch.right)),
        mdText(changeColumn(ch)),
      ]);
    rows.push(['*summary*', mdText(sideSummary(clause.left)), mdText(sideSummary(clause.right)), '']);
    if (options.sources !== false)
      rows.push(['*sources*', sourcesCell(clause.left), sourcesCell(clause.right), '']);
    out.push(mdTable(['Field', mdText(l), mdText(r), 'Change'], rows));
    leftSources.push(...(clause.left?.sources ?? []));
    rightSources.push(...(clause.right?.sources ?? []));
    for (const ch of clause.changes) {
      leftSources.push(...(ch.inherited?.left?.sources ?? []));
      rightSources.push(...(ch.inherited?.right?.sources ?? []));
    }
  }
  if (options.sources !== false && leftSources.length + rightSources.length > 0) {
    out.push('');
    out.push('### Sources');
    for (const [id, list] of [
      [l, leftSources],
      [r, rightSources],
    ] as const) {
      if (list.length === 0) continue;
      out.push('');
      out.push(`**${mdText(id)}**`);
      out.push('');
      out.push(renderSourceList(list));
    }
  }
  return `${out.join('\n')}\n`;
}
