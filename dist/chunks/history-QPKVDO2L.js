import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  Chalk
} from "./chunk-SUXKU7QM.js";
import {
  mdTable,
  mdText
} from "./chunk-KMV5KWPQ.js";
import "./chunk-5VMAOCAD.js";
import {
  jsonText
} from "./chunk-KQSUDDD5.js";
import {
  safeText,
  wrapLines
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/history.ts
function stepLines(s) {
  let lines = [];
  return s.changed.length && lines.push(["changed", `${s.changed.join(", ")} (${s.typedChanges} typed changes)`]), s.added.length && lines.push(["added", s.added.join(", ")]), s.dropped.length && lines.push(["dropped", s.dropped.join(", ")]), s.reworded.length && lines.push(["reworded", s.reworded.join(", ")]), lines.length === 0 && lines.push(["same", "no clause family differs"]), lines;
}
function renderHistoryText(h, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t = (s) => safeText(s, { singleLine: !0 }), out = [c.bold(h.chain.join(" \u2192 "))];
  return h.missing && out.push(c.yellow(`(${h.chain[0]} revises "${h.missing}", which is not among the plans)`)), h.steps.forEach((s, i) => {
    if (out.push(""), out.push(`${i === 0 ? " " : "\u2193"} ${c.bold(s.plan.id)}  ${t(s.plan.title)}`), out.push(c.dim(`    ${t(s.plan.proposed_by.join(", "))} \xB7 ${s.plan.date} \xB7 ${s.plan.status}`)), i === 0) out.push(`    ${c.dim("first draft in the chain")}`);
    else for (let [k, v] of stepLines(s)) out.push(`    ${c.cyan(k.padEnd(8))} ${v}`);
  }), h.branches.length && (out.push(""), out.push(`other revisions: ${h.branches.map((b) => `${b.id} (revises ${b.revises})`).join(", ")}`)), `${wrapLines(out.join(`
`), options.width ?? 100)}
`;
}
function renderHistoryMarkdown(h, _options) {
  let out = [`## Lineage: ${h.chain.map((id) => `\`${id}\``).join(" \u2192 ")}`, ""];
  return out.push(
    mdTable(
      ["Step", "Plan", "Date", "Status", "Changes from the previous step"],
      h.steps.map((s, i) => [
        String(i + 1),
        `${mdText(s.plan.title)} (\`${s.plan.id}\`)`,
        s.plan.date,
        s.plan.status,
        i === 0 ? "first draft" : stepLines(s).map(([k, v]) => `${k}: ${mdText(v)}`).join("<br>")
      ])
    )
  ), h.branches.length && out.push(
    "",
    `Other revisions: ${h.branches.map((b) => `\`${b.id}\` (revises \`${b.revises}\`)`).join(", ")}`
  ), `${out.join(`
`)}
`;
}
function renderHistoryJson(h, _options) {
  return jsonText(h);
}
export {
  renderHistoryJson,
  renderHistoryMarkdown,
  renderHistoryText
};
