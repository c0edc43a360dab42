import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  planHeader
} from "./chunk-3AEP3XEF.js";
import {
  mdTable,
  mdText
} from "./chunk-KMV5KWPQ.js";
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
} from "./chunk-I7GVVMME.js";
import {
  displayWidth,
  safeText,
  wrapHanging
} from "./chunk-RYYAMFKR.js";

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
var minTitle = { full: 28, stacked: 20 };
function listColumns(width, idWidth) {
  let titleRoom = (taken, columns) => width - taken - (columns + 1);
  return titleRoom(idWidth + 12 + 13 + 17, 5) >= minTitle.full ? { title: titleRoom(idWidth + 42, 5), dates: "apart", families: !0 } : titleRoom(idWidth + 13 + 17, 4) >= minTitle.stacked ? { title: titleRoom(idWidth + 30, 4), dates: "stacked", families: !0 } : titleRoom(idWidth + 13, 3) >= minTitle.stacked ? { title: titleRoom(idWidth + 13, 3), dates: "stacked", families: !1 } : { title: Math.max(12, titleRoom(idWidth, 2)), dates: "none", families: !1 };
}
function renderListTable(entries, options) {
  let t = (s) => safeText(s, { singleLine: !0 }), width = options.width ?? 100;
  if (options.brief) {
    let longest = Math.max(4, ...entries.map((e) => displayWidth(t(listedId(e, entries))))) + 2, apart = width - longest - 12 - 13 - 5, stacked = width - longest - 13 - 4, layout2 = apart >= 12 ? "apart" : stacked >= 12 ? "stacked" : "none", idW2 = layout2 === "none" ? Math.max(8, Math.min(longest, width - 13 - 3)) : longest, head2 = ["id", ...layout2 === "apart" ? ["date", "status"] : [`date
status`]], widths2 = [idW2, ...layout2 === "apart" ? [12, 13] : [13]];
    layout2 !== "none" && head2.push("proposed by"), layout2 !== "none" && widths2.push(layout2 === "apart" ? apart : stacked);
    let table2 = newTable(head2, widths2, options.color, !0);
    for (let e of entries) {
      let id = t(listedId(e, entries)), row = [wrapCell(id, idW2, /* @__PURE__ */ new Set([id]))];
      row.push(...layout2 === "apart" ? [e.date, e.status] : [`${e.date}
${e.status}`]), layout2 !== "none" && row.push(wrapCell(t(e.proposed_by.join(", ")), widths2[widths2.length - 1])), table2.push(row);
    }
    let note = layout2 === "none" ? "; who proposed each shows at wider terminals" : "";
    return `${tableText(table2, options.color)}
${wrapHanging(`${countLine(entries)}${note}`, width, 0).join(`
`)}
`;
  }
  let idW = Math.min(
    Math.max(4, ...entries.map((e) => displayWidth(t(listedId(e, entries))))) + 2,
    width - 15
  ), layout = listColumns(width, idW), head = ["id", "title (proposed by)"], widths = [idW, layout.title];
  layout.dates === "apart" && head.push("date", "status"), layout.dates === "apart" && widths.push(12, 13), layout.dates === "stacked" && head.push(`date
status`), layout.dates === "stacked" && widths.push(13), layout.families && head.push("families"), layout.families && widths.push(17);
  let table = newTable(head, widths, options.color, !0);
  for (let e of entries) {
    let row = [
      wrapCell(t(listedId(e, entries)), idW, /* @__PURE__ */ new Set([t(listedId(e, entries))])),
      wrapCell(`${t(e.title)} (${t(e.proposed_by.join(", "))})`, layout.title)
    ];
    layout.dates === "apart" && row.push(e.date, e.status), layout.dates === "stacked" && row.push(`${e.date}
${e.status}`), layout.families && row.push(familyMarks(e.families)), table.push(row);
  }
  let count = countLine(entries), footer = layout.families ? `${count}; families: ${familyLegend()}` : `${count}; the families each addresses show at ${idW + 30 + 5 + minTitle.stacked} columns or more`;
  return `${tableText(table, options.color)}
${wrapHanging(footer, width, 0).join(`
`)}
`;
}
function familyLegend() {
  return families.map((f) => `${familyLetters[f]} ${f}`).join(" \xB7 ");
}
function renderListMarkdown(entries, options) {
  if (options.brief) {
    let rows = entries.map((e) => [
      `\`${listedId(e, entries)}\``,
      e.date,
      e.status,
      mdText(e.proposed_by.join(", "))
    ]);
    return `${mdTable(["id", "Date", "Status", "Proposed by"], rows)}

${countLine(entries)}.
`;
  }
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
  listColumns,
  renderListTable,
  renderListMarkdown,
  renderListJson
};
