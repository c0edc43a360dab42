import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  summaryText
} from "./chunk-5VMAOCAD.js";
import {
  safeText
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/validateGithub.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderValidateGithub(report, _options) {
  let lines = report.problems.map((d) => {
    let props = [
      `file=${escapeProperty(safeText(d.file, { singleLine: !0 }))}`,
      `line=${d.line}`,
      `col=${d.col}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endCol}`,
      `title=${escapeProperty(d.code)}`
    ].join(",");
    return `::${d.severity} ${props}::${safeText(escapeData(d.message))}`;
  });
  return lines.push(summaryText(report)), `${lines.join(`
`)}
`;
}
export {
  escapeData,
  escapeProperty,
  renderValidateGithub
};
