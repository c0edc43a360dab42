/** `plans list`: one row per plan — id, title, proposers, date, status, families addressed. */

import { families } from '../schema/families.js';
import { planHeader } from '../schema/header.js';
import type { Plan } from '../schema/plan.js';
import { jsonText } from './json.js';
import { mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { newTable, tableText, wrapCell } from './tableLayout.js';
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

export function renderListTable(entries: readonly ListEntry[], options: RenderOptions): string {
  const t = (s: string) => safeText(s, { singleLine: true });
  const width = options.width ?? 100;
  const idW = Math.max(4, ...entries.map((e) => listedId(e, entries).length)) + 2;
  const fixed = idW + 12 + 13 + 17 + 6;
  const titleW = Math.max(20, width - fixed);
  const table = newTable(
    ['id', 'title (proposed by)', 'date', 'status', 'families'],
    [idW, titleW, 12, 13, 17],
    options.color,
    true,
  );
  for (const e of entries) {
    table.push([
      listedId(e, entries),
      wrapCell(`${t(e.title)} (${t(e.proposed_by.join(', '))})`, titleW),
      e.date,
      e.status,
      familyMarks(e.families),
    ]);
  }
  const legend = familyLegend();
  return `${tableText(table, options.color)}\n${countLine(entries)}; families: ${legend}\n`;
}

/** The families column and its legend, for the table and Markdown formats. */
function familyLegend(): string {
  return families.map((f) => `${familyLetters[f]} ${f}`).join(' · ');
}

export function renderListMarkdown(entries: readonly ListEntry[], _options: RenderOptions): string {
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
