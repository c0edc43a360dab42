import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlanArgument,
  withReaffirmed
} from "./chunk-ZV7M44MO.js";
import {
  CliError,
  exitCodes,
  packageRoot
} from "./chunk-V6YNDNEO.js";

// src/cli/commands/map.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var panelMapWidth = 480, maxMapPanels = 50;
function mapDataPath() {
  return join(packageRoot(), "data", "ukr.topo.json");
}
function readMapData(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    let reason = e instanceof SyntaxError ? "not valid JSON" : e.code ?? "unreadable";
    throw new CliError(`cannot read the map data ${path}: ${reason} (the installation may be broken)`);
  }
}
async function runMap(args, options, io) {
  if (args.length === 0) throw new CliError("plans map needs at least one plan");
  if (args.length > maxMapPanels)
    throw new CliError(
      `a map draws at most ${maxMapPanels} plans, one panel each; ${args.length} were given`
    );
  let loaded = [];
  for (let arg of args) loaded.push((await loadPlanArgument(arg, io, options.plansDir ?? {})).plan);
  let { plans, warnings } = options.own ? { plans: loaded, warnings: [] } : await withReaffirmed(loaded, io, options.plansDir ?? {});
  return {
    output: await mapSvgFor(plans),
    exitCode: exitCodes.ok,
    ...warnings.length ? { stderr: warnings } : {}
  };
}
async function mapSvgFor(plans) {
  if (plans.length > maxMapPanels)
    throw new CliError(
      `a map draws at most ${maxMapPanels} plans, one panel each; ${plans.length} were given`
    );
  let [{ buildMapGeometry }, { renderMapSvg }] = await Promise.all([
    import("./geo-FQUDWBAG.js"),
    import("./mapSvg-4JZ5GRX5.js")
  ]), path = mapDataPath(), geometry;
  try {
    geometry = buildMapGeometry(readMapData(path), { width: panelMapWidth });
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`the map data ${path} is not what plans expects: ${e.message}`);
  }
  return renderMapSvg({ geometry, plans }, {});
}

export {
  maxMapPanels,
  mapDataPath,
  runMap,
  mapSvgFor
};
