/** `plans list`: one row per plan — id, title, proposers, date, status, families addressed. */

import { families } from '../schema/families.js';
import { planHeader } from '../schema/header.js';
import type { Plan } from '../schema/plan.js';
import { jsonText } from './json.js';
import { mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { newTable, tableText, wrapCell } from './tableLayout.js';
import { displayWidth, safeText, wrapHanging } from './terminal.js';

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
  /** Where the plan comes from: the user's plans directory, or the plans bundled with the tool. */
  readonly origin: 'user' | 'bundled';
}

export function listEntry(plan: Plan, file: string, origin: ListEntry['origin'] = 'user'): ListEntry {
  return {
    ...planHeader(plan),
    families: families.filter((f) => plan.clauses[f] !== undefined),
    file,
    origin,
  };
}

/** The closing line's count, saying where the plans come from when they come from both places. */
function countLine(entries: readonly ListEntry[]): string {
  const n = (k: number) => `${k} ${k === 1 ? 'plan' : 'plans'}`;
  const bundled = entries.filter((e) => e.origin === 'bundled').length;
  if (bundled === 0 || bundled === entries.length) return n(entries.length);
  return `${n(entries.length)}: ${entries.length - bundled} yours, ${bundled} bundled (marked *)`;
}

/** The id as listed: a bundled plan is marked when the list mixes the user's and bundled plans. */
function listedId(e: ListEntry, entries: readonly ListEntry[]): string {
  const mixed = entries.some((x) => x.origin === 'user') && entries.some((x) => x.origin === 'bundled');
  return mixed && e.origin === 'bundled' ? `${e.id}*` : e.id;
}

/** One letter per clause family, in canonical order, for the compact `families` column. */
export const familyLetters: Record<(typeof families)[number], string> = {
  sovereignty: 'V',
  ceasefire: 'C',
  recognition: 'R',
  elections: 'E',
  neutrality: 'N',
  security_package: 'G',
  sanctions: 'S',
  economy: 'M',
  energy_transit: 'T',
  implementation: 'I',
  signatories: 'P',
  accountability: 'A',
  humanitarian: 'H',
  rights: 'L',
  other: 'O',
};

/** "VCRE·GS…": a letter where the plan addresses the family, a dot where it is silent. */
function familyMarks(addressed: readonly string[]): string {
  return families.map((f) => (addressed.includes(f) ? familyLetters[f] : '·')).join('');
}

/** Narrowest title column before the table gives up another column for it. */
const minTitle = { full: 28, stacked: 20 };

/**
 * Which columns `plans list` shows at `width`, and how wide. The id column always fits the
 * longest id (an id is never broken); the title takes what is left. When that is too little,
 * date and status share one column, then the families column goes, then date and status.
 */
export function listColumns(
  width: number,
  idWidth: number,
): { title: number; dates: 'apart' | 'stacked' | 'none'; families: boolean } {
  const titleRoom = (taken: number, columns: number) => width - taken - (columns + 1);
  if (titleRoom(idWidth + 12 + 13 + 17, 5) >= minTitle.full)
    return { title: titleRoom(idWidth + 42, 5), dates: 'apart', families: true };
  if (titleRoom(idWidth + 13 + 17, 4) >= minTitle.stacked)
    return { title: titleRoom(idWidth + 30, 4), dates: 'stacked', families: true };
  if (titleRoom(idWidth + 13, 3) >= minTitle.stacked)
    return { title: titleRoom(idWidth + 13, 3), dates: 'stacked', families: false };
  return { title: Math.max(12, titleRoom(idWidth, 2)), dates: 'none', families: false };
}

