import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  placeholderSummaries,
  placeholders
} from "./chunk-YSNBIHK4.js";
import {
  didYouMean
} from "./chunk-OMOMNURU.js";
import {
  excerpt
} from "./chunk-2CCC5Z3M.js";
import {
  clauseBaseFields,
  listKeyFields
} from "./chunk-KYA5FSIY.js";
import {
  families
} from "./chunk-RRGM3VHY.js";

// src/load/checks.ts
var maxHints = 100, controlCharacters = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/
);
function asRecord(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value) ? value : void 0;
}
function checkPlan(raw, fileId, options = {}) {
  let out = [], checkControls = options.controlCharacters ?? !0, top = asRecord(raw) ?? {}, sources = asRecord(top.sources) ?? {}, declared = Object.keys(sources), used = /* @__PURE__ */ new Set(), hints = /* @__PURE__ */ new Map(), hintFor = (key) => {
    let hint = hints.get(key);
    return hint === void 0 && (hint = hints.size < maxHints ? didYouMean(key, declared) : "", hints.set(key, hint)), hint;
  };
  fileId !== void 0 && typeof top.id == "string" && top.id !== fileId && out.push({
    code: "id-mismatch",
    severity: "error",
    message: `id "${excerpt(top.id)}" does not match the file name "${excerpt(fileId)}"`,
    path: ["id"],
    target: "value"
  }), walk(raw, [], (value, path) => {
    let last = path[path.length - 1], parent = path[path.length - 2];
    if (typeof last == "number" && parent === "sources" && path.length > 2 && typeof value == "string" && (used.add(value), Object.hasOwn(sources, value) || out.push({
      code: "undeclared-source",
      severity: "error",
      message: `source "${excerpt(value)}" is not declared in the plan's sources${hintFor(value)}`,
      path: [...path],
      target: "value"
    })), typeof value == "string" && checkControls && controlCharacters.test(value) && out.push({
      code: "control-character",
      severity: "warning",
      message: `${path.join(".")}: text holds control or bidi-override characters; they are shown escaped`,
      path: [...path],
      target: "value"
    }), Array.isArray(value) && typeof last == "string") {
      let keyField = listKeyFields[last];
      if (keyField) {
        let seen = /* @__PURE__ */ new Set();
        value.forEach((item, i) => {
          let key = item?.[keyField];
          typeof key == "string" && (seen.has(key) && out.push({
            code: "duplicate-entry",
            severity: "error",
            message: `${path.join(".")}: ${keyField} "${excerpt(key)}" appears more than once`,
            path: [...path, i, keyField],
            target: "value"
          }), seen.add(key));
        });
      }
    }
  });
  for (let key of declared)
    !used.has(key) && asRecord(top.clauses) && out.push({
      code: "unused-source",
      severity: "warning",
      message: `source "${key}" is declared but no clause cites it`,
      path: ["sources", key],
      target: "key"
    });
  checkPlaceholders(top, out);
  let clauses = asRecord(top.clauses) ?? {};
  for (let family of families) {
    if (family === "other") continue;
    let clause = asRecord(clauses[family]);
    if (!clause) continue;
    let typed = Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k));
    typed.length > 0 && typed.every(([, v]) => isVague(v)) && clause.note === void 0 && out.push({
      code: "all-unspecified",
      severity: "warning",
      message: `clauses.${family}: every typed value is "unspecified" and no note says why; add a note or a definite value`,
      path: ["clauses", family],
      target: "key"
    });
  }
  return out;
}
function checkPlaceholders(top, out) {
  let warn = (path, what, target = "value") => out.push({
    code: "placeholder",
    severity: "warning",
    message: `${what} is still the example from plans new; replace it`,
    path,
    target
  });
  top.title === placeholders.title && warn(["title"], "the title");
  let sources = asRecord(top.sources) ?? {};
  for (let [key, value] of Object.entries(sources)) {
    let source = asRecord(value) ?? {};
    key === placeholders.sourceKey ? warn(["sources", key], `source "${key}"`, "key") : source.url === placeholders.url ? warn(["sources", key, "url"], "the URL") : source.title === placeholders.sourceTitle && warn(["sources", key, "title"], "the source's title");
  }
  let clauses = asRecord(top.clauses) ?? {};
  for (let [family, summary] of Object.entries(placeholderSummaries))
    asRecord(clauses[family])?.summary === summary && warn(["clauses", family, "summary"], `the ${family} summary`);
}
function isVague(v) {
  return v === "unspecified" ? !0 : Array.isArray(v) ? v.length > 0 && v.every(isVague) : !1;
}
function walk(value, path, visit) {
  if (visit(value, path), Array.isArray(value))
    for (let i = 0; i < value.length; i++)
      path.push(i), walk(value[i], path, visit), path.pop();
  else if (value !== null && typeof value == "object" && !(value instanceof Uint8Array))
    for (let k of Object.keys(value))
      path.push(k), walk(value[k], path, visit), path.pop();
}

// src/load/result.ts
function detach(s) {
  return JSON.parse(JSON.stringify(s));
}
function metaOf(raw) {
  if (raw === null || typeof raw != "object" || Array.isArray(raw)) return {};
  let r = raw, strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string").map(detach) : void 0, reaffirms = Array.isArray(r.reaffirms) ? strings(
    r.reaffirms.map(
      (x) => x !== null && typeof x == "object" ? x.plan : x
    )
  ) : void 0, proposedBy = strings(r.proposed_by);
  return {
    ...typeof r.id == "string" ? { id: detach(r.id) } : {},
    ...typeof r.revises == "string" ? { revises: detach(r.revises) } : {},
    ...typeof r.date == "string" ? { date: detach(r.date) } : {},
    ...reaffirms?.length ? { reaffirms } : {},
    ...proposedBy?.length ? { proposed_by: proposedBy } : {}
  };
}

export {
  controlCharacters,
  checkPlan,
  metaOf
};
