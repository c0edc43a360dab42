import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/util/formatNumber.ts
function formatNumber(n) {
  if (!Number.isFinite(n)) return String(n);
  let sign = n < 0 ? "-" : "", [int, frac] = String(Math.abs(n)).split(".");
  if (int.includes("e")) return String(n);
  let grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac ? `.${frac}` : ""}`;
}

// src/render/describe.ts
function formatValue(v) {
  return v === void 0 ? "\u2014" : typeof v == "number" ? formatNumber(v) : typeof v == "boolean" ? v ? "yes" : "no" : v;
}
function fieldLabel(change) {
  let value = change.kind === "added" ? change.right : change.kind === "removed" ? change.left : void 0, path = value !== void 0 && change.path.at(-1) === String(value) ? change.path.slice(0, -1) : change.path;
  return path.slice(1).join(".") || path[0];
}
function signed(n, unit = "") {
  let abs = formatNumber(Math.abs(Math.round(n * 100) / 100));
  return `${n >= 0 ? "+" : "\u2212"}${abs}${unit}`;
}
function trendText(change) {
  let parts = [];
  return change.delta !== void 0 && change.delta !== 0 && parts.push(
    change.type === "number" ? signed(change.delta) : change.type === "money" ? signed(change.delta, " bn") : signed(change.delta, " days")
  ), change.trend && parts.push(change.trend), parts.join(", ");
}
function clip(text, max = 72) {
  let one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
function changeText(change, leftId, rightId, oneSided = !1) {
  return `${changeWords(change, leftId, rightId, oneSided)}${inheritedNote(change, leftId, rightId)}`;
}
function inheritedNote(change, leftId, rightId) {
  let parts = [], { left, right } = change.inherited ?? {};
  return left && parts.push(`${leftId}: from ${left.from} (${left.date})`), right && parts.push(`${rightId}: from ${right.from} (${right.date})`), parts.length ? ` [${parts.join("; ")}]` : "";
}
function changeWords(change, leftId, rightId, oneSided) {
  let trend = trendText(change), only = (id) => oneSided ? trend ? ` (${trend})` : "" : ` (only in ${id}${trend ? `, ${trend}` : ""})`, value = (v) => change.type === "text" ? `"${clip(formatValue(v))}"` : formatValue(v);
  switch (change.kind) {
    case "added":
      return `${change.type === "entry" ? "entry " : ""}${value(change.right)}${only(rightId)}`;
    case "removed":
      return `${change.type === "entry" ? "entry " : ""}${value(change.left)}${only(leftId)}`;
    default:
      return change.type === "text" ? `reworded: ${value(change.right)}` : `${value(change.left)} \u2192 ${value(change.right)}${trend ? ` (${trend})` : ""}`;
  }
}
function statusLabel(c, diff) {
  switch (c.status) {
    case "only-left":
      return `only in ${diff.left.id}`;
    case "only-right":
      return `only in ${diff.right.id}`;
    default:
      return c.status;
  }
}
function summaryLine(diff) {
  let s = diff.summary;
  if (s.families === 0) return "neither plan addresses the selected clause families";
  let parts = [s.differing === 0 && s.reworded === 0 ? `all ${s.families} clause ${s.families === 1 ? "family is" : "families are"} the same` : `${s.differing} of ${s.families} clause ${s.families === 1 ? "family differs" : "families differ"}`];
  s.reworded > 0 && (parts[0] += `, ${s.reworded} reworded`);
  let only = (families, id) => families.length ? `${families.join(", ")} only in ${id}` : "", tail = [only(s.onlyLeft, diff.left.id), only(s.onlyRight, diff.right.id)].filter(Boolean);
  return tail.length ? `${parts[0]}; ${tail.join("; ")}` : parts[0];
}
function sourceParts(s) {
  let bits = s.publisher && s.published ? `${s.publisher}, ${s.published}` : s.publisher || s.published || "";
  return { title: s.title, bits, flags: s.flags?.length ? s.flags.join(", ") : "" };
}
function sourceText(s) {
  let { title, bits, flags } = sourceParts(s);
  return `${title}${bits ? ` \u2014 ${bits}` : ""}${flags ? ` [${flags}]` : ""}`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function changeColumn(ch) {
  let words = ch.type === "entry" ? `${ch.kind} entry` : [ch.kind === "changed" ? "" : ch.kind, trendText(ch)].filter(Boolean).join(", "), { left, right } = ch.inherited ?? {}, from = [left && `left from ${left.from}`, right && `right from ${right.from}`].filter(Boolean).join(", ");
  return [words, from].filter(Boolean).join("; ");
}
function sideValue(ch, v) {
  return ch.type === "entry" ? v === void 0 ? "" : String(v) : formatValue(v);
}
function isClauseSummary(ch) {
  return ch.path.length === 2 && ch.path[1] === "summary";
}
function changeSection(ch) {
  return isClauseSummary(ch) ? "summary" : ch.type === "text" ? "text" : "typed";
}
function familiesOf(diff, status) {
  return diff.clauses.filter((c) => c.status === status).map((c) => c.clause);
}
function summaryText(report) {
  let s = report.summary, parts = [`${plural(s.files, "file")} checked`, `${s.invalid} invalid`, plural(s.errors, "error")];
  return s.warnings > 0 && parts.push(plural(s.warnings, "warning")), parts.join(", ");
}

export {
  formatNumber,
  formatValue,
  fieldLabel,
  changeText,
  statusLabel,
  summaryLine,
  sourceParts,
  sourceText,
  plural,
  changeColumn,
  sideValue,
  isClauseSummary,
  changeSection,
  familiesOf,
  summaryText
};
