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
  shortField
} from "./chunk-7QUUF4UV.js";
import "./chunk-KVRTHCGL.js";
import {
  safeText,
  wrapLines
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/position.ts
function runs(row) {
  let out = [];
  return row.values.forEach((cell, i) => {
    if (!cell) return;
    let last = out.at(-1);
    last && last.value.key === cell.key ? last.documents.push(i + 1) : out.push({ value: cell, documents: [i + 1] });
  }), out;
}
function familiesOf(result) {
  return [...new Set(result.rows.map((r) => r.family))];
}
function renderPositionText(result, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t = (s) => safeText(s, { singleLine: !0 }), out = [], docs = result.documents;
  out.push(
    c.bold(
      `${t(result.party)}: ${docs.length} document${docs.length === 1 ? "" : "s"}${docs.length ? `, ${docs[0].date} \u2192 ${result.at}` : ""}`
    )
  );
  let idWidth = Math.max(0, ...docs.map((d) => d.id.length));
  if (docs.forEach((d, i) => {
    let with_ = d.proposed_by.length > 1 ? c.dim(` (with ${t(d.proposed_by.filter((p) => p !== result.party).join(", "))})`) : "";
    out.push(
      `  ${String(i + 1).padStart(2)} ${d.id.padEnd(idWidth)}  ${d.date}  ${d.status.padEnd(11)} ${t(d.title)}${with_}`
    );
  }), docs.length === 0) return `${out.join(`
`)}
`;
  for (let family of familiesOf(result)) {
    let rows = result.rows.filter((r) => r.family === family);
    out.push("", c.bold.cyan(family));
    let width = Math.min(34, Math.max(0, ...rows.map((r) => shortField(r.field).length)));
    for (let row of rows) {
      let parts = runs(row).map(
        ({ value, documents }) => `${t(value.text)} ${c.dim(`[${documents.join(" ")}]`)}`
      ), changed2 = row.changes.length > 0 ? c.yellow(" ~") : "  ";
      out.push(`${changed2}${t(shortField(row.field)).padEnd(width)}  ${parts.join(c.yellow(" \u2192 "))}`);
    }
  }
  let changed = result.rows.filter((r) => r.changes.length > 0).length;
  return out.push(
    "",
    c.bold(
      `${result.rows.length} fields; ${changed} changed across the documents (~); the last value of each is the position as of ${result.at}`
    )
  ), `${wrapLines(out.join(`
`), options.width ?? 100)}
`;
}
function renderPositionMarkdown(result, _options) {
  let out = [`## Position of ${mdText(result.party)} as of ${result.at}`, ""], docs = result.documents;
  out.push(
    mdTable(
      ["#", "Document", "Title", "Date", "Status"],
      docs.map((d, i) => [String(i + 1), `\`${d.id}\``, mdText(d.title), d.date, d.status])
    )
  );
  for (let family of familiesOf(result))
    out.push("", `### ${mdText(family)}`, ""), out.push(
      mdTable(
        ["Field", ...docs.map((_, i) => String(i + 1)), "Position"],
        result.rows.filter((r) => r.family === family).map((r) => [
          mdText(shortField(r.field)),
          ...r.values.map(
            (v, i) => v ? r.changes.includes(i) ? `**${mdText(v.text)}**` : mdText(v.text) : ""
          ),
          `${mdText(r.current.value.text)} (\`${r.current.document}\`)`
        ])
      )
    );
  return out.push(
    "",
    `*A value in bold differs from the one the party stated before; an empty cell is a document silent on the field, which leaves the last stated value standing. The position is the last value of each field up to ${result.at}.*`
  ), `${out.join(`
`)}
`;
}
function renderPositionJson(result, _options) {
  return jsonText(result);
}
export {
  renderPositionJson,
  renderPositionMarkdown,
  renderPositionText,
  runs
};
