import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  jsonText
} from "./chunk-KQSUDDD5.js";
import "./chunk-AZZC4ZFI.js";

// src/render/validateJson.ts
function renderValidateJson(report, _options) {
  return jsonText({
    version: report.version,
    files: report.files,
    problems: report.problems.map((p) => ({
      file: p.file,
      line: p.line,
      col: p.col,
      endLine: p.endLine,
      endCol: p.endCol,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...p.path ? { path: p.path } : {}
    })),
    summary: report.summary
  });
}
export {
  renderValidateJson
};
