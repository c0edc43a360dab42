import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  Chalk
} from "./chunk-SUXKU7QM.js";
import {
  summaryText
} from "./chunk-5VMAOCAD.js";
import {
  safeText
} from "./chunk-RYYAMFKR.js";

// src/render/validateText.ts
function formatDiagnostic(d, color = !1) {
  let c = new Chalk({ level: color ? 1 : 0 }), sev = d.severity === "error" ? c.red.bold("error") : c.yellow.bold("warning");
  return `${safeText(d.file, { singleLine: !0 })}:${d.line}:${d.col}: ${sev}: ${safeText(d.message, { singleLine: !0 })} ${c.dim(`[${d.code}]`)}`;
}
function renderValidateText(report, options) {
  let lines = report.problems.map((d) => formatDiagnostic(d, options.color));
  return lines.push(summaryText(report)), `${lines.join(`
`)}
`;
}

export {
  formatDiagnostic,
  renderValidateText
};
