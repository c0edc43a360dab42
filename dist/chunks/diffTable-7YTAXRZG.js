import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine
} from "./chunk-5VMAOCAD.js";
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

// src/render/diffTable.ts
function columnWidths(width, valueColumns, longestId = 0, label = 22) {
  let borders = valueColumns + 2, least = Math.max(10, longestId + 2) * valueColumns, labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4))), short = least - (width - borders - labelWidth);
  short > 0 && (labelWidth = Math.max(10, labelWidth - short));
  let room = width - borders - labelWidth, each = Math.max(6, Math.floor(room / valueColumns)), widths = [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
  return widths[valueColumns] = Math.max(6, room - each * (valueColumns - 1)), widths;
}
function inheritedFrom(diff) {
  return diff.clauses.flatMap((c) => [
    c.left?.inherited?.from ?? "",
    c.right?.inherited?.from ?? "",
    ...c.changes.flatMap((ch) => [ch.inherited?.left?.from ?? "", ch.inherited?.right?.from ?? ""])
  ]).filter(Boolean);
}
function sideSummary(side) {
  return side ? side.inherited ? `${side.summary} (kept from ${side.inherited.from})` : side.summary : "(silent)";
}
function renderDiffTable(diff, options) {
  let width = options.width ?? 100, t = (s) => safeText(s, { singleLine: !0 }), ids = [diff.left.id, diff.right.id, ...inheritedFrom(diff)].map(t), colWidths = columnWidths(width, 3, Math.max(...ids.map(displayWidth))), keep = new Set(ids), cell = (s, col) => wrapCell(t(s), colWidths[col], keep), table = newTable(
    ["", cell(diff.left.id, 1), cell(diff.right.id, 2), "change"],
    colWidths,
    options.color
  );
  table.push(["title", cell(diff.left.title, 1), cell(diff.right.title, 2), ""]), table.push([
    "date \xB7 status",
    cell(`${diff.left.date} \xB7 ${diff.left.status}`, 1),
    cell(`${diff.right.date} \xB7 ${diff.right.status}`, 2),
    ""
  ]);
  for (let clause of diff.clauses)
    if (!(clause.status === "same" && !options.all)) {
      table.push([{ colSpan: 4, content: `${clause.clause} \u2014 ${statusLabel(clause, diff)}` }]);
      for (let ch of clause.changes)
        isClauseSummary(ch) || table.push([
          cell(fieldLabel(ch), 0),
          cell(sideValue(ch, ch.left), 1),
          cell(sideValue(ch, ch.right), 2),
          cell(changeColumn(ch), 3)
        ]);
      table.push(["summary", cell(sideSummary(clause.left), 1), cell(sideSummary(clause.right), 2), ""]), options.sources !== !1 && table.push([
        "sources",
        cell(clause.left?.sources.map((s) => s.key).join(", ") ?? "", 1),
        cell(clause.right?.sources.map((s) => s.key).join(", ") ?? "", 2),
        ""
      ]);
    }
  return `${tableText(table, options.color)}
${wrapHanging(t(summaryLine(diff)), width).join(`
`)}
`;
}
export {
  columnWidths,
  renderDiffTable
};
