import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  format1Path,
  formatOf,
  migrateRaw
} from "./chunk-D34R5EG7.js";
import {
  checkPlan,
  metaOf
} from "./chunk-36X4JEF2.js";
import {
  parsePlan
} from "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import {
  parseLocated,
  rangeAt
} from "./chunk-VFU57FZC.js";
import "./chunk-Z6SYOHXR.js";
import "./chunk-MHPQEOZ3.js";
import {
  compareDiagnostics,
  didYouMean,
  isError
} from "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import {
  decodePlanBytes,
  excerpt
} from "./chunk-2CCC5Z3M.js";
import {
  keysAt
} from "./chunk-GTTK4Q7F.js";
import {
  durationPattern
} from "./chunk-KK3XBNMJ.js";
import "./chunk-KYA5FSIY.js";
import {
  vocabularyOfValues
} from "./chunk-ZEJAKNRH.js";
import {
  planFormat
} from "./chunk-RRGM3VHY.js";
import "./chunk-AZZC4ZFI.js";

// src/load/issues.ts
function getIn(data, path) {
  let cur = data;
  for (let seg of path) {
    if (cur === null || typeof cur != "object" || !Object.hasOwn(cur, seg))
      return { exists: !1, value: void 0 };
    cur = cur[seg];
  }
  return { exists: !0, value: cur };
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  switch (typeof value) {
    case "string":
      return `the string "${excerpt(value)}"`;
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}
var expectedWords = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping"
};
function dotted(path) {
  return path.length === 0 ? "the plan" : path.map(String).join(".");
}
var yaml11Booleans = /* @__PURE__ */ new Set([
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "Yes",
  "No",
  "On",
  "Off",
  "YES",
  "NO",
  "ON",
  "OFF"
]), format1Keys = {
  army_cap: "force_limits",
  army_cap_scope: "force_limits",
  frozen_assets_usd_bn: "frozen_assets_amount"
};
function issueToProblems(issue, data, doc, locate = (p) => p) {
  let path = issue.path, at = (target, p = path) => rangeAt(doc, locate(p), target), one = (code, message, range, p = path) => [
    { code, severity: "error", message, range, path: p.map((s) => typeof s == "number" ? s : String(s)) }
  ], { exists, value } = getIn(data, path);
  if ((issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union") && !exists && path.length > 0) {
    let field = String(path[path.length - 1]), owner = path.length > 1 ? dotted(path.slice(0, -1)) : "the plan";
    return one("required", `missing required field "${field}" in ${owner}`, at("owner"));
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      let candidates = keysAt(path);
      return issue.keys.flatMap((key) => {
        let p = [...path, key], where = path.length === 0 ? "at the top level" : `in ${dotted(path)}`, moved = format1Keys[key], hint = moved ? ` \u2014 "${key}" is format 1; format 2 has "${moved}" (see docs/plan-format.md)` : didYouMean(key, candidates);
        return one("unknown-key", `unknown key "${excerpt(key)}" ${where}${hint}`, at("key", p), p);
      });
    }
    case "invalid_type": {
      let expected = expectedWords[issue.expected] ?? issue.expected, hint = "";
      return issue.expected === "boolean" && typeof value == "string" && yaml11Booleans.has(value) ? hint = " (YAML 1.2 reads it as text; write true or false)" : issue.expected === "string" && typeof value == "number" ? hint = " (quote it to make it text)" : value === null && (issue.expected === "object" || issue.expected === "record") && (hint = " (the key has no content: fill it in or remove it)"), one(
        "type",
        `${dotted(path)}: expected ${expected}, got ${describeValue(value)}${hint}`,
        at("value")
      );
    }
    case "invalid_value": {
      let noun = vocabularyOfValues(issue.values)?.noun ?? "value";
      if (typeof value != "string")
        return one("type", `${dotted(path)}: expected a ${noun}, got ${describeValue(value)}`, at("value"));
      let options = issue.values.map(String), hint = didYouMean(value, options), list = hint ? "" : ` (one of: ${options.join(", ")})`;
      return one("enum", `unknown ${noun} "${excerpt(value)}"${hint}${list}`, at("value"));
    }
    case "invalid_union": {
      let words = issue.errors.flat().flatMap((e) => e.code === "invalid_value" ? e.values.map(String) : []), suggestion = typeof value == "string" ? didYouMean(value, words) : "";
      return one(
        suggestion ? "enum" : "type",
        `${dotted(path)}: ${issue.message}, got ${describeValue(value)}${suggestion}`,
        at("value")
      );
    }
    case "invalid_format": {
      let shown = typeof value == "string" ? `"${excerpt(value)}"` : describeValue(value), pattern = "pattern" in issue && issue.pattern ? String(issue.pattern) : "", what;
      return issue.format === "date" ? what = "is not a real calendar date (YYYY-MM-DD)" : pattern.includes(durationPattern.slice(1, 20)) ? what = 'is not a duration; write e.g. "30 days", "4 weeks", "18 months", "1 year"' : pattern.includes("[a-z0-9]+(-[a-z0-9]+)*") ? what = "must be lowercase letters, digits and single hyphens" : pattern.includes("^[^\\n\\r]*$") ? what = "must be a single line" : pattern.includes("https?:") ? what = "must be an http(s) URL without spaces" : pattern.includes("[A-Z0-9][A-Za-z0-9") ? what = "must be a name starting with a capital letter or digit" : pattern.includes("[0-9]{1,3}(\\/") ? what = 'must be a split such as "50/50"' : pattern.includes("(m|bn|tn)") ? what = 'is not an amount; write e.g. "100 bn USD", "210 bn EUR", "500 m GBP"' : what = `does not match the expected format ${pattern}`, one("format", `${dotted(path)}: ${shown} ${what}`, at("value"));
    }
    case "too_small": {
      let subject = issue.origin === "array" ? "list" : issue.origin === "string" ? "text" : "value", msg = issue.origin === "array" && Number(issue.minimum) === 1 ? `${dotted(path)}: must not be an empty list` : issue.origin === "string" && Number(issue.minimum) === 1 ? `${dotted(path)}: must not be empty` : `${dotted(path)}: ${subject} is below the minimum of ${String(issue.minimum)}`;
      return one("too-small", msg, at("value"));
    }
    case "too_big": {
      let unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " entries" : "";
      return one(
        "too-big",
        `${dotted(path)}: exceeds the maximum of ${String(issue.maximum)}${unit}`,
        at("value")
      );
    }
    case "invalid_key": {
      let key = String(path[path.length - 1] ?? "");
      return one(
        "format",
        `key "${excerpt(key)}" in ${dotted(path.slice(0, -1))} must be lowercase letters, digits and single hyphens`,
        at("key")
      );
    }
    case "custom": {
      let params = issue.params ?? {};
      return one(params.code ?? "type", issue.message, at(params.target ?? "value"));
    }
    default:
      return one("type", `${dotted(path)}: ${issue.message}`, at("value"));
  }
}

