import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  newTable,
  tableText,
  wrapCell
} from "./chunk-PJBVDYPW.js";
import {
  changeColumn,
  fieldLabel,
  isClauseSummary,
  sideValue,
  statusLabel,
  summaryLine
} from "./chunk-SSCSSAEK.js";
import {
  safeText
} from "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";

// src/render/diffTable.ts
function columnWidths(width, valueColumns, label = 22) {
  let borders = valueColumns + 2, labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4))), each = Math.max(10, Math.floor((width - borders - labelWidth) / valueColumns));
  return [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
}
function sideSummary(side) {
  return side ? side.inherited ? `${side.summary} (kept from ${side.inherited.from})` : side.summary : "(silent)";
}
function renderDiffTable(diff, options) {
  let width = options.width ?? 100, colWidths = columnWidths(width, 3), cell = (s, col) => wrapCell(safeText(s, { singleLine: !0 }), colWidths[col]), table = newTable(
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
      table.push(["summary", cell(sideSummary(clause.left), 1), cell(sideSummary(clause.right), 2), ""]), table.push([
        "sources",
        cell(clause.left?.sources.map((s) => s.key).join(", ") ?? "", 1),
        cell(clause.right?.sources.map((s) => s.key).join(", ") ?? "", 2),
        ""
      ]);
    }
  return `${tableText(table, options.color)}
${summaryLine(diff)}
`;
}
export {
  columnWidths,
  renderDiffTable
};
