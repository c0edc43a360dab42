import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  checkCorpus
} from "./chunk-KOU54KXE.js";
import {
  expandPaths,
  readTarget
} from "./chunk-HN6OK4C2.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import {
  validateFormats
} from "./chunk-PQHCNUCV.js";
import {
  CliError,
  bundledPlansDir,
  displayPath,
  exitCodes,
  idOfFile,
  planEntriesIn,
  planFilesIn,
  readPlanFile
} from "./chunk-V6YNDNEO.js";
import {
  compareDiagnostics,
  isError
} from "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/cli/commands/validate.ts
import { join, resolve } from "node:path";

// src/validate/report.ts
function buildReport(files, problems) {
  let results = files.map(({ file, id }) => {
    let mine = problems.filter((p) => p.file === file), errors2 = mine.filter((p) => p.severity === "error").length;
    return {
      file,
      ...id ? { id } : {},
      valid: errors2 === 0,
      errors: errors2,
      warnings: mine.length - errors2
    };
  }), errors = problems.filter((p) => p.severity === "error").length;
  return {
    version: 1,
    files: results,
    problems,
    summary: {
      files: results.length,
      valid: results.filter((r) => r.valid).length,
      invalid: results.filter((r) => !r.valid).length,
      errors,
      warnings: problems.length - errors
    }
  };
}

// src/cli/commands/validate.ts
async function validateOutcomes(outcomes, siblingIds, reread, context = []) {
  let problems = outcomes.flatMap((o) => o.diagnostics), validated = new Set(outcomes.map((o) => o.file)), findings = checkCorpus([...outcomes, ...context], siblingIds).filter((f) => validated.has(f.file));
  if (findings.length > 0) {
    let { locateFinding } = await import("./locate-HNBEEMO2.js");
    problems.push(...findings.map((f) => locateFinding(f, reread(f.file))));
  }
  problems.sort(compareDiagnostics);
  let valid = (o) => !o.diagnostics.some(isError);
  return buildReport(
    outcomes.map((o) => ({ file: o.file, ...o.meta.id && valid(o) ? { id: o.meta.id } : {} })),
    problems
  );
}
function validateExitCode(report, strict) {
  return report.summary.errors > 0 ? exitCodes.found : strict && report.summary.warnings > 0 ? exitCodes.found : exitCodes.ok;
}
async function runValidate(args, options, io, render) {
  let targets = await expandPaths(args, io, options.plansDir ?? {});
  if (targets.length === 0) throw new CliError("no plan files to validate");
  let outcomes = [];
  for (let t of targets) {
    let { plan: _plan, ...outcome } = await readTarget(t);
    outcomes.push(outcome);
  }
  let unreadable = outcomes.find((o) => o.usageError !== void 0);
  if (unreadable) throw new CliError(unreadable.usageError);
  let byFile = new Map(targets.map((t) => [t.file, t])), reread = (file) => {
    let t = byFile.get(file), read = t ? readPlanFile(t.abs) : void 0;
    return read?.ok ? read.bytes : void 0;
  }, listed = new Set(targets.filter((t) => t.link !== void 0).map((t) => resolve(t.abs, ".."))), others = new Set(targets.map((t) => resolve(t.abs, "..")).filter((d) => !listed.has(d))), siblings = [
    ...targets.filter((t) => t.link !== void 0).map((t) => idOfFile(t.file)),
    ...[...others].flatMap((d) => {
      try {
        return planFilesIn(d).map(idOfFile);
      } catch {
        return [];
      }
    })
  ], context = [];
  if (options.plansDir?.bundled !== !1) {
    let dir = bundledPlansDir(), ids = new Set(outcomes.flatMap((o) => o.meta.id ? [o.meta.id] : [])), bundled = planEntriesIn(dir, !1), bundledIds = new Set(bundled.map((e) => idOfFile(e.name))), visible = bundled.filter((e) => !ids.has(idOfFile(e.name)));
    if (!outcomes.some(
      ({ meta }) => meta.id !== void 0 && bundledIds.has(meta.id) || meta.revises !== void 0 && bundledIds.has(meta.revises) || (meta.reaffirms ?? []).some((id) => bundledIds.has(id))
    )) siblings.push(...visible.map((e) => idOfFile(e.name)));
    else
      for (let { name, link } of visible) {
        let abs = join(dir, name), { plan: _plan, ...outcome } = await readTarget({
          file: displayPath(io, abs),
          abs,
          within: dir,
          link
        });
        context.push(outcome);
      }
  }
  let report = await validateOutcomes(outcomes, siblings, reread, context), format = options.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text"), renderer = await validateFormats[format](), exitCode = validateExitCode(report, options.strict ?? !1), { invalid, warnings } = report.summary, stderr = exitCode === exitCodes.found && invalid === 0 ? [`plans: ${warnings} warning${warnings === 1 ? "" : "s"}, and --strict makes warnings fail`] : [];
  return { output: renderer(report, render), exitCode, stderr };
}
export {
  runValidate,
  validateExitCode
};
