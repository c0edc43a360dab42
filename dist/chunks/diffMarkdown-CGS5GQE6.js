import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mdLink,
  mdTable,
  mdText,
  renderSourceList
} from "./chunk-KMV5KWPQ.js";
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine
} from "./chunk-5VMAOCAD.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/diffMarkdown.ts
function headerRows(l, r) {
  return [
    ["Title", mdText(l.title), mdText(r.title)],
    ["Proposed by", mdText(l.proposed_by.join(", ")), mdText(r.proposed_by.join(", "))],
    ["Date", l.date, r.date],
    ["Status", l.status, r.status]
  ];
}
function sideSummary(side) {
  return side ? side.inherited ? `${side.summary} (kept from ${side.inherited.from}, ${side.inherited.date})` : side.summary : "(silent)";
}
function sourcesCell(side) {
  return side ? side.sources.map((s) => mdLink(s.key, s.url)).join(", ") : "";
}
function renderDiffMarkdown(diff, options) {
  let l = diff.left.id, r = diff.right.id, out = [];
  out.push(`## ${mdText(l)} \u2192 ${mdText(r)}`), out.push(""), out.push(mdTable(["", mdText(l), mdText(r)], headerRows(diff.left, diff.right))), out.push(""), out.push(`**${mdText(summaryLine(diff))}**`);
  let leftSources = [], rightSources = [];
  for (let clause of diff.clauses) {
    if (clause.status === "same" && !options.all) continue;
    out.push(""), out.push(`### ${mdText(clause.clause)} \u2014 ${mdText(statusLabel(clause, diff))}`), out.push("");
    let rows = clause.changes.filter((ch) => !isClauseSummary(ch)).map((ch) => [
      mdText(fieldLabel(ch)),
      mdText(sideValue(ch, ch.left)),
      mdText(sideValue(ch, ch.right)),
      mdText(changeColumn(ch))
    ]);
    rows.push(["*summary*", mdText(sideSummary(clause.left)), mdText(sideSummary(clause.right)), ""]), options.sources !== !1 && rows.push(["*sources*", sourcesCell(clause.left), sourcesCell(clause.right), ""]), out.push(mdTable(["Field", mdText(l), mdText(r), "Change"], rows)), leftSources.push(...clause.left?.sources ?? []), rightSources.push(...clause.right?.sources ?? []);
    for (let ch of clause.changes)
      leftSources.push(...ch.inherited?.left?.sources ?? []), rightSources.push(...ch.inherited?.right?.sources ?? []);
  }
  if (options.sources !== !1 && leftSources.length + rightSources.length > 0) {
    out.push(""), out.push("### Sources");
    for (let [id, list] of [
      [l, leftSources],
      [r, rightSources]
    ])
      list.length !== 0 && (out.push(""), out.push(`**${mdText(id)}**`), out.push(""), out.push(renderSourceList(list)));
  }
  return `${out.join(`
`)}
`;
}
export {
  renderDiffMarkdown
};
