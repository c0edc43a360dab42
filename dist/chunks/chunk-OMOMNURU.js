import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  byCodeUnits
} from "./chunk-4NCVOBMZ.js";

// src/load/diagnostic.ts
function fileDiagnostic(file, code, message) {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1, severity: "error", code, message };
}
function isError(d) {
  return d.severity === "error";
}
function compareDiagnostics(a, b) {
  return byCodeUnits(a.file, b.file) || a.line - b.line || a.col - b.col || byCodeUnits(a.code, b.code);
}

// src/load/suggest.ts
var rows = [
  new Uint32Array(64),
  new Uint32Array(64),
  new Uint32Array(64)
];
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
  let m = a.length, n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  rows[0].length <= n && (rows = [0, 1, 2].map(() => new Uint32Array(2 * (n + 1))));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d = Math.min(d, prev2[j - 2] + 1)), cur[j] = d, d < rowMin && (rowMin = d);
    }
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin, [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], limit + 1);
}
function closest(word, candidates, limit = 1) {
  let w = word.toLowerCase();
  if (w.length > 200) return [];
  let max = Math.max(2, Math.floor(w.length / 3)), scored = [];
  for (let c of candidates) {
    let lc = c.toLowerCase(), d = editDistance(w, lc, max);
    d > max && w.length >= 3 && (lc.includes(w) || w.includes(lc)) && (d = max), d <= max && scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)), scored.slice(0, limit).map(([c]) => c);
}
function didYouMean(word, candidates) {
  let [best] = closest(word, candidates);
  return best === void 0 ? "" : ` \u2014 did you mean "${best}"?`;
}

export {
  fileDiagnostic,
  isError,
  compareDiagnostics,
  closest,
  didYouMean
};
