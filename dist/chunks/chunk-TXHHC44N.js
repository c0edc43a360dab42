import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  isMoney
} from "./chunk-ZSP727K5.js";
import {
  regionKeys
} from "./chunk-MHPQEOZ3.js";
import {
  planHeader,
  sourceRefs
} from "./chunk-3AEP3XEF.js";
import {
  keysAt,
  shapeAt
} from "./chunk-GTTK4Q7F.js";
import {
  isDuration,
  isQuantity
} from "./chunk-KK3XBNMJ.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import {
  clauseBaseFields,
  listKeyFields,
  orderedLists,
  qualifiers,
  textFields
} from "./chunk-KYA5FSIY.js";
import {
  formatNumber
} from "./chunk-5VMAOCAD.js";
import {
  families
} from "./chunk-RRGM3VHY.js";

// src/compare/comparePlans.ts
var compareVersion = 2, notCompared = /* @__PURE__ */ new Set([...clauseBaseFields, ...textFields]), qualifying = new Set(Object.values(qualifiers).flat()), keysOf = (node) => node?.kind === "object" ? Object.keys(node.keys) : [], child = (node, key) => node?.kind === "object" ? node.keys[key] : void 0;
function cellOf(v, ordered = !1) {
  if (typeof v == "number") return { text: formatNumber(v), key: `n:${v}` };
  if (typeof v == "boolean") return { text: v ? "yes" : "no", key: `b:${v}` };
  if (isDuration(v)) return { text: v.text, key: `d:${v.days}` };
  if (isMoney(v)) return { text: v.text, key: `m:${v.bn}:${v.currency}` };
  if (Array.isArray(v) && ordered) {
    let items = v.map((x) => cellOf(x));
    return { text: items.map((c) => c.text).join(" \u2192 "), key: `o:${items.map((c) => c.key).join("|")}` };
  }
  if (Array.isArray(v)) {
    let items = v.map((x) => cellOf(x));
    return {
      text: items.map((c) => c.text).join(", "),
      key: `l:${items.map((c) => c.key).sort().join("|")}`
    };
  }
  let text = String(v);
  return { text, key: `s:${text}` };
}
function qualifiedCell(field, obj) {
  let main = cellOf(obj[field]);
  if (field === "start") {
    let within = obj.within === void 0 ? void 0 : cellOf(obj.within), pre = obj.preconditions === void 0 ? void 0 : cellOf(obj.preconditions), condition = pre === void 0 && typeof obj.condition == "string" ? obj.condition : void 0;
    return { text: main.text === "within" && within ? `within ${within.text}` : pre ? `${main.text} (${pre.text})` : condition ? `${main.text} (on a condition in words)` : main.text, key: `${main.key}|${within?.key ?? ""}|${pre?.key ?? ""}|${condition ?? ""}` };
  }
  let q = (qualifiers[field] ?? []).filter((k) => obj[k] !== void 0).map((k) => cellOf(obj[k]));
  return q.length === 0 ? main : {
    text: `${main.text} (${q.map((c) => c.text).join(", ")})`,
    key: `${main.key}|${q.map((c) => c.key).join("|")}`
  };
}
function clauseFields(family, clause) {
  let out = [], walk = (node2, name, value, field, path, owner) => {
    if (value === void 0) return;
    let key = listKeyFields[name];
    if (key && Array.isArray(value)) {
      let element = node2?.kind === "array" ? node2.element : void 0;
      for (let entry of value) {
        let who = String(entry[key]), at = `${field}[${who}]`;
        for (let k of keysOf(element))
          k === key || k === "note" || !(k in entry) || qualifying.has(k) && Object.entries(qualifiers).some(([m, q]) => q.includes(k) && entry[m] !== void 0) || walk(child(element, k), k, entry[k], `${at}.${k}`, [...path, who, k], entry);
      }
    } else if (typeof value == "object" && value !== null && !Array.isArray(value) && !isQuantity(value)) {
      let obj = value;
      for (let k of keysOf(node2))
        !notCompared.has(k) && k in obj && walk(child(node2, k), k, obj[k], field ? `${field}.${k}` : k, [...path, k], obj);
    } else {
      let cell = qualifiers[name] ? qualifiedCell(name, owner) : cellOf(value, orderedLists.has(name));
      out.push({ field, path, cell });
    }
  }, node = shapeAt(["clauses", family]);
  for (let k of keysOf(node))
    if (!(notCompared.has(k) || !(k in clause)) && !(qualifying.has(k) && Object.entries(qualifiers).some(([m, q]) => q.includes(k) && clause[m] !== void 0)))
      if (family === "recognition" && k === "territories") {
        let territories = clause.territories, territoryNode = child(child(node, "territories"), "crimea");
        for (let region of regionKeys) {
          let t = territories[region];
          if (!t) continue;
          let status = String(t.status), text = t.extent && t.extent !== "whole" ? `${status} (${String(t.extent)})` : status, path = ["territories", region];
          out.push({
            field: `territories.${region}`,
            path,
            cell: { text, key: `t:${status}:${String(t.extent ?? "")}` }
          }), t.zones !== void 0 && walk(
            child(territoryNode, "zones"),
            "zones",
            t.zones,
            `territories.${region}.zones`,
            [...path, "zones"],
            t
          );
        }
      } else walk(child(node, k), k, clause[k], k, [k], clause);
  return out;
}
function familyFields(plan, family) {
  let fields = family === "other" ? plan.clauses.other?.map((o) => ({
    field: o.topic,
    path: [o.topic],
    cell: { text: "\u2713", key: "present" }
  })) : plan.clauses[family] ? clauseFields(family, plan.clauses[family]) : void 0;
  return !fields || !plan.inherited?.length ? fields : fields.map((f) => {
    let i = inheritedAt(plan, [family, ...f.path]);
    return i ? { ...f, cell: { ...f.cell, from: i.from } } : f;
  });
}
function familySources(plan, family) {
  let own = family === "other" ? plan.clauses.other?.flatMap((o) => o.sources) ?? [] : plan.clauses[family]?.sources ?? [], inherited = (plan.inherited ?? []).filter((i) => i.path[0] === family && i.path.length > 1).flatMap((i) => i.sources);
  return [...own, ...inherited];
}
function verdictOf(cells) {
  let stated = cells.filter((c) => c !== null);
  return stated.length <= 1 ? "single" : stated.every((c) => c.key === stated[0].key) ? "agree" : "differ";
}
function comparePlans(plans, options = {}) {
  let wanted = options.clauses ?? families, rows = [], summaries = [], silent = [];
  for (let family of families) {
    if (!wanted.includes(family)) continue;
    let columns = plans.map((plan) => familyFields(plan, family)), addressedBy = plans.filter((_, i) => columns[i] !== void 0).map((p) => p.id);
    if (addressedBy.length === 0) continue;
    addressedBy.length < plans.length && silent.push({ family, plans: plans.filter((_, i) => columns[i] === void 0).map((p) => p.id) });
    let seen = /* @__PURE__ */ new Map();
    for (let column of columns)
      for (let { field } of column ?? []) seen.has(field) || seen.set(field, seen.size);
    let declared = family === "other" ? [] : keysAt(["clauses", family]), rank = (f) => [
      declared.indexOf(f.split(/[.[]/)[0]),
      f.startsWith("territories.") ? regionKeys.indexOf(f.split(".")[1]) : -1,
      seen.get(f)
    ], fields = [...seen.keys()].map((f) => ({ f, r: rank(f) })).sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2]).map(({ f }) => f), byField = columns.map((column) => new Map(column?.map((fc) => [fc.field, fc.cell]))), familyRows = fields.map((field) => {
      let cells = byField.map((m) => m.get(field) ?? null);
      return { family, field, cells, verdict: verdictOf(cells) };
    }), count = (v) => familyRows.filter((r) => r.verdict === v).length;
    summaries.push({
      family,
      addressedBy,
      rows: familyRows.length,
      agree: count("agree"),
      differ: count("differ"),
      single: count("single")
    });
    for (let r of familyRows) (!options.differencesOnly || r.verdict !== "agree") && rows.push(r);
  }
  let share = (s) => s.agree + s.differ === 0 ? 0 : s.differ / (s.agree + s.differ), contested = summaries.filter((s) => s.differ > 0).sort(
    (a, b) => b.differ - a.differ || share(b) - share(a) || families.indexOf(a.family) - families.indexOf(b.family)
  ).map((s) => s.family), sources = {};
  for (let plan of plans)
    sources[plan.id] = sourceRefs(
      plan,
      families.filter((f) => wanted.includes(f)).flatMap((f) => familySources(plan, f))
    );
  return {
    version: compareVersion,
    plans: plans.map(planHeader),
    rows,
    families: summaries,
    summary: {
      commonGround: summaries.filter((s) => s.addressedBy.length >= 2 && s.agree > 0 && s.differ === 0).map((s) => s.family),
      contested,
      silent
    },
    sources
  };
}

export {
  familyFields,
  comparePlans
};