export function renderListTable(entries: readonly ListEntry[], options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const width = options.width ?? 100;
  if (options.brief) {
    // As wide as it can be: date and status apart, then stacked, then without the proposers.
    const longest = Math.max(4, ...entries.map((e) => displayWidth(t(listedId(e, entries))))) + 2;
    const apart = width - longest - 12 - 13 - 5;
    const stacked = width - longest - 13 - 4;
    const layout = apart >= 12 ? 'apart' : stacked >= 12 ? 'stacked' : 'none';
    const idW = layout === 'none' ? Math.max(8, Math.min(longest, width - 13 - 3)) : longest;
    const head = ['id', ...(layout === 'apart' ? ['date', 'status'] : ['date\nstatus'])];
    const widths = [idW, ...(layout === 'apart' ? [12, 13] : [13])];
    if (layout !== 'none') head.push('proposed by');
    if (layout !== 'none') widths.push(layout === 'apart' ? apart : stacked);
    const table = newTable(head, widths, options.color, true);
    for (const e of entries) {
      const id = t(listedId(e, entries));
      const row = [wrapCell(id, idW, new Set([id]))];
      row.push(...(layout === 'apart' ? [e.date, e.status] : [`${e.date}\n${e.status}`]));
      if (layout !== 'none') row.push(wrapCell(t(e.proposed_by.join(', ')), widths[widths.length - 1]!));
      table.push(row);
    }
    const note = layout === 'none' ? '; who proposed each shows at wider terminals' : '';
    return `${tableText(table, options.color)}\n${wrapHanging(`${countLine(entries)}${note}`, width, 0).join('\n')}\n`;
  }
  // Below ~50 columns the longest ids no longer fit beside a title: they are clipped there.
  const idW = Math.min(
    Math.max(4, ...entries.map((e) => displayWidth(t(listedId(e, entries))))) + 2,
    width - 15,
  );
  const layout = listColumns(width, idW);
  const head = ['id', 'title (proposed by)'];
  const widths = [idW, layout.title];
  if (layout.dates === 'apart') head.push('date', 'status');
  if (layout.dates === 'apart') widths.push(12, 13);
  if (layout.dates === 'stacked') head.push('date\nstatus');
  if (layout.dates === 'stacked') widths.push(13);
  if (layout.families) head.push('families');
  if (layout.families) widths.push(17);
  const table = newTable(head, widths, options.color, true);
  for (const e of entries) {
    const row = [
      wrapCell(t(listedId(e, entries)), idW, new Set([t(listedId(e, entries))])),
      wrapCell(`${t(e.title)} (${t(e.proposed_by.join(', '))})`, layout.title),
    ];
    if (layout.dates === 'apart') row.push(e.date, e.status);
    if (layout.dates === 'stacked') row.push(`${e.date}\n${e.status}`);
    if (layout.families) row.push(familyMarks(e.families));
    table.push(row);
  }
  const count = countLine(entries);
  const footer = layout.families
    ? `${count}; families: ${familyLegend()}`
    : `${count}; the families each addresses show at ${idW + 30 + 5 + minTitle.stacked} columns or more`;
  return `${tableText(table, options.color)}\n${wrapHanging(footer, width, 0).join('\n')}\n`;
}

/** The families column and its legend, for the table and Markdown formats. */
function familyLegend(): string {
  return families.map((f) => `${familyLetters[f]} ${f}`).join(' · ');
}

export function renderListMarkdown(entries: readonly ListEntry[], options: RenderOptions): string {
  if (options.brief) {
    const rows = entries.map((e) => [
      `\`${listedId(e, entries)}\``,
      e.date,
      e.status,
      mdText(e.proposed_by.join(', ')),
    ]);
    return `${mdTable(['id', 'Date', 'Status', 'Proposed by'], rows)}\n\n${countLine(entries)}.\n`;
  }
  return `${mdTable(
    ['id', 'Title', 'Proposed by', 'Date', 'Status', 'Families'],
    entries.map((e) => [
      `\`${listedId(e, entries)}\``,
      mdText(e.title),
      mdText(e.proposed_by.join(', ')),
      e.date,
      e.status,
      `\`${familyMarks(e.families)}\``,
    ]),
  )}\n\n${countLine(entries)}. Families: ${mdText(familyLegend())}; \`·\` where the plan is silent.\n`;
}

export function renderListJson(entries: readonly ListEntry[], _options: RenderOptions): string {
  return jsonText({ version: listVersion, plans: entries });
}
