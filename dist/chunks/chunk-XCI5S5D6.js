import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  comparePlans
} from "./chunk-TXHHC44N.js";
import {
  byCodeUnits
} from "./chunk-4NCVOBMZ.js";
import {
  planHeader
} from "./chunk-3AEP3XEF.js";

// src/compare/position.ts
var positionVersion = 1;
function partyName(plans, party) {
  let wanted = party.toLowerCase();
  for (let p of plans) for (let a of p.proposed_by) if (a.toLowerCase() === wanted) return a;
}
function parties(plans) {
  return [...new Set(plans.flatMap((p) => p.proposed_by))].sort(byCodeUnits);
}
function partyPosition(plans, party, options = {}) {
  let documents = plans.filter((p) => p.proposed_by.includes(party)).filter(
    (p) => (options.at === void 0 || p.date <= options.at) && (options.since === void 0 || p.date >= options.since)
  ).sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id)), rows = comparePlans(documents, options.clauses ? { clauses: options.clauses } : {}).rows.map((row) => {
    let changes = [], last, lastAt = -1;
    row.cells.forEach((cell, i) => {
      cell && (last !== void 0 && cell.key !== last.key && changes.push(i), last = cell, lastAt = i);
    });
    let doc = documents[lastAt];
    return {
      family: row.family,
      field: row.field,
      values: row.cells,
      changes,
      current: { value: last, document: doc.id, date: doc.date }
    };
  });
  return {
    version: positionVersion,
    party,
    at: options.at ?? documents.at(-1)?.date ?? "",
    documents: documents.map(planHeader),
    rows
  };
}

export {
  partyName,
  parties,
  partyPosition
};
