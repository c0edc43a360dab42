import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  parseLocated,
  rangeAt
} from "./chunk-VFU57FZC.js";
import "./chunk-Z6SYOHXR.js";
import {
  decodePlanBytes
} from "./chunk-2CCC5Z3M.js";
import "./chunk-AZZC4ZFI.js";

// src/load/locate.ts
function locateFinding(f, bytes) {
  let decoded = bytes ? decodePlanBytes(bytes) : void 0, located = decoded?.ok ? parseLocated(decoded.text) : void 0, [start, end] = located?.doc ? rangeAt(located.doc, f.path, "value") : [0, 1], s = located?.lineCounter.linePos(start) ?? { line: 1, col: 1 }, e = located?.lineCounter.linePos(end) ?? { line: 1, col: 1 };
  return {
    file: f.file,
    line: s.line,
    col: s.col,
    endLine: e.line,
    endCol: e.col,
    severity: f.severity,
    code: f.code,
    message: f.message,
    path: [...f.path]
  };
}
export {
  locateFinding
};
