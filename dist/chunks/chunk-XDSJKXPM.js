import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  planHeader
} from "./chunk-3AEP3XEF.js";
import {
  families
} from "./chunk-RRGM3VHY.js";
import {
  jsonText
} from "./chunk-KQSUDDD5.js";
import {
  newTable,
  tableText,
  wrapCell
} from "./chunk-PJBVDYPW.js";
import {
  mdTable,
  mdText
} from "./chunk-EP5BUBQC.js";
import {
  safeText
} from "./chunk-GWERCWVP.js";

// src/render/list.ts
var listVersion = 1;
function listEntry(plan, file, origin = "user") {
  return {
    ...planHeader(plan),
    families: families.filter((f) => plan.clauses[f] !== void 0),
    file,
    origin
  };
}
function countLine(entries) {
  let n = (k) => `${k} ${k === 1 ? "plan" : "plans"}`, bundled = entries.filter((e) => e.origin === "bundled").length;
  return bundled === 0 || bundled === entries.length ? n(entries.length) : `${n(entries.length)}: ${entries.length - bundled} yours, ${bundled} bundled (marked *)`;
}
function listedId(e, entries) {
  return entries.some((x) => x.origin === "user") && entries.some((x) => x.origin === "bundled") && e.origin === "bundled" ? `${e.id}*` : e.id;
}
var familyLetters = {
  sovereignty: "V",
  ceasefire: "C",
  recognition: "R",
  elections: "E",
  neutrality: "N",
  security_package: "G",
  sanctions: "S",
  economy: "M",
  energy_transit: "T",
  implementation: "I",
  signatories: "P",
  accountability: "A",
  humanitarian: "H",
  rights: "L",
  other: "O"
};
function familyMarks(addressed) {
  return families.map((f) => addressed.includes(f) ? familyLetters[f] : "\xB7").join("");
}
function renderListTable(entries, options) {
  let t = (s) => safeText(s, { singleLine: !0 }), width = options.width ?? 100, idW = Math.max(4, ...entries.map((e) => listedId(e, entries).length)) + 2, fixed = idW + 12 + 13 + 17 + 6, titleW = Math.max(20, width - fixed), table = newTable(
    ["id", "title (proposed by)", "date", "status", "families"],
    [idW, titleW, 12, 13, 17],
    options.color,
    !0
  );
  for (let e of entries)
    table.push([
      listedId(e, entries),
      wrapCell(`${t(e.title)} (${t(e.proposed_by.join(", "))})`, titleW),
      e.date,
      e.status,
      familyMarks(e.families)
    ]);
  let legend = familyLegend();
  return `${tableText(table, options.color)}
${countLine(entries)}; families: ${legend}
`;
}
function familyLegend() {
  return families.map((f) => `${familyLetters[f]} ${f}`).join(" \xB7 ");
}
function renderListMarkdown(entries, _options) {
  return `${mdTable(
    ["id", "Title", "Proposed by", "Date", "Status", "Families"],
    entries.map((e) => [
      `\`${listedId(e, entries)}\``,
      mdText(e.title),
      mdText(e.proposed_by.join(", ")),
      e.date,
      e.status,
      `\`${familyMarks(e.families)}\``
    ])
  )}

${countLine(entries)}. Families: ${mdText(familyLegend())}; \`\xB7\` where the plan is silent.
`;
}
function renderListJson(entries, _options) {
  return jsonText({ version: listVersion, plans: entries });
}

export {
  listVersion,
  listEntry,
  familyLetters,
  renderListTable,
  renderListMarkdown,
  renderListJson
};
