import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  isMoney
} from "./chunk-ZSP727K5.js";
import {
  clauseSide,
  planHeader,
  sourceRefs
} from "./chunk-3AEP3XEF.js";
import {
  keysAt,
  vocabularyAt
} from "./chunk-GTTK4Q7F.js";
import {
  isDuration,
  isQuantity
} from "./chunk-KK3XBNMJ.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import {
  listKeyFields,
  orderedLists,
  textFields
} from "./chunk-KYA5FSIY.js";
import {
  rankOf
} from "./chunk-ZEJAKNRH.js";
import {
  families
} from "./chunk-RRGM3VHY.js";

// src/diff/diffPlans.ts
function isRecord(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v) && !isQuantity(v);
}
function plain(v) {
  return isQuantity(v) ? v.text : typeof v == "string" || typeof v == "number" || typeof v == "boolean" ? v : String(v);
}
function sameScalar(a, b) {
  return isDuration(a) && isDuration(b) ? a.days === b.days : isMoney(a) && isMoney(b) ? a.bn === b.bn && a.currency === b.currency : a === b;
}
var datePattern = /^\d{4}-\d{2}-\d{2}$/;
function kindOf(v) {
  return isDuration(v) ? "duration" : isMoney(v) ? "money" : typeof v;
}
function typeOf(field, vocabPath, a, b) {
  if (textFields.has(field) || vocabPath.includes("disputed")) return "text";
  if (a !== void 0 && b !== void 0 && kindOf(a) !== kindOf(b)) return "enum";
  let sample = a ?? b;
  return isDuration(sample) ? "duration" : isMoney(sample) ? "money" : typeof sample == "number" ? "number" : typeof sample == "boolean" ? "boolean" : vocabularyAt(vocabPath) ? "enum" : typeof sample == "string" && datePattern.test(sample) ? "date" : "name";
}
function ceasefireDays(clause) {
  if (clause) {
    if (clause.start === "immediate" || clause.start === "on-signature") return 0;
    if (clause.start === "within" && isDuration(clause.within)) return clause.within.days;
  }
}
var Walker = class {
  constructor(leftClause, rightClause) {
    this.leftClause = leftClause;
    this.rightClause = rightClause;
  }
  leftClause;
  rightClause;
  changes = [];
  /** `path` names the change; `schemaPath` is the same path with list keys as indices. */
  value(path, schemaPath, a, b) {
    path[path.length - 1] === "sources" || a === void 0 && b === void 0 || (Array.isArray(a) || Array.isArray(b) ? this.list(path, schemaPath, a ?? [], b ?? []) : isRecord(a) || isRecord(b) ? this.mapping(path, schemaPath, isRecord(a) ? a : void 0, isRecord(b) ? b : void 0) : this.scalar(path, schemaPath, a, b));
  }
  mapping(path, schemaPath, a, b) {
    let declared = keysAt(schemaPath), present = /* @__PURE__ */ new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]), ordered = [
      ...declared.filter((k) => present.has(k)),
      ...[...present].filter((k) => !declared.includes(k))
    ];
    for (let key of ordered) this.value([...path, key], [...schemaPath, key], a?.[key], b?.[key]);
  }
  list(path, schemaPath, a, b) {
    let field = path[path.length - 1];
    if (orderedLists.has(field)) {
      let left2 = a.map(plain).join(" \u2192 "), right2 = b.map(plain).join(" \u2192 ");
      if (left2 === right2) return;
      let kind = a.length === 0 ? "added" : b.length === 0 ? "removed" : "changed";
      this.changes.push({
        path,
        kind,
        type: "order",
        ...a.length ? { left: left2 } : {},
        ...b.length ? { right: right2 } : {}
      });
      return;
    }
    let keyField = listKeyFields[field], elementPath = [...schemaPath, 0];
    if (keyField) {
      let keyOf = (e) => String(e[keyField]), left2 = new Map(a.map((e) => [keyOf(e), e])), right2 = new Map(b.map((e) => [keyOf(e), e]));
      for (let key of /* @__PURE__ */ new Set([...left2.keys(), ...right2.keys()])) {
        let l = left2.get(key), r = right2.get(key), p = [...path, key];
        (!l || !r) && field !== "disputed" && this.changes.push(
          l ? { path: p, kind: "removed", type: "entry", left: key } : { path: p, kind: "added", type: "entry", right: key }
        );
        let { [keyField]: _l, ...lRest } = l ?? {}, { [keyField]: _r, ...rRest } = r ?? {};
        this.mapping(p, elementPath, l ? lRest : void 0, r ? rRest : void 0);
      }
      return;
    }
    let type = typeOf(field, elementPath.map(String), a[0], b[0]), left = new Set(a.map(plain)), right = new Set(b.map(plain));
    for (let e of left)
      right.has(e) || this.changes.push({ path: [...path, String(e)], kind: "removed", type, left: e });
    for (let e of right)
      left.has(e) || this.changes.push({ path: [...path, String(e)], kind: "added", type, right: e });
  }
  scalar(path, schemaPath, a, b) {
    if (sameScalar(a, b)) return;
    let field = path[path.length - 1], type = typeOf(field, schemaPath.map(String), a, b), change = { path, kind: a === void 0 ? "added" : b === void 0 ? "removed" : "changed", type };
    if (a !== void 0 && (change.left = plain(a)), b !== void 0 && (change.right = plain(b)), typeof a == "number" && typeof b == "number")
      change.delta = b - a, change.trend = b > a ? "higher" : "lower";
    else if (isMoney(a) && isMoney(b))
      a.currency === b.currency && (change.delta = b.bn - a.bn, change.trend = b.bn > a.bn ? "higher" : "lower");
    else if (isDuration(a) && isDuration(b)) {
      change.delta = b.days - a.days;
      let timing = path[0] === "elections" && field === "within";
      change.trend = b.days < a.days ? timing ? "sooner" : "shorter" : timing ? "later" : "longer";
    } else if (typeof a == "string" && typeof b == "string" && type === "enum") {
      let vocab = vocabularyAt(schemaPath.map(String)), ra = vocab ? rankOf(vocab, a) : void 0, rb = vocab ? rankOf(vocab, b) : void 0;
      vocab?.trend && ra !== void 0 && rb !== void 0 && (change.trend = rb > ra ? vocab.trend.up : vocab.trend.down);
    }
    if (path[0] === "ceasefire" && (field === "start" || field === "within") && path.length === 2) {
      let da = ceasefireDays(this.leftClause), db = ceasefireDays(this.rightClause);
      da !== void 0 && db !== void 0 && da !== db && (change.trend = db < da ? "sooner" : "later", (field === "start" || !change.delta) && (change.delta = db - da));
    }
    this.changes.push(change);
  }
};
function diffFamily(family, left, right) {
  let walker = new Walker(isRecord(left) ? left : void 0, isRecord(right) ? right : void 0);
  if (family === "other") walker.value(["other"], ["clauses", "other"], left, right);
  else {
    let l = isRecord(left) ? left : void 0, r = isRecord(right) ? right : void 0, declared = keysAt(["clauses", family]), present = /* @__PURE__ */ new Set([...Object.keys(l ?? {}), ...Object.keys(r ?? {})]);
    for (let key of declared.filter((k) => present.has(k)))
      walker.value([family, key], ["clauses", family, key], l?.[key], r?.[key]);
  }
  let commentary = (c) => c.path[c.path.length - 1] === "note" || c.path[c.path[0] === "other" ? 2 : 1] === "disputed", rank = (c) => c.type !== "text" ? 0 : commentary(c) ? 2 : 1;
  return [0, 1, 2].flatMap((r) => walker.changes.filter((c) => rank(c) === r));
}
function markInherited(change, left, right) {
  let ref = (plan, present) => {
    let i = present ? inheritedAt(plan, change.path) : void 0;
    return i && { from: i.from, date: i.date, sources: sourceRefs(plan, i.sources) };
  }, l = ref(left, change.kind !== "added"), r = ref(right, change.kind !== "removed");
  return !l && !r ? change : { ...change, inherited: { ...l ? { left: l } : {}, ...r ? { right: r } : {} } };
}
function diffPlans(left, right, options = {}) {
  let wanted = options.clauses ?? families, clauses = [];
  for (let family of families) {
    if (!wanted.includes(family)) continue;
    let l = left.clauses[family], r = right.clauses[family];
    if (l === void 0 && r === void 0) continue;
    let leftSide = clauseSide(left, family), rightSide = clauseSide(right, family), sides = { ...leftSide ? { left: leftSide } : {}, ...rightSide ? { right: rightSide } : {} };
    if (l === void 0 || r === void 0) {
      let changes2 = diffFamily(family, l, r).filter((c) => c.type !== "text").map((c) => markInherited(c, left, right));
      clauses.push({
        clause: family,
        status: l === void 0 ? "only-right" : "only-left",
        changes: changes2,
        ...sides
      });
      continue;
    }
    let changes = diffFamily(family, l, r).map((c) => markInherited(c, left, right)), status = changes.length === 0 ? "same" : changes.some((c) => c.type !== "text") ? "changed" : "reworded";
    clauses.push({ clause: family, status, changes, ...sides });
  }
  let count = (s) => clauses.filter((c) => c.status === s).length, onlyLeft = clauses.filter((c) => c.status === "only-left").map((c) => c.clause), onlyRight = clauses.filter((c) => c.status === "only-right").map((c) => c.clause);
  return {
    version: 2,
    left: planHeader(left),
    right: planHeader(right),
    clauses,
    summary: {
      families: clauses.length,
      differing: count("changed") + onlyLeft.length + onlyRight.length,
      changed: count("changed"),
      reworded: count("reworded"),
      same: count("same"),
      onlyLeft,
      onlyRight
    }
  };
}
function plansDiffer(diff) {
  return diff.clauses.some((c) => c.status !== "same");
}

export {
  diffPlans,
  plansDiffer
};
