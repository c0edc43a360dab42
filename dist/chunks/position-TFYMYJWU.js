import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  parties,
  partyName,
  partyPosition
} from "./chunk-XCI5S5D6.js";
import "./chunk-TXHHC44N.js";
import {
  catalogPlans
} from "./chunk-ZMGJERXK.js";
import "./chunk-KOU54KXE.js";
import "./chunk-HN6OK4C2.js";
import "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import {
  positionFormats
} from "./chunk-PQHCNUCV.js";
import {
  CliError,
  exitCodes
} from "./chunk-V6YNDNEO.js";
import {
  closest
} from "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

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
