/**
 * `plans position <party> --format svg`: the position as a timeline picture. One column per
 * document (in date order, evenly spaced, its date and id underneath), one lane per field:
 * a mark where a document states the field, filled by its value (the first value in a lane is
 * always the same colour, each new value the next colour), a ring and a tick where the value
 * changes, a solid line while the value holds and a dashed one across documents that do not
 * restate it (a position is not withdrawn by silence). The lane ends with the current value.
 *
 * Readable by everyone: the colours come from the Okabe–Ito palette and a change is also a
 * shape (a ring), not only a colour; every mark has a `<title>` tooltip, and the document a
 * `<title>` and a `<desc>` that say in words where each field changed. Deterministic.
 */
import type { PositionResult, PositionRow } from '../compare/position.js';
import { shortField } from './compareShared.js';
import type { RenderOptions } from './options.js';
import { escapeXml } from './xml.js';

/** Colours for the successive values of a lane (Okabe–Ito, then greys). */
export const valueColours = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#999999',
];

const margin = 16;
const labelWidth = 230;
const columnWidth = 96;
const laneHeight = 22;
const headerHeight = 56;
const footerHeight = 120;
const valueWidth = 260;
const font = 'Helvetica, Arial, sans-serif';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lanes grouped by family: a heading lane, then one lane per field. */
function lanes(result: PositionResult): ({ heading: string } | { row: PositionRow })[] {
  const out: ({ heading: string } | { row: PositionRow })[] = [];
  let family = '';
  for (const row of result.rows) {
    if (row.family !== family) {
      family = row.family;
      out.push({ heading: family });
    }
    out.push({ row });
  }
  return out;
}

export interface PositionSvgOptions extends RenderOptions {
  /** Prefix for the SVG's ids, so that several timelines can share an HTML page. Default none. */
  readonly idPrefix?: string;
}

