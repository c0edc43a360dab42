import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  Chalk
} from "./chunk-SUXKU7QM.js";
import {
  changeText,
  fieldLabel,
  isClauseSummary,
  sourceText,
  statusLabel,
  summaryLine
} from "./chunk-SSCSSAEK.js";
import {
  safeText
} from "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";

// src/render/diffText.ts
function renderDiffText(diff, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t = (s) => safeText(s, { singleLine: !0 }), out = [], header = (mark2, paint, h) => {
    out.push(paint(`${mark2} ${h.id}  ${t(h.title)}`)), out.push(
      c.dim(
        `    ${t(h.proposed_by.join(", "))} \xB7 ${h.date} \xB7 ${h.status}${h.revises ? ` \xB7 revises ${h.revises}` : ""}`
      )
    );
  };
  header("---", c.red.bold, diff.left), header("+++", c.green.bold, diff.right);
  let mark = (ch) => ch.type === "entry" || ch.kind !== "changed" ? ch.kind === "added" ? c.green("+") : ch.kind === "removed" ? c.red("-") : c.yellow("~") : c.yellow("~"), side = (sign, paint, id, s, width) => {
    let label = id.padEnd(width);
    if (!s) {
      out.push(paint(`  ${sign} ${label}  `) + c.dim("(silent)"));
      return;
    }
    let kept = s.inherited ? c.dim(` (kept from ${s.inherited.from}, ${s.inherited.date})`) : "";
    out.push(paint(`  ${sign} ${label}  ${t(s.summary)}`) + kept);
    for (let src of s.sources)
      out.push(c.dim(`    ${" ".repeat(width)}  [${t(src.key)}] ${t(sourceText(src))}`));
  }, idWidth = Math.max(diff.left.id.length, diff.right.id.length);
  for (let clause of diff.clauses) {
    if (clause.status === "same" && !options.all) continue;
    out.push(""), out.push(`${c.bold(clause.clause)} ${c.dim("\xB7")} ${c.cyan(statusLabel(clause, diff))}`);
    let labelWidth = Math.min(36, Math.max(0, ...clause.changes.map((ch) => fieldLabel(ch).length)));
    for (let ch of clause.changes)
      isClauseSummary(ch) || out.push(
        `  ${mark(ch)} ${t(fieldLabel(ch)).padEnd(labelWidth)}  ${t(changeText(ch, diff.left.id, diff.right.id))}`
      );
    side("-", c.red, diff.left.id, clause.left, idWidth), side("+", c.green, diff.right.id, clause.right, idWidth);
  }
  return out.push(""), out.push(c.bold(summaryLine(diff))), `${out.join(`
`)}
`;
}
export {
  renderDiffText
};
