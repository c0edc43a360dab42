/** `plans list` and `plans show`: what the plans directory holds, and one plan in full. */
import { join } from 'node:path';
import { isError } from '../../load/diagnostic.js';
import { loadPlanBytes } from '../../load/loadPlan.js';
import { listEntry } from '../../render/list.js';
import type { RenderOptions } from '../../render/options.js';
import { formatDiagnostic } from '../../render/validateText.js';
import type { Plan } from '../../schema/plan.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { readPlanFile, staysInside } from '../files.js';
import type { Io } from '../io.js';
import { displayPath, idOfFile, loadPlanArgument, planFilesIn, resolvePlansDir } from '../resolve.js';

export const listFormats = {
  table: async () => (await import('../../render/list.js')).renderListTable,
  markdown: async () => (await import('../../render/list.js')).renderListMarkdown,
  json: async () => (await import('../../render/list.js')).renderListJson,
} as const;
export type ListFormat = keyof typeof listFormats;

export const showFormats = {
  text: async () => (await import('../../render/showText.js')).renderShowText,
  markdown: async () => (await import('../../render/showMarkdown.js')).renderShowMarkdown,
  json: async () => (await import('../../render/showJson.js')).renderShowJson,
} as const;
export type ShowFormat = keyof typeof showFormats;

export interface Catalog {
  /** Valid plans, chronological then by id. */
  readonly plans: readonly { readonly plan: Plan; readonly file: string }[];
  /** One line per problem with an invalid or unreadable file. */
  readonly problems: readonly string[];
}

/** Every plan in the plans directory; invalid files become problem lines (as validate words them). */
export function loadCatalog(io: Io, dirFlag: string | undefined): Catalog {
  const { dir } = resolvePlansDir(io, dirFlag);
  const plans: { plan: Plan; file: string }[] = [];
  const problems: string[] = [];
  for (const name of planFilesIn(dir)) {
    const abs = join(dir, name);
    const shown = displayPath(io, abs);
    if (!staysInside(abs, dir)) {
      problems.push(`${shown}: symbolic link leads outside the plans directory; not read`);
      continue;
    }
    const read = readPlanFile(abs);
    if (!read.ok) {
      problems.push(`${shown}: ${read.reason}`);
      continue;
    }
    const loaded = loadPlanBytes(read.bytes, shown, { expectedId: idOfFile(name) });
    if (loaded.plan) plans.push({ plan: loaded.plan, file: shown });
    else problems.push(...loaded.diagnostics.filter(isError).map((d) => formatDiagnostic(d)));
  }
  plans.sort((a, b) => a.plan.date.localeCompare(b.plan.date) || a.plan.id.localeCompare(b.plan.id));
  return { plans, problems };
}

export async function runList(
  format: ListFormat,
  io: Io,
  dirFlag: string | undefined,
  render: RenderOptions,
): Promise<CommandResult> {
  const { plans, problems } = loadCatalog(io, dirFlag);
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
