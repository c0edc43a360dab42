import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  Chalk
} from "./chunk-SUXKU7QM.js";
import {
  clauseSide
} from "./chunk-3AEP3XEF.js";
import {
  clauseRows
} from "./chunk-2STLDQPD.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import {
  sourceText
} from "./chunk-5VMAOCAD.js";
import {
  families
} from "./chunk-RRGM3VHY.js";
import {
  safeText,
  wrapLines
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/showText.ts
function renderShowText(plan, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t = (s) => safeText(s, { singleLine: !0 }), out = [], disputed = (list, indent) => {
    for (let d of list ?? [])
      out.push(
        `${indent}${c.yellow("disputed")} ${t(d.field)}: ${t(d.claim)} ${c.dim(`[${d.sources.map(t).join(", ")}]`)}`
      );
  };
  out.push(`${c.bold(plan.id)}  ${t(plan.title)}`), out.push(
    c.dim(
      `  ${t(plan.proposed_by.join(", "))} \xB7 ${plan.date} \xB7 ${plan.status}${plan.revises ? ` \xB7 revises ${plan.revises}` : ""}${plan.points ? ` \xB7 ${plan.points} points` : ""}`
    )
  ), plan.note && out.push(`  ${c.dim("note")} ${t(plan.note)}`), disputed(plan.disputed, "  ");
  for (let r of plan.reaffirms ?? [])
    out.push(`  ${c.dim("reaffirms")} ${t(r.plan)} ${c.dim(`[${r.sources.map(t).join(", ")}]`)}`);
  for (let family of families) {
    let side = clauseSide(plan, family);
    if (!side) continue;
    if (out.push(""), out.push(
      c.bold.cyan(family) + (side.inherited ? c.yellow(` (kept from ${side.inherited.from}, ${side.inherited.date})`) : "")
    ), family === "other") {
      for (let o of plan.clauses.other ?? []) {
        let kept = inheritedAt(plan, ["other", o.topic]);
        out.push(
          `  ${c.bold(t(o.topic))}: ${t(o.summary)} ${c.dim(`[${o.sources.map(t).join(", ")}]`)}${kept ? c.yellow(` (from ${kept.from})`) : ""}`
        ), o.note && out.push(`    ${c.dim("note")} ${t(o.note)}`), disputed(o.disputed, "    ");
      }
      continue;
    }
    let clause = plan.clauses[family];
    out.push(`  ${t(clause.summary)}`);
    let rows = clauseRows(plan, family), width = Math.min(40, Math.max(0, ...rows.map((r) => r.field.length)));
    for (let r of rows)
      out.push(
        `  ${c.dim(t(r.field).padEnd(width))}  ${t(r.value)}${r.from ? c.yellow(` (from ${r.from})`) : ""}`
      );
    clause.note && out.push(`  ${c.dim("note")} ${t(clause.note)}`), disputed(clause.disputed, "  "), out.push(c.dim(`  sources: ${side.sources.map((s) => t(s.key)).join(", ")}`));
  }
  out.push(""), out.push(c.bold("sources"));
  for (let [key, s] of Object.entries(plan.sources)) {
    let ref = { key, ...s };
    out.push(`  [${t(key)}] ${t(sourceText(ref))}`), s.url && out.push(c.dim(`      ${t(s.url)}`)), s.note && out.push(c.dim(`      ${t(s.note)}`));
  }
  return `${wrapLines(out.join(`
`), options.width ?? 100)}
`;
}
export {
  renderShowText
};
