import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mdTable,
  mdText,
  mdUrl,
  renderSourceList
} from "./chunk-KMV5KWPQ.js";
import "./chunk-5VMAOCAD.js";
import {
  cellText,
  compareSummaryLines,
  legendLine,
  shortField,
  verdictText
} from "./chunk-7QUUF4UV.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/compareMarkdown.ts
function renderCompareMarkdown(result, options) {
  let ids = result.plans.map((p) => p.id), head = ids.map((id) => mdText(id)), out = [];
  out.push(`## Comparison: ${ids.map((id) => mdText(id)).join(", ")}`), out.push(""), out.push(
    mdTable(
      ["Plan", "Title", "Proposed by", "Date", "Status"],
      result.plans.map((p) => [
        mdText(p.id),
        mdText(p.title),
        mdText(p.proposed_by.join(", ")),
        p.date,
        p.status
      ])
    )
  ), options.mapLink && out.push("", `![Territory by plan](${mdUrl(options.mapLink)})`);
  for (let family of result.families) {
    let rows = result.rows.filter((r) => r.family === family.family);
    rows.length !== 0 && (out.push("", `### ${mdText(family.family)}`, ""), out.push(
      mdTable(
        ["Field", ...head, "Verdict"],
        rows.map((r) => [
          mdText(shortField(r.field)),
          ...r.cells.map((c) => c ? mdText(cellText(c)) : "\u2014"),
          r.verdict === "differ" ? "**differ**" : mdText(verdictText(r, ids))
        ])
      )
    ));
  }
  if (out.push("", "### Summary", ""), out.push(...compareSummaryLines(result).map((l) => `- ${mdText(l)}`)), out.push("", `*${mdText(legendLine())}*`), options.sources === !1) return `${out.join(`
`)}
`;
  out.push("", "### Sources");
  for (let id of ids) {
    let list = result.sources[id] ?? [];
    list.length !== 0 && out.push("", `**${mdText(id)}**`, "", renderSourceList(list));
  }
  return `${out.join(`
`)}
`;
}
export {
  renderCompareMarkdown
};
