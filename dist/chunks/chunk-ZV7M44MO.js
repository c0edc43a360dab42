import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlanLazily
} from "./chunk-Q2OHQFQT.js";
import {
  CliError,
  displayPath,
  exitCodes,
  findPlan,
  idOfFile,
  idPattern,
  planFile,
  planLayers,
  readListedPlanFile,
  readPlanFile,
  shadowWarning
} from "./chunk-V6YNDNEO.js";
import {
  closest,
  fileDiagnostic,
  isError
} from "./chunk-OMOMNURU.js";
import {
  limits
} from "./chunk-2CCC5Z3M.js";
import {
  effectivePlan
} from "./chunk-GFDULHKG.js";

// src/cli/resolve.ts
import { resolve } from "node:path";
var stdinRead = /* @__PURE__ */ new WeakSet(), warned = /* @__PURE__ */ new WeakMap();
function warnOnce(io, line) {
  let seen = warned.get(io) ?? /* @__PURE__ */ new Set();
  warned.set(io, seen), !seen.has(line) && (seen.add(line), io.stderr(`${line}
`));
}
function isPathArgument(arg) {
  return arg === "-" || planFile.test(arg) || arg.includes("/") || arg.includes("\\");
}
function readFailure(file, read) {
  return read.code === "too-large" ? new CliError(`${file}: ${read.reason}`, exitCodes.usage, [
    fileDiagnostic(file, "too-large", read.reason)
  ]) : new CliError(`${file}: ${read.reason}`);
}
async function loadPlanArgument(arg, io, lookup) {
  let loaded;
  if (arg === "-") {
    if (stdinRead.has(io)) throw new CliError("stdin (-) can be given only once");
    stdinRead.add(io);
    let bytes = await io.readStdin();
    if (bytes.length > limits.maxFileBytes) {
      let message = `input is more than ${limits.maxFileBytes} bytes; plan files are limited to ${limits.maxFileBytes} bytes`;
      throw new CliError(`<stdin>: ${message}`, exitCodes.usage, [
        fileDiagnostic("<stdin>", "too-large", message)
      ]);
    }
    loaded = await loadPlanLazily(bytes, "<stdin>");
  } else if (isPathArgument(arg)) {
    let read = readPlanFile(resolve(io.cwd, arg));
    if (!read.ok) throw readFailure(arg, read);
    loaded = await loadPlanLazily(read.bytes, arg, { expectedId: idOfFile(arg) });
  } else {
    if (!idPattern.test(arg))
      throw new CliError(
        `"${arg}" is neither a plan id (lowercase letters, digits, hyphens) nor a .yaml file`
      );
    let layers = planLayers(io, lookup), { found, ids } = findPlan(layers, arg);
    if (!found) {
      let near = closest(arg, ids, 3), where = layers.map((l) => displayPath(io, l.dir)).join(" and "), hint = near.length ? ` \u2014 did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : ` (plans in ${where}: ${ids.join(", ") || "none"})`;
      throw new CliError(`unknown plan "${arg}"${hint}`);
    }
    found.shadows && warnOnce(io, shadowWarning(io, arg, found.abs));
    let shown = displayPath(io, found.abs), read = readListedPlanFile(found.abs, found.layer.dir, !0);
    if (read === "outside")
      throw new CliError(`${shown}: symbolic link leads outside the plans directory; not read`);
    if (!read.ok) throw readFailure(shown, read);
    loaded = await loadPlanLazily(read.bytes, shown, { expectedId: arg });
  }
  if (!loaded.plan || loaded.diagnostics.some(isError))
    throw new CliError(`${loaded.file}: invalid plan`, exitCodes.usage, loaded.diagnostics.filter(isError));
  return loaded;
}
async function withReaffirmed(plans, io, lookup, known = /* @__PURE__ */ new Map()) {
  let byId = new Map(known);
  for (let p of plans) byId.has(p.id) || byId.set(p.id, p);
  let warnings = [], missing = /* @__PURE__ */ new Set(), queue = [...plans];
  for (; queue.length > 0; ) {
    let plan = queue.shift();
    for (let { plan: id } of plan.reaffirms ?? [])
      if (!(byId.has(id) || missing.has(id)))
        try {
          let loaded = (await loadPlanArgument(id, io, lookup)).plan;
          byId.set(id, loaded), queue.push(loaded);
        } catch (e) {
          missing.add(id);
          let why = e instanceof CliError ? e.message : String(e);
          warnings.push(
            `plans: ${plan.id} reaffirms "${id}", which cannot be read (${why}); its terms are not carried over`
          );
        }
  }
  return { plans: plans.map((p) => effectivePlan(p, (id) => byId.get(id))), warnings };
}

export {
  warnOnce,
  isPathArgument,
  loadPlanArgument,
  withReaffirmed
};
