/** Reading the whole plans directory: for `list`, `history` and `compare --all`. */

import { join } from 'node:path';
import { CompareBuilder, type CompareOptions, type CompareResult } from '../../compare/comparePlans.js';
import { isError } from '../../load/diagnostic.js';
import { formatDiagnostic } from '../../render/validateText.js';
import type { Plan } from '../../schema/plan.js';
import { byCodeUnits } from '../../util/byCodeUnits.js';
import type { Io } from '../io.js';
import { displayPath, planEntriesIn, resolvePlansDir } from '../plansDir.js';
import { readTargets } from '../pool.js';
import type { Outcome } from '../targets.js';

export interface Catalog {
  /** Valid plans, chronological then by id. */
  readonly plans: readonly { readonly plan: Plan; readonly file: string }[];
  /** One line per problem with an invalid or unreadable file. */
  readonly problems: readonly string[];
}

/**
 * Every file of the plans directory, read with `keep` and passed through `take` as it arrives
 * (see `readTargets`); the valid ones, chronological then by id, and one problem line per
 * problem with an invalid or unreadable file, as validate words it.
 */
async function readCatalog<T>(
  io: Io,
  dirFlag: string | undefined,
  keep: 'plan' | 'column',
  take: (o: Outcome) => { outcome: Outcome; value: T; date: string; id: string } | undefined,
): Promise<{ valid: T[]; problems: string[] }> {
  const { dir } = resolvePlansDir(io, dirFlag);
  const targets = planEntriesIn(dir).map(({ name, link }) => ({
    file: displayPath(io, join(dir, name)),
    abs: join(dir, name),
    within: dir,
    link,
  }));
  const taken: { value: T; date: string; id: string; file: string }[] = [];
  const problems: string[] = [];
  for (const o of await readTargets(targets, keep, io.env, (o) => {
    const t = take(o);
    if (!t) return o;
    taken.push({ value: t.value, date: t.date, id: t.id, file: o.file });
    return t.outcome;
  })) {
    // A file with a plan has no errors; one without has at least one.
    for (const d of o.diagnostics) if (isError(d)) problems.push(formatDiagnostic(d));
  }
  // Outcomes arrive from the workers in no particular order: the file name settles ties.
  return { valid: catalogOrder(taken).map((t) => t.value), problems };
}

/**
 * By date, then id, then file, comparing code units: the same order on every machine. (A
 * locale's collation reorders plan ids — Danish sorts `aa-…` after `zz-…`, Lithuanian `y`
 * before `i` — so reports and generated README sections would differ between readers; and
 * making a collator costs ~6 ms, sorting 2,000 plans with it ~3 more.)
 */
export function catalogOrder<T extends { readonly date: string; readonly id: string; readonly file: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file),
  );
}

/** Every plan in the plans directory; invalid files become problem lines (as validate words them). */
export async function loadCatalog(io: Io, dirFlag: string | undefined): Promise<Catalog> {
  const { valid, problems } = await readCatalog(io, dirFlag, 'plan', (o) =>
    o.plan
      ? { outcome: o, value: { plan: o.plan, file: o.file }, date: o.plan.date, id: o.plan.id }
      : undefined,
  );
  return { plans: valid, problems };
}

/**
 * `compare --all` over the plans directory: each plan's column is computed where its file is
 * read (a worker thread, for many files) and filed into the comparison as it arrives, then
 * dropped; the comparison is finished in catalog order.
 */
export async function loadCatalogComparison(
  io: Io,
  dirFlag: string | undefined,
  options: CompareOptions,
): Promise<{ result: CompareResult; problems: string[] }> {
  const builder = new CompareBuilder();
  const { valid, problems } = await readCatalog(io, dirFlag, 'column', (o) => {
    if (!o.column) return undefined;
    const { column, ...rest } = o;
    return { outcome: rest, value: builder.add(column), date: column.header.date, id: column.header.id };
  });
  return { result: builder.finish(options, valid), problems };
}

/** The closing line when files of the plans directory are invalid. */
export function catalogProblemsLine(problems: readonly string[]): string {
  return `${problems.length} problem(s) in the plans directory; run plans validate`;
}
