import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  newTable,
  tableText,
  wrapCell
} from "./chunk-PJBVDYPW.js";
import {
  cellText,
  compareSummaryLines,
  shortField
} from "./chunk-YJ2ZFS2Q.js";
import "./chunk-KVRTHCGL.js";
import {
  safeText
} from "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";

// src/render/compareTable.ts
var minPlanWidth = 14;
function layout(width, plans, longestField = 20) {
  let field = Math.max(12, Math.min(longestField + 2, 26, Math.floor(width * 0.25))), verdict = 10, room = (n) => width - field - verdict - (n + 3), perPage = Math.max(1, Math.min(plans, Math.floor(room(plans) / minPlanWidth)));
  for (; perPage > 1 && Math.floor(room(perPage) / perPage) < minPlanWidth; ) perPage--;
  let plan = Math.max(minPlanWidth, Math.floor(room(perPage) / perPage));
  return { perPage, field, plan, verdict };
}
function renderCompareTable(result, options) {
  let t = (s) => safeText(s, { singleLine: !0 }), ids = result.plans.map((p) => p.id), longest = Math.max(
    0,
    ...result.rows.map((r) => shortField(r.field).length),
    ...result.families.map((f) => f.family.length)
  ), { perPage, field, plan, verdict } = layout(options.width ?? 100, ids.length, longest), pages = [];
  for (let start = 0; start < ids.length; start += perPage) {
    let slice = result.plans.slice(start, start + perPage), table = newTable(
      ["", ...slice.map((p) => wrapCell(t(p.id), plan)), "verdict"],
      [field, ...slice.map(() => plan), verdict],
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
          ...r.cells.slice(start, start + perPage).map((c) => c ? wrapCell(t(cellText(c)), plan) : "\u2014"),
          r.verdict === "single" ? "one plan" : r.verdict
        ]);
    }
    let label = ids.length > perPage ? `plans ${start + 1}\u2013${Math.min(ids.length, start + perPage)} of ${ids.length}
` : "";
    pages.push(`${label}${tableText(table, options.color)}`);
  }
  return `${pages.join(`

`)}
${compareSummaryLines(result).join(`
`)}
`;
}
export {
  renderCompareTable
};
