/** `plans list` and `plans show`: what the plans directory holds, and one plan in full. */

import { join } from 'node:path';
import type { PlanColumn } from '../../compare/comparePlans.js';
import { isError } from '../../load/diagnostic.js';
import { listEntry } from '../../render/list.js';
import type { RenderOptions } from '../../render/options.js';
import { formatDiagnostic } from '../../render/validateText.js';
import type { Plan } from '../../schema/plan.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type ListFormat, listFormats, type ShowFormat, showFormats } from '../formats.js';
import type { Io } from '../io.js';
import { planEntriesIn } from '../plansDir.js';
import { readTargets } from '../pool.js';
import { displayPath, loadPlanArgument, resolvePlansDir } from '../resolve.js';
import type { Outcome } from '../targets.js';

export interface Catalog {
  /** Valid plans, chronological then by id. */
  readonly plans: readonly { readonly plan: Plan; readonly file: string }[];
  /** One line per problem with an invalid or unreadable file. */
  readonly problems: readonly string[];
}

/**
 * Every file of the plans directory, read with `keep`; the valid ones (chronological, then by
 * id) and one problem line per problem with an invalid or unreadable file, as validate words it.
 */
async function readCatalog(
  io: Io,
  dirFlag: string | undefined,
  keep: 'plan' | 'column',
): Promise<{ valid: Outcome[]; problems: string[] }> {
  const { dir } = resolvePlansDir(io, dirFlag);
  const targets = planEntriesIn(dir).map(({ name, link }) => ({
    file: displayPath(io, join(dir, name)),
    abs: join(dir, name),
    within: dir,
    link,
  }));
  const valid: Outcome[] = [];
  const problems: string[] = [];
  for (const o of await readTargets(targets, keep, io.env)) {
    if (o.plan || o.column) valid.push(o);
    else problems.push(...o.diagnostics.filter(isError).map((d) => formatDiagnostic(d)));
  }
  const order = (o: Outcome) => o.plan ?? o.column!.header;
  valid.sort((a, b) => order(a).date.localeCompare(order(b).date) || order(a).id.localeCompare(order(b).id));
  return { valid, problems };
}

/** Every plan in the plans directory; invalid files become problem lines (as validate words them). */
export async function loadCatalog(io: Io, dirFlag: string | undefined): Promise<Catalog> {
  const { valid, problems } = await readCatalog(io, dirFlag, 'plan');
  return { plans: valid.map((o) => ({ plan: o.plan!, file: o.file })), problems };
}

/**
 * What `compare --all` needs of each plan in the plans directory: its column, computed where
 * the file is read (a worker thread, for many files) rather than the whole plan sent back.
 */
export async function loadCatalogColumns(
  io: Io,
  dirFlag: string | undefined,
): Promise<{ columns: PlanColumn[]; problems: string[] }> {
  const { valid, problems } = await readCatalog(io, dirFlag, 'column');
  return { columns: valid.map((o) => o.column!), problems };
}

export async function runList(
  format: ListFormat,
  io: Io,
  dirFlag: string | undefined,
  render: RenderOptions,
): Promise<CommandResult> {
  const { plans, problems } = await loadCatalog(io, dirFlag);
  const entries = plans.map(({ plan, file }) => listEntry(plan, file));
  const output = (await listFormats[format]())(entries, render);
  if (problems.length === 0) return { output, exitCode: exitCodes.ok };
  // The valid plans are still listed; the invalid ones are named on stderr and fail the run.
  return {
    output,
    exitCode: exitCodes.usage,
    stderr: [...problems, `plans: ${problems.length} problem(s) in the plans directory; run plans validate`],
  };
}

export async function runShow(
  arg: string,
  format: ShowFormat,
  io: Io,
  dirFlag: string | undefined,
  render: RenderOptions,
): Promise<CommandResult> {
  const { plan } = await loadPlanArgument(arg, io, dirFlag);
  return { output: (await showFormats[format]())(plan, render), exitCode: exitCodes.ok };
}
