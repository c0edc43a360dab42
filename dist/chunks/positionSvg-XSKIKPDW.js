import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  escapeXml
} from "./chunk-E2GUMFHV.js";
import {
  shortField
} from "./chunk-7QUUF4UV.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/positionSvg.ts
var valueColours = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
  "#999999"
], margin = 16, labelWidth = 230, columnWidth = 96, laneHeight = 22, headerHeight = 56, footerHeight = 120, valueWidth = 260, font = "Helvetica, Arial, sans-serif";
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function lanes(result) {
  let out = [], family = "";
  for (let row of result.rows)
    row.family !== family && (family = row.family, out.push({ heading: family })), out.push({ row });
  return out;
}
function renderPositionSvg(result, options) {
  let id = (name) => escapeXml(`${options.idPrefix ?? ""}${name}`), docs = result.documents, all = lanes(result), width = margin * 2 + labelWidth + Math.max(1, docs.length) * columnWidth + valueWidth, height = headerHeight + all.length * laneHeight + footerHeight, x = (i) => margin + labelWidth + i * columnWidth + columnWidth / 2, parts = [], title = `Position of ${result.party} over ${docs.length} documents, as of ${result.at}`, changedRows = result.rows.filter((r) => r.changes.length > 0), desc = changedRows.length === 0 ? "No field changes across the documents." : changedRows.map(
    (r) => `${r.family} ${r.field}: ${r.changes.map((i) => `${r.values[i].text} in ${docs[i].id} (${docs[i].date})`).join(", then ")}`
  ).join(". ");
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id("timeline-title")} ${id("timeline-desc")}" font-family="${font}">`,
    `<title id="${id("timeline-title")}">${escapeXml(title)}</title>`,
    `<desc id="${id("timeline-desc")}">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${margin}" y="${margin + 14}" font-size="16" font-weight="bold" fill="#111111">${escapeXml(title)}</text>`
  ), docs.forEach((_, i) => {
    parts.push(
      `<line class="document-rule" x1="${x(i)}" y1="${headerHeight - 8}" x2="${x(i)}" y2="${headerHeight + all.length * laneHeight}" stroke="#E5E5E5" stroke-width="1"/>`
    );
  }), all.forEach((lane, n) => {
    let y = headerHeight + n * laneHeight + laneHeight / 2;
    if ("heading" in lane) {
      parts.push(
        `<text x="${margin}" y="${y + 4}" font-size="12" font-weight="bold" fill="#005A8C">${escapeXml(lane.heading)}</text>`
      );
      return;
    }
    let { row } = lane, colours = /* @__PURE__ */ new Map();
    for (let v of row.values)
      v && !colours.has(v.key) && colours.set(v.key, valueColours[colours.size % valueColours.length]);
    let colourOf = (key) => colours.get(key);
    parts.push(`<g class="lane" data-field="${escapeXml(`${row.family}.${row.field}`)}">`), parts.push(
      `<text x="${margin + 8}" y="${y + 4}" font-size="11" fill="#222222">${escapeXml(clip(shortField(row.field), 34))}</text>`
    );
    let prev;
    row.values.forEach((v, i) => {
      if (v) {
        if (prev !== void 0) {
          let same = row.values[prev].key === v.key, gap = i - prev > 1;
          parts.push(
            `<line x1="${x(prev) + 6}" y1="${y}" x2="${x(i) - 6}" y2="${y}" stroke="${same ? colourOf(v.key) : "#888888"}" stroke-width="2"${gap ? ' stroke-dasharray="4 3"' : ""}/>`
          );
        }
        prev = i;
      }
    }), row.values.forEach((v, i) => {
      if (!v) return;
      let changed = row.changes.includes(i), tip = `${docs[i].id} (${docs[i].date}): ${row.field} = ${v.text}${changed ? " \u2014 changed" : ""}`;
      parts.push(
        `<g class="mark${changed ? " change" : ""}" data-document="${escapeXml(docs[i].id)}"><title>${escapeXml(tip)}</title>` + (changed ? `<line x1="${x(i) - columnWidth / 2 + 4}" y1="${y - 9}" x2="${x(i) - columnWidth / 2 + 4}" y2="${y + 9}" stroke="#111111" stroke-width="2"/><circle cx="${x(i)}" cy="${y}" r="8" fill="none" stroke="#111111" stroke-width="2"/>` : "") + `<circle cx="${x(i)}" cy="${y}" r="5.5" fill="${colourOf(v.key)}"/></g>`
      );
    });
    let current = row.current.value;
    parts.push(
      `<text x="${margin + labelWidth + docs.length * columnWidth + 8}" y="${y + 4}" font-size="11" fill="${colourOf(current.key)}">${escapeXml(clip(current.text, 40))}</text>`,
      "</g>"
    );
  });
  let axisY = headerHeight + all.length * laneHeight + 16;
  docs.forEach((d, i) => {
    parts.push(
      `<text x="${x(i)}" y="${axisY}" font-size="10" text-anchor="middle" fill="#222222">${escapeXml(d.date)}</text>`,
      `<text x="${x(i)}" y="${axisY + 13}" font-size="9" text-anchor="middle" fill="#555555">${escapeXml(clip(d.id, 16))}</text>`
    );
  });
  let legendY = axisY + 40;
  return parts.push(
    '<g class="legend" font-size="11" fill="#222222">',
    `<circle cx="${margin + 6}" cy="${legendY}" r="5.5" fill="${valueColours[0]}"/><text x="${margin + 16}" y="${legendY + 4}">a document states the field (a new colour: a new value)</text>`,
    `<circle cx="${margin + 6}" cy="${legendY + 20}" r="8" fill="none" stroke="#111111" stroke-width="2"/><circle cx="${margin + 6}" cy="${legendY + 20}" r="5.5" fill="${valueColours[1]}"/><text x="${margin + 20}" y="${legendY + 24}">the value changes here</text>`,
    `<line x1="${margin}" y1="${legendY + 40}" x2="${margin + 14}" y2="${legendY + 40}" stroke="#888888" stroke-width="2" stroke-dasharray="4 3"/><text x="${margin + 20}" y="${legendY + 44}">not restated: the last value stands</text>`,
    `<text x="${margin + labelWidth + docs.length * columnWidth + 8}" y="${legendY + 4}">position as of ${escapeXml(result.at)}</text>`,
    "</g>",
    "</svg>"
  ), `${parts.join(`
`)}
`;
}
export {
  renderPositionSvg,
  valueColours
};
