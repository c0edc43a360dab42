/**
 * `plans validate [paths...]`: files, directories and globs → located problems, a summary,
 * and exit 0 (valid), 1 (a file is invalid, or a warning under --strict), 2 (usage).
 */
import { lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { checkCorpus } from '../../load/corpus.js';
import { compareDiagnostics, type Diagnostic } from '../../load/diagnostic.js';
import { type LoadedPlan, loadPlanBytes } from '../../load/loadPlan.js';
import type { RenderOptions } from '../../render/options.js';
import { buildReport, type ValidationReport } from '../../validate/report.js';
import { CliError, type CommandResult, type ExitCode, exitCodes } from '../errors.js';
import { readPlanFile, staysInside } from '../files.js';
import type { Io } from '../io.js';
import { displayPath, fileDiagnostic, idOfFile, planFilesIn, resolvePlansDir } from '../resolve.js';

export const validateFormats = {
  text: async () => (await import('../../render/validateText.js')).renderValidateText,
  json: async () => (await import('../../render/validateJson.js')).renderValidateJson,
  github: async () => (await import('../../render/validateGithub.js')).renderValidateGithub,
} as const;
export type ValidateFormat = keyof typeof validateFormats;

interface Target {
  /** As shown in messages. */
  readonly file: string;
  readonly abs: string;
  /** The directory it was found in (links must stay inside it), when found by listing. */
  readonly within?: string;
}

async function expand(args: readonly string[], io: Io, dirFlag: string | undefined): Promise<Target[]> {
  if (args.length === 0) {
    const { dir } = resolvePlansDir(io, dirFlag);
    return planFilesIn(dir).map((name) => ({
      file: displayPath(io, join(dir, name)),
      abs: join(dir, name),
      within: dir,
    }));
  }
  const targets: Target[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd: io.cwd,
        onlyFiles: true,
        followSymbolicLinks: false,
        dot: false,
      });
      if (matches.length === 0) throw new CliError(`${arg}: no files match`);
      for (const m of matches.sort()) targets.push({ file: m, abs: resolve(io.cwd, m), within: io.cwd });
      continue;
    }
    const abs = resolve(io.cwd, arg);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch {
      throw new CliError(`${arg}: no such file or directory`);
    }
    if (st.isDirectory()) {
      for (const name of planFilesIn(abs))
        targets.push({ file: join(arg, name), abs: join(abs, name), within: abs });
    } else targets.push({ file: arg, abs });
  }
  return targets;
}

function loadTarget(t: Target): LoadedPlan {
  const expectedId = idOfFile(t.file);
  if (t.within !== undefined) {
    const isLink = lstatSync(t.abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    if (isLink && !staysInside(t.abs, t.within)) {
      return {
        file: t.file,
        diagnostics: [
          fileDiagnostic(
            t.file,
            'symlink-outside',
            'symbolic link leads outside the directory being validated; not read',
          ),
        ],
      };
    }
  }
  const read = readPlanFile(t.abs);
  if (!read.ok) {
    if (t.within === undefined && read.code !== 'too-large') throw new CliError(`${t.file}: ${read.reason}`);
    return {
      file: t.file,
      diagnostics: [
        fileDiagnostic(t.file, read.code === 'too-large' ? 'too-large' : 'read-error', read.reason),
      ],
    };
  }
  return loadPlanBytes(read.bytes, t.file, { expectedId });
}

export function validateLoaded(
  loaded: readonly LoadedPlan[],
  siblingIds: Iterable<string>,
): ValidationReport {
  const problems: Diagnostic[] = loaded.flatMap((l) => l.diagnostics);
  problems.push(...checkCorpus(loaded, siblingIds));
  problems.sort(compareDiagnostics);
  return buildReport(
    loaded.map((l) => ({ file: l.file, ...(l.plan ? { id: l.plan.id } : {}) })),
    problems,
  );
}

export interface ValidateOptions {
  readonly format?: ValidateFormat;
  readonly strict?: boolean;
  readonly plansDir?: string;
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
  const targets = await expand(args, io, options.plansDir);
  if (targets.length === 0) throw new CliError('no plan files to validate');
  const loaded = targets.map(loadTarget);
  // Plans next to the validated files count as existing for `revises`.
  const dirs = new Set(targets.map((t) => resolve(t.abs, '..')));
  const siblings = [...dirs].flatMap((d) => {
    try {
      return planFilesIn(d).map(idOfFile);
    } catch {
      return [];
    }
  });
  const report = validateLoaded(loaded, siblings);
  const format: ValidateFormat = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const renderer = await validateFormats[format]();
  return { output: renderer(report, render), exitCode: validateExitCode(report, options.strict ?? false) };
}
