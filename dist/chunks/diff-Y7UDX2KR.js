import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  diffPlans,
  plansDiffer
} from "./chunk-HYGQ3KUZ.js";
import {
  loadPlanArgument,
  withReaffirmed
} from "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import {
  diffFormats
} from "./chunk-PQHCNUCV.js";
import {
  exitCodes
} from "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/cli/commands/diff.ts
async function runDiff(a, b, options, io, render) {
  let left = await loadPlanArgument(a, io, options.plansDir ?? {}), right = await loadPlanArgument(b, io, options.plansDir ?? {}), { plans, warnings } = options.own ? { plans: [left.plan, right.plan], warnings: [] } : await withReaffirmed([left.plan, right.plan], io, options.plansDir ?? {}), diff = diffPlans(plans[0], plans[1], options.clauses ? { clauses: options.clauses } : {}), renderer = await diffFormats[options.format](), exitCode = options.exitCode && plansDiffer(diff) ? exitCodes.found : exitCodes.ok;
  return { output: renderer(diff, render), exitCode, ...warnings.length ? { stderr: warnings } : {} };
}
export {
  runDiff
};
