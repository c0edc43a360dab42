/** Reading the whole plans directory: for `list`, `history` and `compare --all`. */

import { join } from 'node:path';
import { checkCorpus } from '../load/corpus.js';
import { isError } from '../load/diagnostic.js';
import { formatDiagnostic } from '../render/validateText.js';
import type { Plan } from '../schema/plan.js';
import { byCodeUnits } from '../util/byCodeUnits.js';
import { CliError, exitCodes } from './errors.js';
import { readPlanFile } from './files.js';
import type { Io } from './io.js';
import { displayPath, planEntriesIn, resolvePlansDir } from './plansDir.js';
import { type Outcome, readTarget } from './targets.js';

export interface Catalog {
  /** Valid plans, chronological then by id. */
  readonly plans: readonly { readonly plan: Plan; readonly file: string }[];
  /** One line per problem with an invalid or unreadable file. */
  readonly problems: readonly string[];
}

/**
 * By date, then id, then file, comparing code units: the same order on every machine (a
 * locale's collation reorders plan ids — Danish sorts `aa-…` after `zz-…` — so reports and
 * generated README sections would differ between readers).
 */
export function catalogOrder<T extends { readonly date: string; readonly id: string; readonly file: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file),
  );
}

/**
 * Every plan in the plans directory; invalid files become problem lines (as validate words
 * them), and so do the errors of the cross-file rules (a duplicate id, a `revises` or
 * `reaffirms` that names no plan, a cycle): every command that reads the whole directory
 * fails on them as `validate` does.
 */
export async function loadCatalog(io: Io, dirFlag: string | undefined): Promise<Catalog> {
  const { dir } = resolvePlansDir(io, dirFlag);
  const valid: { plan: Plan; file: string; date: string; id: string }[] = [];
  const problems: string[] = [];
  const outcomes: Outcome[] = [];
  const abs = new Map<string, string>();
  for (const { name, link } of planEntriesIn(dir)) {
    const file = displayPath(io, join(dir, name));
    abs.set(file, join(dir, name));
    const o = await readTarget({ file, abs: join(dir, name), within: dir, link });
    outcomes.push(o);
    if (o.plan) valid.push({ plan: o.plan, file: o.file, date: o.plan.date, id: o.plan.id });
    // A file with a plan has no errors; one without has at least one.
    for (const d of o.diagnostics) if (isError(d)) problems.push(formatDiagnostic(d));
  }
  const findings = checkCorpus(outcomes, []).filter((f) => f.severity === 'error');
  if (findings.length > 0) {
    const { locateFinding } = await import('../load/locate.js');
    for (const f of findings) {
      const read = readPlanFile(abs.get(f.file)!);
      problems.push(formatDiagnostic(locateFinding(f, read.ok ? read.bytes : undefined)));
    }
  }
  return { plans: catalogOrder(valid).map(({ plan, file }) => ({ plan, file })), problems };
}

/** The closing line when files of the plans directory are invalid. */
export function catalogProblemsLine(problems: readonly string[]): string {
  return `${problems.length} problem(s) in the plans directory; run plans validate`;
}

/** All plans of the plans directory; any invalid file stops the run (exit 2) with its problems. */
export async function catalogPlans(io: Io, plansDir: string | undefined): Promise<Plan[]> {
  const { plans, problems } = await loadCatalog(io, plansDir);
  if (problems.length > 0) throw new CliError(catalogProblemsLine(problems), exitCodes.usage, [], problems);
  return plans.map((p) => p.plan);
}