export function renderPositionSvg(result: PositionResult, options: PositionSvgOptions): string {
  const id = (name: string) => escapeXml(`${options.idPrefix ?? ''}${name}`);
  const docs = result.documents;
  const all = lanes(result);
  const width = margin * 2 + labelWidth + Math.max(1, docs.length) * columnWidth + valueWidth;
  const height = headerHeight + all.length * laneHeight + footerHeight;
  const x = (i: number) => margin + labelWidth + i * columnWidth + columnWidth / 2;
  const parts: string[] = [];
  const title = `Position of ${result.party} over ${docs.length} documents, as of ${result.at}`;
  const changedRows = result.rows.filter((r) => r.changes.length > 0);
  const desc =
    changedRows.length === 0
      ? `No field changes across the documents.`
      : changedRows
          .map(
            (r) =>
              `${r.family} ${r.field}: ${r.changes
                .map((i) => `${r.values[i]!.text} in ${docs[i]!.id} (${docs[i]!.date})`)
                .join(', then ')}`,
          )
          .join('. ');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id('timeline-title')} ${id('timeline-desc')}" font-family="${font}">`,
    `<title id="${id('timeline-title')}">${escapeXml(title)}</title>`,
    `<desc id="${id('timeline-desc')}">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${margin}" y="${margin + 14}" font-size="16" font-weight="bold" fill="#111111">${escapeXml(title)}</text>`,
  );
  // Columns: a faint rule per document.
  docs.forEach((_, i) => {
    parts.push(
      `<line class="document-rule" x1="${x(i)}" y1="${headerHeight - 8}" x2="${x(i)}" y2="${headerHeight + all.length * laneHeight}" stroke="#E5E5E5" stroke-width="1"/>`,
    );
  });
  all.forEach((lane, n) => {
    const y = headerHeight + n * laneHeight + laneHeight / 2;
    if ('heading' in lane) {
      parts.push(
        `<text x="${margin}" y="${y + 4}" font-size="12" font-weight="bold" fill="#005A8C">${escapeXml(lane.heading)}</text>`,
      );
      return;
    }
    const { row } = lane;
    const colours = new Map<string, string>();
    // Colours in the order the values first appear along the lane.
    for (const v of row.values) {
      if (v && !colours.has(v.key)) colours.set(v.key, valueColours[colours.size % valueColours.length]!);
    }
    const colourOf = (key: string) => colours.get(key)!;
    parts.push(`<g class="lane" data-field="${escapeXml(`${row.family}.${row.field}`)}">`);
    parts.push(
      `<text x="${margin + 8}" y="${y + 4}" font-size="11" fill="#222222">${escapeXml(clip(shortField(row.field), 34))}</text>`,
    );
    let prev: number | undefined;
    row.values.forEach((v, i) => {
      if (!v) return;
      if (prev !== undefined) {
        const same = row.values[prev]!.key === v.key;
        const gap = i - prev > 1;
        parts.push(
          `<line x1="${x(prev) + 6}" y1="${y}" x2="${x(i) - 6}" y2="${y}" stroke="${same ? colourOf(v.key) : '#888888'}" stroke-width="2"${gap ? ' stroke-dasharray="4 3"' : ''}/>`,
        );
      }
      prev = i;
    });
    row.values.forEach((v, i) => {
      if (!v) return;
      const changed = row.changes.includes(i);
      const tip = `${docs[i]!.id} (${docs[i]!.date}): ${row.field} = ${v.text}${changed ? ' — changed' : ''}`;
      parts.push(
        `<g class="mark${changed ? ' change' : ''}" data-document="${escapeXml(docs[i]!.id)}"><title>${escapeXml(tip)}</title>` +
          (changed
            ? `<line x1="${x(i) - columnWidth / 2 + 4}" y1="${y - 9}" x2="${x(i) - columnWidth / 2 + 4}" y2="${y + 9}" stroke="#111111" stroke-width="2"/>` +
              `<circle cx="${x(i)}" cy="${y}" r="8" fill="none" stroke="#111111" stroke-width="2"/>`
            : '') +
          `<circle cx="${x(i)}" cy="${y}" r="5.5" fill="${colourOf(v.key)}"/></g>`,
      );
    });
    const current = row.current.value;
    parts.push(
      `<text x="${margin + labelWidth + docs.length * columnWidth + 8}" y="${y + 4}" font-size="11" fill="${colourOf(current.key)}">${escapeXml(clip(current.text, 40))}</text>`,
      '</g>',
    );
  });
  const axisY = headerHeight + all.length * laneHeight + 16;
  docs.forEach((d, i) => {
    parts.push(
      `<text x="${x(i)}" y="${axisY}" font-size="10" text-anchor="middle" fill="#222222">${escapeXml(d.date)}</text>`,
      `<text x="${x(i)}" y="${axisY + 13}" font-size="9" text-anchor="middle" fill="#555555">${escapeXml(clip(d.id, 16))}</text>`,
    );
  });
  const legendY = axisY + 40;
  parts.push(
    `<g class="legend" font-size="11" fill="#222222">`,
    `<circle cx="${margin + 6}" cy="${legendY}" r="5.5" fill="${valueColours[0]}"/><text x="${margin + 16}" y="${legendY + 4}">a document states the field (a new colour: a new value)</text>`,
    `<circle cx="${margin + 6}" cy="${legendY + 20}" r="8" fill="none" stroke="#111111" stroke-width="2"/><circle cx="${margin + 6}" cy="${legendY + 20}" r="5.5" fill="${valueColours[1]}"/><text x="${margin + 20}" y="${legendY + 24}">the value changes here</text>`,
    `<line x1="${margin}" y1="${legendY + 40}" x2="${margin + 14}" y2="${legendY + 40}" stroke="#888888" stroke-width="2" stroke-dasharray="4 3"/><text x="${margin + 20}" y="${legendY + 44}">not restated: the last value stands</text>`,
    `<text x="${margin + labelWidth + docs.length * columnWidth + 8}" y="${legendY + 4}">position as of ${escapeXml(result.at)}</text>`,
    '</g>',
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
