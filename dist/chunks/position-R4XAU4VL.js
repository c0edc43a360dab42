import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  comparePlans
} from "./chunk-IDA5P5Z3.js";
import {
  catalogPlans
} from "./chunk-D3ZCPJKV.js";
import "./chunk-KOU54KXE.js";
import "./chunk-YXHLQQIB.js";
import "./chunk-LS5WKDDX.js";
import "./chunk-SOTVR52O.js";
import "./chunk-36X4JEF2.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-PO4MDKIB.js";
import "./chunk-MHPQEOZ3.js";
import {
  positionFormats
} from "./chunk-ADXPGKXO.js";
import {
  CliError,
  exitCodes
} from "./chunk-42LPGVRM.js";
import {
  closest
} from "./chunk-OMOMNURU.js";
import {
  byCodeUnits
} from "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-NSL3M27Q.js";
import "./chunk-SUXKU7QM.js";
import {
  planHeader
} from "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-ILHEFFZV.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-5JRKSDFS.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";

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

// src/cli/commands/position.ts
var isoDate = /^\d{4}-\d{2}-\d{2}$/;
function realDate(value) {
  if (!isoDate.test(value)) return !1;
  let d = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
async function runPosition(party, options, io, render) {
  for (let [flag, value] of [
    ["--at", options.at],
    ["--since", options.since]
  ])
    if (value !== void 0 && !realDate(value))
      throw new CliError(`${flag} takes a date, YYYY-MM-DD (got "${value}")`);
  let plans = await catalogPlans(io, options.plansDir ?? {}), name = partyName(plans, party);
  if (!name) {
    let known = parties(plans), near = closest(party, known, 3);
    throw new CliError(
      `no plan is proposed by "${party}"${near.length ? ` \u2014 did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : ` (parties: ${known.join(", ")})`}`
    );
  }
  let result = partyPosition(plans, name, {
    ...options.at ? { at: options.at } : {},
    ...options.since ? { since: options.since } : {},
    ...options.clauses ? { clauses: options.clauses } : {}
  });
  if (result.documents.length === 0)
    throw new CliError(
      `${name} has no document ${options.at ? `up to ${options.at}` : ""}${options.since ? ` since ${options.since}` : ""}`.trim()
    );
  return { output: (await positionFormats[options.format]())(result, render), exitCode: exitCodes.ok };
}
export {
  runPosition
};
