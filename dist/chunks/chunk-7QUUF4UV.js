import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  verdictWords
} from "./chunk-KVRTHCGL.js";

// src/render/compareShared.ts
function verdictText(row, planIds) {
  if (row.verdict !== "single") return row.verdict;
  let i = row.cells.findIndex((c) => c !== null);
  return i >= 0 ? `only ${planIds[i]}` : "single";
}
function cellText(cell) {
  return cell.from ? `${cell.text} (from ${cell.from})` : cell.text;
}
function compareSummaryLines(result) {
  let s = result.summary, lines = [], sum = (key) => result.families.reduce((n, f) => n + f[key], 0);
  lines.push(
    `${sum("rows")} fields compared across ${result.plans.length} plans: ${sum("agree")} agree, ${sum("differ")} differ, ${sum("single")} stated by one plan only`
  );
  let family = (f) => result.families.find((x) => x.family === f), ground = s.commonGround.map((f) => {
    let x = family(f);
    return `${f} (${x.agree === 1 ? "agree on the one shared field" : `agree on all ${x.agree} shared fields`})`;
  });
  lines.push(`common ground: ${ground.length ? ground.join(", ") : "none"}`);
  let contested = s.contested.map((f) => {
    let x = family(f), shared = x.agree + x.differ;
    return `${f} (${shared === 1 ? "the one shared field differs" : `${x.differ} of ${shared} shared fields differ`})`;
  });
  lines.push(`most contested: ${contested.length ? contested.join(", ") : "none"}`);
  for (let { family: f, plans } of s.silent) lines.push(`silent on ${f}: ${plans.join(", ")}`);
  let kept = /* @__PURE__ */ new Map();
  result.plans.forEach((p, i) => {
    for (let r of result.rows) {
      let from = r.cells[i]?.from;
      if (!from) continue;
      let byFrom = kept.get(p.id) ?? /* @__PURE__ */ new Map();
      byFrom.set(from, (byFrom.get(from) ?? 0) + 1), kept.set(p.id, byFrom);
    }
  });
  for (let [id, byFrom] of kept) {
    let parts = [...byFrom].map(([from, n]) => `${from} (${n} field${n === 1 ? "" : "s"})`);
    lines.push(`inherited: ${id} keeps ${parts.join(", ")}`);
  }
  return lines;
}
function legendLine() {
  return `Verdicts: ${Object.entries(verdictWords).map(([word, meaning]) => `${word} \u2014 ${meaning}`).join("; ")}.`;
}
function shortField(field) {
  return field.startsWith("territories.") ? field.slice(12) : field;
}

export {
  verdictText,
  cellText,
  compareSummaryLines,
  legendLine,
  shortField
};
