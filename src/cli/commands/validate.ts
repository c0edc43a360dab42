import { join, resolve } from 'node:path';
import { checkCorpus } from '../../load/corpus.js';
import { compareDiagnostics, type Diagnostic, isError } from '../../load/diagnostic.js';
import type { RenderOptions } from '../../render/options.js';
import { buildReport, type ValidationReport } from '../../validate/report.js';
import { CliError, type CommandResult, type ExitCode, exitCodes } from '../errors.js';
import { readPlanFile } from '../files.js';
import { type ValidateFormat, validateFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { bundledPlansDir, displayPath, idOfFile, planEntriesIn, planFilesIn } from '../plansDir.js';
import { expandPaths, type Outcome, readTarget } from '../targets.js';

/**
 * The report for files already read: their own findings plus the cross-file rules. A finding
 * of the cross-file rules is placed by reading its file again with the located parser (loaded
 * only then: a clean run never needs it in this thread).
 */
async function validateOutcomes(
  outcomes: readonly Outcome[],
  siblingIds: Iterable<string>,
  reread: (file: string) => Uint8Array | undefined,
  context: readonly Outcome[] = [],
): Promise<ValidationReport> {
  const problems: Diagnostic[] = outcomes.flatMap((o) => o.diagnostics);
  // Plans read for context (bundled ones the validated plans name or hide) take part in the
  // rules; what is found in their files is not this run's to report.
  const validated = new Set(outcomes.map((o) => o.file));
  const findings = checkCorpus([...outcomes, ...context], siblingIds).filter((f) => validated.has(f.file));
  if (findings.length > 0) {
    const { locateFinding } = await import('../../load/locate.js');
    problems.push(...findings.map((f) => locateFinding(f, reread(f.file))));
  }
  problems.sort(compareDiagnostics);
  const valid = (o: Outcome) => !o.diagnostics.some(isError);
  return buildReport(
    outcomes.map((o) => ({ file: o.file, ...(o.meta.id && valid(o) ? { id: o.meta.id } : {}) })),
    problems,
  );
}

export interface ValidateOptions {
  readonly format?: ValidateFormat;
  readonly strict?: boolean;
  readonly plansDir?: Lookup;
}

/** The exit code for a report: computed in one place. */
export function validateExitCode(report: ValidationReport, strict: boolean): ExitCode {
  if (report.summary.errors > 0) return exitCodes.found;
  if (strict && report.summary.warnings > 0) return exitCodes.found;
  return exitCodes.ok;
}

export async function runValidate(
  args: readonly string[],
  options: ValidateOptions,
  io: Io,
  render: RenderOptions,
): Promise<CommandResult> {
  const targets = await expandPaths(args, io, options.plansDir ?? {});
  if (targets.length === 0) throw new CliError('no plan files to validate');
  const outcomes: Outcome[] = [];
  for (const t of targets) {
    // Only the findings are kept: a run over thousands of files holds no plan.
    const { plan: _plan, ...outcome } = await readTarget(t);
    outcomes.push(outcome);
  }
  const unreadable = outcomes.find((o) => o.usageError !== undefined);
  if (unreadable) throw new CliError(unreadable.usageError!);
  const byFile = new Map(targets.map((t) => [t.file, t]));
  const reread = (file: string) => {
    const t = byFile.get(file);
    const read = t ? readPlanFile(t.abs) : undefined;
    return read?.ok ? read.bytes : undefined;
  };
  // Plans next to the validated files count as existing for `revises`. A directory that was
  // listed (its targets carry `link`) holds exactly its targets; any other is listed here.
  const listed = new Set(targets.filter((t) => t.link !== undefined).map((t) => resolve(t.abs, '..')));
  const others = new Set(targets.map((t) => resolve(t.abs, '..')).filter((d) => !listed.has(d)));
  const siblings = [
    ...targets.filter((t) => t.link !== undefined).map((t) => idOfFile(t.file)),
    ...[...others].flatMap((d) => {
      try {
        return planFilesIn(d).map(idOfFile);
      } catch {
        return [];
      }
    }),
  ];
  // And the bundled plans, which `revises` and `reaffirms` may name (unless --no-bundled). When
  // a validated plan names one or hides one, the bundled plans are read too, so that dates,
  // parties and cycles through them are checked here, as list and compare --all check them.
  const context: Outcome[] = [];
  if (options.plansDir?.bundled !== false) {
    const dir = bundledPlansDir();
    const ids = new Set(outcomes.flatMap((o) => (o.meta.id ? [o.meta.id] : [])));
    const bundled = planEntriesIn(dir, false);
    const bundledIds = new Set(bundled.map((e) => idOfFile(e.name)));
    // A bundled plan that a validated plan of the same id hides takes no part.
    const visible = bundled.filter((e) => !ids.has(idOfFile(e.name)));
    const touches = outcomes.some(
      ({ meta }) =>
        (meta.id !== undefined && bundledIds.has(meta.id)) ||
        (meta.revises !== undefined && bundledIds.has(meta.revises)) ||
        (meta.reaffirms ?? []).some((id) => bundledIds.has(id)),
    );
    if (!touches) siblings.push(...visible.map((e) => idOfFile(e.name)));
    else
      for (const { name, link } of visible) {
        const abs = join(dir, name);
        const { plan: _plan, ...outcome } = await readTarget({
          file: displayPath(io, abs),
          abs,
          within: dir,
          link,
        });
        context.push(outcome);
      }
  }
  const report = await validateOutcomes(outcomes, siblings, reread, context);
  const format: ValidateFormat = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const renderer = await validateFormats[format]();
  const exitCode = validateExitCode(report, options.strict ?? false);
  const { invalid, warnings } = report.summary;
  // Say why the run fails when only warnings fail it: the report itself shows no error.
  const stderr =
    exitCode === exitCodes.found && invalid === 0
      ? [`plans: ${warnings} warning${warnings === 1 ? '' : 's'}, and --strict makes warnings fail`]
      : [];
  return { output: renderer(report, render), exitCode, stderr };
}
