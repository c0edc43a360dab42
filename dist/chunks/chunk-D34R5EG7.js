import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  planFormat
} from "./chunk-RRGM3VHY.js";

// src/load/migrate.ts
var movedFields = [
  { family: "security_package", from: "army_cap", to: ["force_limits", 0, "troops"] },
  { family: "security_package", from: "army_cap_scope", to: ["force_limits", 0, "applies"] },
  { family: "sanctions", from: "frozen_assets_usd_bn", to: ["frozen_assets_amount"] }
], disputedField = {
  army_cap: "force_limits.troops",
  army_cap_scope: "force_limits.applies",
  frozen_assets_usd_bn: "frozen_assets_amount"
}, isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v);
function formatOf(raw) {
  return isObj(raw) && Object.hasOwn(raw, "format") ? raw.format : 1;
}
function migrateRaw(raw) {
  let { format: _format, ...rest } = raw, out = { format: planFormat, ...rest }, clauses = raw.clauses;
  if (!isObj(clauses)) return out;
  let next = { ...clauses }, sp = clauses.security_package;
  if (isObj(sp) && (Object.hasOwn(sp, "army_cap") || Object.hasOwn(sp, "army_cap_scope"))) {
    let { army_cap, army_cap_scope, ...rest2 } = sp, limit = { party: "Ukraine" };
    army_cap !== void 0 && (limit.troops = army_cap), army_cap_scope !== void 0 && (limit.applies = army_cap_scope), next.security_package = renameDisputed({ ...rest2, force_limits: [limit] });
  }
  let sanctions = clauses.sanctions;
  if (isObj(sanctions) && Object.hasOwn(sanctions, "frozen_assets_usd_bn")) {
    let entries = Object.entries(sanctions).map(
      ([k, v]) => k === "frozen_assets_usd_bn" ? ["frozen_assets_amount", typeof v == "number" ? `${v} bn USD` : v] : [k, v]
    );
    next.sanctions = renameDisputed(Object.fromEntries(entries));
  }
  return out.clauses = next, out;
}
function renameDisputed(clause) {
  let list = clause.disputed;
  return Array.isArray(list) ? {
    ...clause,
    disputed: list.map(
      (d) => isObj(d) && typeof d.field == "string" && disputedField[d.field] ? { ...d, field: disputedField[d.field] } : d
    )
  } : clause;
}
function format1Path(path) {
  if (path[0] !== "clauses" || typeof path[1] != "string") return [...path];
  for (let m of movedFields) {
    if (path[1] !== m.family) continue;
    let rest = path.slice(2);
    if (m.to.every((seg, i) => rest[i] === seg))
      return ["clauses", m.family, m.from, ...rest.slice(m.to.length)];
    if (m.to[0] === "force_limits" && rest[0] === "force_limits") return ["clauses", m.family, "army_cap"];
  }
  return [...path];
}

export {
  formatOf,
  migrateRaw,
  format1Path
};
