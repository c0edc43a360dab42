import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  catalogProblemsLine,
  loadCatalog
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
  listFormats
} from "./chunk-PQHCNUCV.js";
import {
  CliError,
  exitCodes
} from "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import {
  listEntry
} from "./chunk-2PKHYDB2.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-KMV5KWPQ.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KQSUDDD5.js";
import "./chunk-I7GVVMME.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/cli/commands/list.ts
async function runList(format, io, dirFlag, render, filter = {}) {
  if (filter.since !== void 0 && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filter.since))
    throw new CliError(`--since takes a year or a date: 2025, 2025-06 or 2025-06-02 (got "${filter.since}")`);
  let { plans, problems } = await loadCatalog(io, dirFlag), party = filter.party?.toLowerCase(), entries = plans.filter(({ plan }) => party === void 0 || plan.proposed_by.some((a) => a.toLowerCase() === party)).filter(({ plan }) => filter.since === void 0 || plan.date >= filter.since).map(({ plan, file, origin }) => listEntry(plan, file, origin === "bundled" ? "bundled" : "user")), output = (await listFormats[format]())(entries, render);
  return problems.length === 0 ? { output, exitCode: exitCodes.ok } : {
    output,
    exitCode: exitCodes.usage,
    stderr: [...problems, `plans: ${catalogProblemsLine(problems)}`]
  };
}
export {
  runList
};
