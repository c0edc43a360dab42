/**
 * One plan file to read, and reading it: the unit of work of `validate` and of loading the
 * plans directory, the same whether it runs in the main thread or in a worker (src/cli/pool.ts).
 * Results are plain data that can cross a thread boundary.
 */
import { lstatSync } from 'node:fs';
import { compareColumn, type PlanColumn } from '../compare/comparePlans.js';
import { type Diagnostic, type DiagnosticCode, fileDiagnostic } from '../load/diagnostic.js';
import { loadPlanLazily } from '../load/quick.js';
import type { PlanMeta } from '../load/result.js';
import type { Plan } from '../schema/plan.js';
import { readPlanFile, staysInside } from './files.js';
import { idOfFile } from './plansDir.js';

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
  /** Kept only when asked for (loading the plans directory), not for validation. */
  readonly plan?: Plan;
  /** Its part of a comparison, when that is all the caller needs (`compare --all`). */
  readonly column?: PlanColumn;
  /** An explicitly named file that cannot be read: a usage error, not a finding. */
  readonly usageError?: string;
}

/** What to keep of each valid plan: nothing (validation), the plan, or its comparison column. */
export type Keep = 'nothing' | 'plan' | 'column';

export async function readTarget(t: Target, keep: Keep): Promise<Outcome> {
  const fail = (code: DiagnosticCode, message: string): Outcome => ({
    file: t.file,
    diagnostics: [fileDiagnostic(t.file, code, message)],
    meta: {},
  });
  if (t.within !== undefined && t.link !== false) {
    const isLink = t.link ?? lstatSync(t.abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    if (isLink && !staysInside(t.abs, t.within)) {
      return fail('symlink-outside', 'symbolic link leads outside its directory; not read');
    }
  }
  const read = readPlanFile(t.abs);
  if (!read.ok) {
    if (t.within === undefined && read.code !== 'too-large') {
      return { file: t.file, diagnostics: [], meta: {}, usageError: `${t.file}: ${read.reason}` };
    }
    return fail(read.code === 'too-large' ? 'too-large' : 'read-error', read.reason);
  }
  const options = { expectedId: idOfFile(t.file) };
  const loaded = await loadPlanLazily(read.bytes, t.file, options);
  return {
    file: t.file,
    diagnostics: loaded.diagnostics,
    meta: loaded.meta,
    ...(keep === 'plan' && loaded.plan ? { plan: loaded.plan } : {}),
    ...(keep === 'column' && loaded.plan ? { column: compareColumn(loaded.plan) } : {}),
  };
}
