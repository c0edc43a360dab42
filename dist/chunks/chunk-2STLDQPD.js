import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  keysAt
} from "./chunk-GTTK4Q7F.js";
import {
  isQuantity
} from "./chunk-KK3XBNMJ.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import {
  clauseBaseFields,
  listKeyFields,
  orderedLists
} from "./chunk-KYA5FSIY.js";
import {
  formatValue
} from "./chunk-5VMAOCAD.js";

// src/render/planFields.ts
function scalarText(v) {
  return isQuantity(v) ? v.text : typeof v == "string" || typeof v == "number" || typeof v == "boolean" ? formatValue(v) : String(v);
}
function rows(value, label, schemaPath, out) {
  if (value === void 0) return;
  let field = String(schemaPath[schemaPath.length - 1]);
  if (Array.isArray(value)) {
    let key = listKeyFields[field];
    if (key)
      for (let entry of value) {
        let { [key]: name, ...rest } = entry;
        mapping(rest, `${label}[${String(name)}]`, [...schemaPath, 0], out);
      }
    else
      out.push({ field: label, value: value.map(scalarText).join(orderedLists.has(field) ? " \u2192 " : ", ") });
  } else typeof value == "object" && value !== null && !isQuantity(value) ? mapping(value, label, schemaPath, out) : out.push({ field: label, value: scalarText(value) });
}
function mapping(obj, label, schemaPath, out) {
  let declared = keysAt(schemaPath), keys = [
    ...declared.filter((k) => k in obj),
    ...Object.keys(obj).filter((k) => !declared.includes(k))
  ];
  for (let k of keys) rows(obj[k], label ? `${label}.${k}` : k, [...schemaPath, k], out);
}
function clauseRows(plan, family) {
  let clause = plan.clauses[family];
  if (!clause) return [];
  let out = [], typed = Object.fromEntries(Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k)));
  return mapping(typed, "", ["clauses", family], out), plan.inherited?.length ? out.map((r) => {
    let path = [family, ...r.field.split(/\.|\[|\]\.?/).filter(Boolean)], i = inheritedAt(plan, path);
    return i ? { ...r, from: i.from } : r;
  }) : out;
}

export {
  clauseRows
};
