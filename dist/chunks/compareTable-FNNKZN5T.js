import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  cellText,
  compareSummaryLines,
  shortField
} from "./chunk-7QUUF4UV.js";
import "./chunk-KVRTHCGL.js";
import {
  newTable,
  tableText,
  wrapCell
} from "./chunk-I7GVVMME.js";
import {
  displayWidth,
  safeText,
  wrapHanging
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/compareTable.ts
var minPlanWidth = 14, verdictWidth = 10;
function compareLayout(width, idWidths, longestField = 20) {
  let longestId = Math.max(0, ...idWidths), field = Math.max(12, Math.min(longestField + 2, 26, Math.floor(width * 0.25))), room = (n) => width - field - verdictWidth - (n + 3), widest = Math.max(minPlanWidth, longestId + 2);
  room(1) < widest && (field = Math.max(10, field - (widest - room(1))));
  let least = (start, count) => Math.max(minPlanWidth, ...idWidths.slice(start, start + count).map((w) => w + 2)), fits = (start, count) => count === 1 || Math.floor(room(count) / count) >= least(start, count), greedy = [];
  for (let start = 0; start < idWidths.length; ) {
    let count = 1;
    for (; start + count < idWidths.length && fits(start, count + 1); ) count++;
    greedy.push(count), start += count;
  }
  let even = Array.from(
    { length: greedy.length },
    (_, i) => Math.floor((idWidths.length + i) / greedy.length)
  ).reverse(), starts = (counts2) => counts2.map((_, i) => counts2.slice(0, i).reduce((a, b) => a + b, 0)), counts = starts(even).every((start, i) => fits(start, even[i])) ? even : greedy, pages = starts(counts).map((start, i) => {
    let count = counts[i];
    return {
      start,
      count,
      plan: Math.max(Math.min(least(start, count), room(1)), Math.floor(room(count) / count))
    };
  });
  return { field, pages };
}
function renderCompareTable(result, options) {
  let t = (s) => safeText(s, { singleLine: !0 }), ids = result.plans.map((p) => p.id), longest = Math.max(
    0,
    ...result.rows.map((r) => shortField(r.field).length),
    ...result.families.map((f) => f.family.length)
  ), width = options.width ?? 100, { field, pages: layout } = compareLayout(
    width,
    ids.map((id) => displayWidth(t(id))),
    longest
  ), keep = new Set([...ids, ...result.rows.flatMap((r) => r.cells.map((c) => c?.from ?? ""))].map(t)), pages = [];
  for (let { start, count, plan } of layout) {
    let slice = result.plans.slice(start, start + count), table = newTable(
      ["", ...slice.map((p) => wrapCell(t(p.id), plan, keep)), "verdict"],
      [field, ...slice.map(() => plan), verdictWidth],
      options.color,
      !0
    );
    table.push(["", ...slice.map((p) => `${p.date}
${p.status}`), ""]);
    for (let family of result.families) {
      let rows = result.rows.filter((r) => r.family === family.family);
      if (rows.length === 0) continue;
      let heading = options.color ? `\x1B[1m${family.family}\x1B[22m` : family.family.toUpperCase();
      table.push([heading, ...slice.map(() => ""), ""]);
      for (let r of rows)
        table.push([
          wrapCell(t(shortField(r.field)), field),
          ...r.cells.slice(start, start + count).map((c) => c ? wrapCell(t(cellText(c)), plan, keep) : "\u2014"),
          r.verdict === "single" ? "one plan" : r.verdict
        ]);
    }
    let which = count === 1 ? `plan ${start + 1}` : `plans ${start + 1}\u2013${start + count}`, label = layout.length > 1 ? `${which} of ${ids.length}
` : "";
    pages.push(`${label}${tableText(table, options.color)}`);
  }
  let summary = compareSummaryLines(result).flatMap((line) => wrapHanging(t(line), width));
  return `${pages.join(`

`)}
${summary.join(`
`)}
`;
}
export {
  compareLayout,
  renderCompareTable
};
