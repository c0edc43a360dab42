import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  checkCorpus
} from "./chunk-KOU54KXE.js";
import {
  readTarget
} from "./chunk-HN6OK4C2.js";
import {
  warnOnce
} from "./chunk-ZV7M44MO.js";
import {
  CliError,
  displayPath,
  exitCodes,
  idOfFile,
  planEntriesIn,
  planLayers,
  readPlanFile,
  shadowWarning
} from "./chunk-V6YNDNEO.js";
import {
  isError
} from "./chunk-OMOMNURU.js";
import {
  byCodeUnits
} from "./chunk-4NCVOBMZ.js";
import {
  formatDiagnostic
} from "./chunk-VUCWAW3I.js";

// src/cli/catalog.ts
import { join } from "node:path";
function catalogOrder(items) {
  return [...items].sort(
    (a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file)
  );
}
async function loadCatalog(io, lookup) {
  let valid = [], problems = [], outcomes = [], abs = /* @__PURE__ */ new Map(), userIds = /* @__PURE__ */ new Set(), bundledFiles = /* @__PURE__ */ new Set();
  for (let layer of planLayers(io, lookup))
    for (let { name, link } of planEntriesIn(layer.dir, layer.origin !== "bundled")) {
      let path = join(layer.dir, name);
      if (layer.origin === "bundled" && userIds.has(idOfFile(name))) {
        let mine = valid.find((v) => v.id === idOfFile(name) && v.origin !== "bundled");
        mine && warnOnce(io, shadowWarning(io, mine.id, abs.get(mine.file)));
        continue;
      }
      let file = displayPath(io, path);
      abs.set(file, path), layer.origin === "bundled" && bundledFiles.add(file);
      let o = await readTarget({ file, abs: path, within: layer.dir, link });
      outcomes.push(o), layer.origin !== "bundled" && userIds.add(idOfFile(name)), o.plan && valid.push({ plan: o.plan, file: o.file, date: o.plan.date, id: o.plan.id, origin: layer.origin });
      for (let d of o.diagnostics) isError(d) && problems.push(formatDiagnostic(d));
    }
  let findings = checkCorpus(outcomes, []).filter((f) => f.severity === "error");
  if (findings.length > 0) {
    let { locateFinding } = await import("./locate-HNBEEMO2.js");
    for (let f of findings) {
      let read = readPlanFile(abs.get(f.file)), located = locateFinding(f, read.ok ? read.bytes : void 0);
      bundledFiles.has(f.file) ? warnOnce(io, formatDiagnostic({ ...located, severity: "warning" })) : problems.push(formatDiagnostic(located));
    }
  }
  return { plans: catalogOrder(valid).map(({ plan, file, origin }) => ({ plan, file, origin })), problems };
}
function catalogProblemsLine(problems) {
  return `${problems.length} problem(s) in the plans directory; run plans validate`;
}
async function catalogPlans(io, plansDir) {
  let { plans, problems } = await loadCatalog(io, plansDir);
  if (problems.length > 0) throw new CliError(catalogProblemsLine(problems), exitCodes.usage, [], problems);
  return plans.map((p) => p.plan);
}

export {
  loadCatalog,
  catalogProblemsLine,
  catalogPlans
};
