import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  comparePlans
} from "./chunk-IDA5P5Z3.js";
import {
  catalogPlans
} from "./chunk-D3ZCPJKV.js";
import "./chunk-KOU54KXE.js";
import "./chunk-YXHLQQIB.js";
import {
  loadPlanArgument,
  withReaffirmed
} from "./chunk-LS5WKDDX.js";
import "./chunk-SOTVR52O.js";
import "./chunk-36X4JEF2.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-PO4MDKIB.js";
import "./chunk-MHPQEOZ3.js";
import {
  compareFormats
} from "./chunk-ADXPGKXO.js";
import {
  CliError,
  exitCodes
} from "./chunk-42LPGVRM.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-NSL3M27Q.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
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

// src/cli/commands/compare.ts
async function loadPlans(args, all, io, plansDir) {
  if (all && args.length > 0) throw new CliError("give plan ids or --all, not both");
  if (all) {
    let catalog = await catalogPlans(io, plansDir);
    return { plans: catalog, catalog };
  }
  if (args.length < 2) throw new CliError("compare needs at least two plans (or --all)");
  let plans = [];
  for (let arg of args) plans.push((await loadPlanArgument(arg, io, plansDir)).plan);
  let seen = /* @__PURE__ */ new Set();
  for (let p of plans) {
    if (seen.has(p.id)) throw new CliError(`plan "${p.id}" is given twice`);
    seen.add(p.id);
  }
  return { plans };
}
async function runCompare(args, options, io, render) {
  let loaded = await loadPlans(args, options.all ?? !1, io, options.plansDir ?? {}), { plans, warnings } = options.own ? { plans: loaded.plans, warnings: [] } : await withReaffirmed(
    loaded.plans,
    io,
    options.plansDir ?? {},
    new Map((loaded.catalog ?? []).map((p) => [p.id, p]))
  ), result = comparePlans(plans, {
    ...options.clauses ? { clauses: options.clauses } : {},
    ...options.differencesOnly ? { differencesOnly: !0 } : {}
  }), output = (await compareFormats[options.format]())(result, { ...render, ...options.map ? { mapLink: options.map.link } : {} });
  if (!options.map)
    return { output, exitCode: exitCodes.ok, ...warnings.length ? { stderr: warnings } : {} };
  let { mapSvgFor } = await import("./map-GZA322OT.js");
  return {
    output,
    exitCode: exitCodes.ok,
    ...warnings.length ? { stderr: warnings } : {},
    files: [{ path: options.map.path, text: await mapSvgFor(plans) }]
  };
}
export {
  runCompare
};
