/**
 * One plan file to read, and reading it: the unit of work of `validate` and of loading the
 * plans directory.
 */
import { lstatSync } from 'node:fs';
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
  const loaded = await loadPlanLazily(read.bytes, t.file, { expectedId: idOfFile(t.file) });
  return {
    file: t.file,
    diagnostics: loaded.diagnostics,
    meta: loaded.meta,
    ...(loaded.plan ? { plan: loaded.plan } : {}),
  };
}
