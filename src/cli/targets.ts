/**
 * One plan file to read, and reading it: the unit of work of `validate` and of loading the
 * plans directory.
 */
import { lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { type Diagnostic, type DiagnosticCode, fileDiagnostic } from '../load/diagnostic.js';
import { loadPlanLazily } from '../load/quick.js';
import type { PlanMeta } from '../load/result.js';
import type { Plan } from '../schema/plan.js';
import { CliError } from './errors.js';
import { type ReadResult, readListedPlanFile, readPlanFile } from './files.js';
import type { Io } from './io.js';
import { displayPath, idOfFile, type Lookup, planEntriesIn, userLayer } from './plansDir.js';

export interface Target {
  /** As shown in messages. */
  readonly file: string;
  readonly abs: string;
  /** The directory it was found in (links must stay inside it), when found by listing. */
  readonly within?: string;
  /** Whether it is a symbolic link, when the listing said so (saves an lstat per file). */
  readonly link?: boolean;
}

export interface Outcome {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly meta: PlanMeta;
  /** The plan, when the file is valid. */
  readonly plan?: Plan;
  /** An explicitly named file that cannot be read: a usage error, not a finding. */
  readonly usageError?: string;
}

export async function readTarget(t: Target): Promise<Outcome> {
  const fail = (code: DiagnosticCode, message: string): Outcome => ({
    file: t.file,
    diagnostics: [fileDiagnostic(t.file, code, message)],
    meta: {},
  });
  let read: ReadResult;
  if (t.within !== undefined) {
    const link = t.link ?? lstatSync(t.abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    const listed = readListedPlanFile(t.abs, t.within, link);
    if (listed === 'outside') {
      return fail('symlink-outside', 'symbolic link leads outside its directory; not read');
    }
    read = listed;
  } else read = readPlanFile(t.abs);
  if (!read.ok) {
    if (t.within === undefined && read.code !== 'too-large') {
      return { file: t.file, diagnostics: [], meta: {}, usageError: `${t.file}: ${read.reason}` };
    }
    return fail(read.code === 'too-large' ? 'too-large' : 'read-error', read.reason);
  }
  const loaded = await loadPlanLazily(read.bytes, t.file, { expectedId: idOfFile(t.file) });
  return {
    file: t.file,
    diagnostics: loaded.diagnostics,
    meta: loaded.meta,
    ...(loaded.plan ? { plan: loaded.plan } : {}),
  };
}

/**
 * Files, directories (their plan files, recursively) and globs named on the command line →
 * targets; no arguments → the user's plans directory.
 */
export async function expandPaths(args: readonly string[], io: Io, lookup: Lookup): Promise<Target[]> {
  if (args.length === 0) {
    // The user's plans only: the bundled ones are the tool's, checked by its own tests.
    const layer = userLayer(io, lookup);
    if (!layer) {
      throw new CliError(
        'no plans directory here (./plans); name files or directories to validate, or use --plans-dir',
      );
    }
    return planEntriesIn(layer.dir).map(({ name, link }) => ({
      file: displayPath(io, join(layer.dir, name)),
      abs: join(layer.dir, name),
      within: layer.dir,
      link,
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
      for (const { name, link } of planEntriesIn(abs))
        targets.push({ file: join(arg, name), abs: join(abs, name), within: abs, link });
    } else targets.push({ file: arg, abs });
  }
  return targets;
}
