/**
 * `plans position <party>`: a party's documents in date order, then field by field the values
 * they state, runs of equal values together and each change an arrow:
 * `territories.zaporizhzhia  russian-de-jure [1 2] → russian-de-facto (russian-held-part) [5]`.
 * The last value is the position as of the date shown.
 */
import { Chalk } from 'chalk';
import type { Cell } from '../compare/comparePlans.js';
import type { PositionResult, PositionRow } from '../compare/position.js';
import { shortField } from './compareShared.js';
import { jsonText } from './json.js';
import { mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { safeText, wrapLines } from './terminal.js';

/** The runs of one row: each distinct value in turn, with the documents (1-based) that state it. */
export function runs(row: PositionRow): { value: Cell; documents: number[] }[] {
  const out: { value: Cell; documents: number[] }[] = [];
  row.values.forEach((cell, i) => {
    if (!cell) return;
    const last = out.at(-1);
    if (last && last.value.key === cell.key) last.documents.push(i + 1);
    else out.push({ value: cell, documents: [i + 1] });
  });
  return out;
}

function familiesOf(result: PositionResult): string[] {
  return [...new Set(result.rows.map((r) => r.family))];
}

export function renderPositionText(result: PositionResult, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = (s: string) => safeText(s, { singleLine: true });
  const out: string[] = [];
  const docs = result.documents;
  out.push(
    c.bold(
      `${t(result.party)}: ${docs.length} document${docs.length === 1 ? '' : 's'}${docs.length ? `, ${docs[0]!.date} → ${result.at}` : ''}`,
    ),
  );
  const idWidth = Math.max(0, ...docs.map((d) => d.id.length));
  docs.forEach((d, i) => {
    const with_ =
      d.proposed_by.length > 1
        ? c.dim(` (with ${t(d.proposed_by.filter((p) => p !== result.party).join(', '))})`)
        : '';
    out.push(
      `  ${String(i + 1).padStart(2)} ${d.id.padEnd(idWidth)}  ${d.date}  ${d.status.padEnd(11)} ${t(d.title)}${with_}`,
    );
  });
  if (docs.length === 0) return `${out.join('\n')}\n`;
  for (const family of familiesOf(result)) {
    const rows = result.rows.filter((r) => r.family === family);
    out.push('', c.bold.cyan(family));
    const width = Math.min(34, Math.max(0, ...rows.map((r) => shortField(r.field).length)));
    for (const row of rows) {
      const parts = runs(row).map(
        ({ value, documents }) => `${t(value.text)} ${c.dim(`[${documents.join(' ')}]`)}`,
      );
      const changed = row.changes.length > 0 ? c.yellow(' ~') : '  ';
      out.push(`${changed}${t(shortField(row.field)).padEnd(width)}  ${parts.join(c.yellow(' → '))}`);
    }
  }
  const changed = result.rows.filter((r) => r.changes.length > 0).length;
  out.push(
    '',
    c.bold(
      `${result.rows.length} fields; ${changed} changed across the documents (~); the last value of each is the position as of ${result.at}`,
    ),
  );
  return `${wrapLines(out.join('\n'), options.width ?? 100)}\n`;
}

export function renderPositionMarkdown(result: PositionResult, _options: RenderOptions): string {
  const out: string[] = [`## Position of ${mdText(result.party)} as of ${result.at}`, ''];
  const docs = result.documents;
  out.push(
    mdTable(
      ['#', 'Document', 'Title', 'Date', 'Status'],
      docs.map((d, i) => [String(i + 1), `\`${d.id}\``, mdText(d.title), d.date, d.status]),
    ),
  );
  for (const family of familiesOf(result)) {
    out.push('', `### ${mdText(family)}`, '');
    out.push(
      mdTable(
        ['Field', ...docs.map((_, i) => String(i + 1)), 'Position'],
        result.rows
          .filter((r) => r.family === family)
          .map((r) => [
            mdText(shortField(r.field)),
            ...r.values.map((v, i) =>
              v ? (r.changes.includes(i) ? `**${mdText(v.text)}**` : mdText(v.text)) : '',
            ),
            `${mdText(r.current.value.text)} (\`${r.current.document}\`)`,
          ]),
      ),
    );
  }
  out.push(
    '',
    `*A value in bold differs from the one the party stated before; an empty cell is a document silent on the field, which leaves the last stated value standing. The position is the last value of each field up to ${result.at}.*`,
  );
  return `${out.join('\n')}\n`;
}

export function renderPositionJson(result: PositionResult, _options: RenderOptions): string {
  return jsonText(result);
}
