/**
 * Reading every plan of every layer (the user's directory, then the bundled plans): for
 * `list`, `history`, `position` and `compare --all`.
 */

import { join } from 'node:path';
import { checkCorpus } from '../load/corpus.js';
import { isError } from '../load/diagnostic.js';
import { formatDiagnostic } from '../render/validateText.js';
import type { Plan } from '../schema/plan.js';
import { byCodeUnits } from '../util/byCodeUnits.js';
import { CliError, exitCodes } from './errors.js';
import { readPlanFile } from './files.js';
import type { Io } from './io.js';
import {
  displayPath,
  idOfFile,
  type Lookup,
  type Origin,
  planEntriesIn,
  planLayers,
  shadowWarning,
} from './plansDir.js';
import { warnOnce } from './resolve.js';
import { type Outcome, readTarget } from './targets.js';

export interface Catalog {
  /** Valid plans, chronological then by id. */
  readonly plans: readonly { readonly plan: Plan; readonly file: string; readonly origin: Origin }[];
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
 * fails on them as `validate` does — except where they fall in a bundled plan (below).
 */
export async function loadCatalog(io: Io, lookup: Lookup): Promise<Catalog> {
  const valid: { plan: Plan; file: string; date: string; id: string; origin: Origin }[] = [];
  const problems: string[] = [];
  const outcomes: Outcome[] = [];
  const abs = new Map<string, string>();
  const userIds = new Set<string>();
  const bundledFiles = new Set<string>();
  for (const layer of planLayers(io, lookup)) {
    for (const { name, link } of planEntriesIn(layer.dir, layer.origin !== 'bundled')) {
      const path = join(layer.dir, name);
      // A user's plan hides the bundled plan of the same id (said once on stderr).
      if (layer.origin === 'bundled' && userIds.has(idOfFile(name))) {
        const mine = valid.find((v) => v.id === idOfFile(name) && v.origin !== 'bundled');
        if (mine) warnOnce(io, shadowWarning(io, mine.id, abs.get(mine.file)!));
        continue;
      }
      const file = displayPath(io, path);
      abs.set(file, path);
      if (layer.origin === 'bundled') bundledFiles.add(file);
      const o = await readTarget({ file, abs: path, within: layer.dir, link });
      outcomes.push(o);
      if (layer.origin !== 'bundled') userIds.add(idOfFile(name));
      if (o.plan)
        valid.push({ plan: o.plan, file: o.file, date: o.plan.date, id: o.plan.id, origin: layer.origin });
      // A file with a plan has no errors; one without has at least one.
      for (const d of o.diagnostics) if (isError(d)) problems.push(formatDiagnostic(d));
    }
  }
  const findings = checkCorpus(outcomes, []).filter((f) => f.severity === 'error');
  if (findings.length > 0) {
    const { locateFinding } = await import('../load/locate.js');
    for (const f of findings) {
      const read = readPlanFile(abs.get(f.file)!);
      const located = locateFinding(f, read.ok ? read.bytes : undefined);
      // The bundled corpus is clean on its own (its tests say so): a finding in it comes from
      // a plan of the user's that hides one it names (a new `kyiv` dated today, which
      // mar-a-lago-2025 reaffirms). The user cannot edit the bundled file: a warning, not a stop.
      if (bundledFiles.has(f.file)) warnOnce(io, formatDiagnostic({ ...located, severity: 'warning' }));
      else problems.push(formatDiagnostic(located));
    }
  }
  return { plans: catalogOrder(valid).map(({ plan, file, origin }) => ({ plan, file, origin })), problems };
}

/** The closing line when files of the plans directory are invalid. */
export function catalogProblemsLine(problems: readonly string[]): string {
  return `${problems.length} problem(s) in the plans directory; run plans validate`;
}

/** All plans of the plans directory; any invalid file stops the run (exit 2) with its problems. */
export async function catalogPlans(io: Io, plansDir: Lookup): Promise<Plan[]> {
  const { plans, problems } = await loadCatalog(io, plansDir);
  if (problems.length > 0) throw new CliError(catalogProblemsLine(problems), exitCodes.usage, [], problems);
  return plans.map((p) => p.plan);
}
