import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  comparePlans
} from "./chunk-TXHHC44N.js";
import {
  catalogPlans
} from "./chunk-ZMGJERXK.js";
import {
  loadPlanArgument,
  withReaffirmed
} from "./chunk-ZV7M44MO.js";
import {
  compareFormats
} from "./chunk-PQHCNUCV.js";
import {
  CliError,
  exitCodes
} from "./chunk-V6YNDNEO.js";

// src/cli/commands/compare.ts
async function loadPlans(args, all, io, plansDir, command = "compare") {
  if (all && args.length > 0) throw new CliError("give plan ids or --all, not both");
  if (all) {
    let catalog = await catalogPlans(io, plansDir);
    return { plans: catalog, catalog };
  }
  if (args.length < 2) throw new CliError(`${command} needs at least two plans (or --all)`);
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
  let { mapSvgFor } = await import("./map-L752C2D7.js");
  return {
    output,
    exitCode: exitCodes.ok,
    ...warnings.length ? { stderr: warnings } : {},
    files: [{ path: options.map.path, text: await mapSvgFor(plans) }]
  };
}

export {
  loadPlans,
  runCompare
};
