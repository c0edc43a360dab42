import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mdSourceLine,
  mdTable,
  mdText
} from "./chunk-KMV5KWPQ.js";
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
import "./chunk-5VMAOCAD.js";
import {
  families
} from "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/showMarkdown.ts
function disputedLines(list) {
  return (list ?? []).map(
    (d) => `- **Disputed** \`${d.field.replace(/`/g, "")}\`: ${mdText(d.claim)} (${d.sources.map(mdText).join(", ")})`
  );
}
function renderShowMarkdown(plan, _options) {
  let out = [];
  out.push(`## ${mdText(plan.title)} (\`${plan.id}\`)`), out.push("");
  let particulars = [
    ["Proposed by", mdText(plan.proposed_by.join(", "))],
    ["Date", plan.date],
    ["Status", plan.status]
  ];
  plan.revises && particulars.push(["Revises", `\`${plan.revises}\``]), plan.points && particulars.push(["Points", String(plan.points)]);
  for (let r of plan.reaffirms ?? [])
    particulars.push(["Reaffirms", `\`${r.plan}\` (${r.sources.map(mdText).join(", ")})`]);
  out.push(mdTable(["", ""], particulars)), plan.note && out.push("", mdText(plan.note));
  let top = disputedLines(plan.disputed);
  top.length && out.push("", ...top);
  for (let family of families) {
    if (family === "other") {
      let other = plan.clauses.other;
      if (!other) continue;
      out.push("", "### other", ""), out.push(
        mdTable(
          ["Topic", "Summary", "Sources"],
          other.map((o) => {
            let kept2 = inheritedAt(plan, ["other", o.topic]);
            return [
              mdText(o.topic),
              mdText(kept2 ? `${o.summary} (from ${kept2.from})` : o.summary),
              o.sources.map(mdText).join(", ")
            ];
          })
        )
      );
      for (let o of other) {
        o.note && out.push("", `- **${mdText(o.topic)}**: ${mdText(o.note)}`);
        let d2 = disputedLines(o.disputed);
        d2.length && out.push("", ...d2);
      }
      continue;
    }
    let clause = plan.clauses[family];
    if (!clause) continue;
    let whole = inheritedAt(plan, [family]), kept = whole?.path.length === 1 ? ` *(kept from \`${whole.from}\`, ${whole.date})*` : "";
    out.push("", `### ${family}${kept}`, "", mdText(clause.summary), "");
    let rows = clauseRows(plan, family).map((r) => [
      `\`${r.field}\``,
      mdText(r.from ? `${r.value} (from ${r.from})` : r.value)
    ]);
    rows.push(["sources", clause.sources.map(mdText).join(", ")]), out.push(mdTable(["Field", "Value"], rows)), clause.note && out.push("", `*Note:* ${mdText(clause.note)}`);
    let d = disputedLines(clause.disputed);
    d.length && out.push("", ...d);
  }
  out.push("", "### Sources", "");
  for (let [key, s] of Object.entries(plan.sources))
    out.push(mdSourceLine({ key, ...s }));
  return `${out.join(`
`)}
`;
}
export {
  renderShowMarkdown
};
