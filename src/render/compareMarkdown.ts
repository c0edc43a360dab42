/**
 * `plans compare --format markdown`: a particulars table, one GFM table per clause family
 * (a row per field, a column per plan, the verdict last), a summary, and the sources behind
 * each plan as links under the tables.
 */
import type { CompareResult } from '../compare/comparePlans.js';
import { cellText, compareSummaryLines, legendLine, shortField, verdictText } from './compareShared.js';
import { mdTable, mdText, mdUrl, renderSourceList } from './markdown.js';
import type { RenderOptions } from './options.js';

export interface CompareMarkdownOptions extends RenderOptions {
  /** A map image to link under the particulars (relative path or URL). */
  readonly mapLink?: string;
}

export function renderCompareMarkdown(result: CompareResult, options: CompareMarkdownOptions): string {
  const ids = result.plans.map((p) => p.id);
  const head = ids.map((id) => mdText(id));
  const out: string[] = [];
  out.push(`## Comparison: ${ids.map((id) => mdText(id)).join(', ')}`);
  out.push('');
  out.push(
    mdTable(
      ['Plan', 'Title', 'Proposed by', 'Date', 'Status'],
      result.plans.map((p) => [
        mdText(p.id),
        mdText(p.title),
        mdText(p.proposed_by.join(', ')),
        p.date,
        p.status,
      ]),
    ),
  );
  if (options.mapLink) {
    out.push('', `![Territory by plan](${mdUrl(options.mapLink)})`);
  }
  for (const family of result.families) {
    const rows = result.rows.filter((r) => r.family === family.family);
    if (rows.length === 0) continue;
    out.push('', `### ${mdText(family.family)}`, '');
    out.push(
      mdTable(
        ['Field', ...head, 'Verdict'],
        rows.map((r) => [
          mdText(shortField(r.field)),
          ...r.cells.map((c) => (c ? mdText(cellText(c)) : '—')),
          r.verdict === 'differ' ? '**differ**' : mdText(verdictText(r, ids)),
        ]),
      ),
    );
  }
  out.push('', '### Summary', '');
  out.push(...compareSummaryLines(result).map((l) => `- ${mdText(l)}`));
  out.push('', `*${mdText(legendLine())}*`);
  if (options.sources === false) return `${out.join('\n')}\n`;
  out.push('', '### Sources');
  for (const id of ids) {
    const list = result.sources[id] ?? [];
    if (list.length === 0) continue;
    out.push('', `**${mdText(id)}**`, '', renderSourceList(list));
  }
  return `${out.join('\n')}\n`;
}
