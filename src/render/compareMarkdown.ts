/**
 * `plans compare --format markdown`: a particulars table, one GFM table per clause family
 * (a row per field, a column per plan, the verdict last), a summary, and the sources behind
 * each plan as links under the tables.
 */
import type { Cell, CompareResult } from '../compare/comparePlans.js';
import { compareSummaryLines, shortField, verdictText } from './compareShared.js';
import { renderSourceList } from './diffMarkdown.js';
import { mdTable, mdText, mdUrl } from './markdown.js';
import type { RenderOptions } from './options.js';

export interface CompareMarkdownOptions extends RenderOptions {
  /** A map image to link under the particulars (relative path or URL). */
  readonly mapLink?: string;
}

/** The report in parts, to be written one after another (a large report need not be one string). */
export function renderCompareMarkdownParts(result: CompareResult, options: CompareMarkdownOptions): string[] {
  const ids = result.plans.map((p) => p.id);
  // Equal cells are one object (see CompareBuilder): each is escaped once.
  const escaped = new Map<Cell, string>();
  const cellText = (c: Cell): string => {
    let text = escaped.get(c);
    if (text === undefined) {
      text = mdText(c.text);
      escaped.set(c, text);
    }
    return text;
  };
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
        rows.map((r) => {
          // Indexed and sized ahead: a row has a cell per plan, thousands with `--all`. (As a
          // `for…of` loop pushing to a growing array, this allocated 7 MB of iterator results
          // and copies for 2,000 plans: the function runs too few times to be optimised early.)
          const { cells } = r;
          const line = new Array<string>(cells.length + 2);
          line[0] = mdText(shortField(r.field));
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i];
            line[i + 1] = c ? cellText(c) : '—';
          }
          line[cells.length + 1] = r.verdict === 'differ' ? '**differ**' : mdText(verdictText(r, ids));
          return line;
        }),
      ),
    );
  }
  out.push('', '### Summary', '');
  out.push(...compareSummaryLines(result).map((l) => `- ${mdText(l)}`));
  out.push('', '### Sources');
  for (const id of ids) {
    const list = result.sources[id] ?? [];
    if (list.length === 0) continue;
    out.push('', `**${mdText(id)}**`, '', renderSourceList(list));
  }
  const parts: string[] = [];
  for (const block of out) parts.push(block, '\n');
  return parts;
}
