import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  clauseBaseFields,
  listKeyFields,
  qualifiers
} from "./chunk-KYA5FSIY.js";
import {
  families
} from "./chunk-RRGM3VHY.js";

// src/diff/inherit.ts
var isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v);
function inheritedSourceKey(from, key) {
  return `${from}/${key}`;
}
function inheritedAt(plan, path) {
  let best;
  for (let i of plan.inherited ?? [])
    i.path.length <= path.length && i.path.every((seg, n) => path[n] === seg) && (!best || i.path.length > best.path.length) && (best = i);
  return best;
}
function units(family, clause) {
  let out = /* @__PURE__ */ new Map();
  for (let [field, value] of Object.entries(clause)) {
    if (clauseBaseFields.has(field)) continue;
    if (field === "territories" && isObj(value)) {
      for (let [region, t] of Object.entries(value))
        out.set(`territories.${region}`, { path: [family, field, region], value: t });
      continue;
    }
    let key = listKeyFields[field];
    if (key && Array.isArray(value)) {
      for (let entry of value) {
        let name = isObj(entry) ? String(entry[key]) : String(entry);
        out.set(`${field}.${name}`, { path: [family, field, name], value: entry });
      }
      continue;
    }
    out.set(field, { path: [family, field], value });
  }
  return out;
}
function place(clause, path, value) {
  let [, field, name] = path;
  name === void 0 ? clause[field] = value : field === "territories" ? clause.territories = { ...isObj(clause.territories) ? clause.territories : {}, [name]: value } : clause[field] = [...Array.isArray(clause[field]) ? clause[field] : [], value];
}
function effectivePlan(plan, lookup, seen = /* @__PURE__ */ new Set()) {
  if (!plan.reaffirms?.length) return plan;
  let visiting = /* @__PURE__ */ new Set([...seen, plan.id]), earlier = plan.reaffirms.map((r) => lookup(r.plan)).filter((p) => p !== void 0 && !visiting.has(p.id)).map((p) => effectivePlan(p, lookup, visiting)).sort((a, b) => a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  if (earlier.length === 0) return plan;
  let clauses = { ...plan.clauses }, sources = { ...plan.sources }, inherited = [];
  for (let source of earlier) {
    let originOf = (path) => {
      let i = inheritedAt(source, path);
      return i ? { from: i.from, date: i.date } : { from: source.id, date: source.date };
    }, keysOf = (keys) => keys.map((k) => {
      let named = k.includes("/") ? k : inheritedSourceKey(source.id, k);
      return sources[named] = source.sources[k], named;
    }), take = (path, keys) => {
      let i = inheritedAt(source, path);
      i && i.path.length === path.length ? inherited.push({ ...i, sources: keysOf(i.sources) }) : inherited.push({ path, ...originOf(path), sources: keysOf(keys) });
    };
    for (let family of families) {
      let theirs = source.clauses[family];
      if (theirs === void 0) continue;
      let mine = clauses[family];
      if (family === "other") {
        let have = new Set((mine ?? []).map((o) => o.topic)), added = theirs.filter((o) => !have.has(o.topic));
        if (added.length === 0) continue;
        clauses.other = [
          ...mine ?? [],
          ...added.map((o) => {
            let keys = o.sources;
            return take(["other", String(o.topic)], keys), { ...o, sources: keysOf(keys) };
          })
        ];
        continue;
      }
      let clause = theirs;
      if (mine === void 0) {
        clauses[family] = { ...clause, sources: keysOf(clause.sources) }, take([family], clause.sources);
        for (let i of source.inherited ?? [])
          i.path[0] === family && i.path.length > 1 && inherited.push({ ...i, sources: keysOf(i.sources) });
        continue;
      }
      let own = units(family, mine), next = { ...mine };
      for (let [unit, { path, value }] of units(family, clause)) {
        if (own.has(unit)) continue;
        let field = path[1];
        Object.entries(qualifiers).some(([main, q]) => q.includes(field) && own.has(main)) || (place(next, path, value), take(path, clause.sources));
      }
      clauses[family] = next;
    }
  }
  return { ...plan, sources, clauses, inherited };
}

export {
  inheritedAt,
  effectivePlan
};