// src/load/loadPlan.ts
function positionIn(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i !== -1 && i < offset; i = text.indexOf(`
`, i + 1))
    line++, lineStart = i + 1;
  return { line, col: offset - lineStart + 1 };
}
function loadPlanBytes(bytes, file, options = {}) {
  let decoded = decodePlanBytes(bytes);
  if (!decoded.ok) {
    let { line, col } = positionIn(decoded.text, decoded.problem.offset);
    return {
      file,
      meta: {},
      diagnostics: [
        {
          file,
          line,
          col,
          endLine: line,
          endCol: col + 1,
          severity: "error",
          code: decoded.problem.code,
          message: decoded.problem.message
        }
      ]
    };
  }
  return loadPlanText(decoded.text, file, options);
}
function loadPlanText(text, file, options = {}) {
  let located = parseLocated(text), toDiagnostic = (p) => {
    let start = located.lineCounter.linePos(p.range[0]), end = located.lineCounter.linePos(p.range[1]);
    return {
      file,
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...p.path ? { path: p.path } : {}
    };
  }, problems = [...located.problems], meta = {}, finish = (plan) => {
    let diagnostics = problems.map(toDiagnostic).sort(compareDiagnostics);
    return plan !== void 0 && !diagnostics.some(isError) ? { file, plan, diagnostics, meta } : { file, diagnostics, meta };
  }, doc = located.doc;
  if (!doc || problems.some((p) => p.severity === "error" && p.code !== "duplicate-key")) return finish();
  let raw = doc.toJS({ maxAliasCount: 0 });
  if (meta = metaOf(raw), raw == null)
    return problems.push({
      code: "not-a-mapping",
      severity: "error",
      message: "file is empty; a plan file holds one mapping with id, title, sources and clauses",
      range: [0, 1]
    }), finish();
  if (typeof raw != "object" || Array.isArray(raw)) {
    let range = doc.contents?.range;
    return problems.push({
      code: "not-a-mapping",
      severity: "error",
      message: `a plan file holds one mapping, not ${Array.isArray(raw) ? "a list" : "a single value"}`,
      range: range ? [range[0], Math.max(range[1], range[0] + 1)] : [0, 1]
    }), finish();
  }
  let format = formatOf(raw);
  if (format !== 1 && format !== planFormat)
    return problems.push({
      code: "plan-format",
      severity: "error",
      message: `format ${excerpt(String(format))} is not one this version of plans reads (formats 1 and ${planFormat}); update plans, or write format: ${planFormat}`,
      range: rangeAt(doc, ["format"], "value"),
      path: ["format"]
    }), finish();
  let old = format === 1;
  old && problems.push({
    code: "format-1",
    severity: "warning",
    message: `written in plan format 1 (no "format" key); read as format ${planFormat} \u2014 run plans migrate on it to rewrite it`,
    range: rangeAt(doc, Object.hasOwn(raw, "id") ? ["id"] : [], "key")
  });
  let data = old ? migrateRaw(raw) : raw, locate = old ? format1Path : (p) => p, parsed = parsePlan(data);
  if (!parsed.success)
    for (let issue of parsed.error.issues) problems.push(...issueToProblems(issue, data, doc, locate));
  for (let p of checkPlan(data, options.expectedId))
    problems.push({ ...p, range: rangeAt(doc, locate(p.path), p.target) });
  return finish(parsed.success ? parsed.data : void 0);
}
export {
  loadPlanBytes,
  loadPlanText,
  metaOf
};
