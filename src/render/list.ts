/** `plans list`: one row per plan — id, title, proposers, date, status, families addressed. */
import Table from 'cli-table3';
import { families, type Plan } from '../schema/plan.js';
import { jsonText } from './json.js';
import { mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { safeText } from './terminal.js';

export const listVersion = 1 as const;

export interface ListEntry {
  readonly id: string;
  readonly title: string;
  readonly proposed_by: readonly string[];
  readonly date: string;
  readonly status: string;
  readonly revises?: string;
  readonly families: readonly string[];
  readonly file: string;
}

export function listEntry(plan: Plan, file: string): ListEntry {
  return {
    id: plan.id,
    title: plan.title,
    proposed_by: plan.proposed_by,
    date: plan.date,
    status: plan.status,
    ...(plan.revises ? { revises: plan.revises } : {}),
    families: families.filter((f) => plan.clauses[f] !== undefined),
    file,
  };
}

export function renderListTable(entries: readonly ListEntry[], options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const width = options.width ?? 100;
  const idW = Math.max(4, ...entries.map((e) => e.id.length)) + 2;
  const fixed = idW + 12 + 13 + 7;
  const rest = Math.max(30, width - fixed);
  const table = new Table({
    head: ['id', 'title / proposed by', 'date', 'status', 'families'],
    colWidths: [idW, Math.floor(rest * 0.6), 12, 13, Math.ceil(rest * 0.4)],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
  });
  for (const e of entries) {
    table.push([
      e.id,
      `${t(e.title)}\n(${t(e.proposed_by.join(', '))})`,
      e.date,
      e.status,
      `${e.families.length}: ${e.families.join(' ')}`,
    ]);
  }
  return `${table.toString()}\n${entries.length} ${entries.length === 1 ? 'plan' : 'plans'}\n`;
}

export function renderListMarkdown(entries: readonly ListEntry[], _options: RenderOptions): string {
  return `${mdTable(
    ['id', 'Title', 'Proposed by', 'Date', 'Status', 'Families'],
    entries.map((e) => [
      `\`${e.id}\``,
      mdText(e.title),
      mdText(e.proposed_by.join(', ')),
      e.date,
      e.status,
      mdText(e.families.join(', ')),
    ]),
  )}\n`;
}

export function renderListJson(entries: readonly ListEntry[], _options: RenderOptions): string {
  return jsonText({ version: listVersion, plans: entries });
}
