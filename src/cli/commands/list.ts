/** `plans list`: what the plans directory holds. */

import { listEntry } from '../../render/list.js';
import type { RenderOptions } from '../../render/options.js';
import { catalogProblemsLine, loadCatalog } from '../catalog.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { type ListFormat, listFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';

export interface ListFilter {
  /** Only plans this actor proposed (alone or with others); case-insensitive. */
  readonly party?: string;
  /** Only plans dated on or after this date (YYYY-MM-DD). */
  readonly since?: string;
}

export async function runList(
  format: ListFormat,
  io: Io,
  dirFlag: Lookup,
  render: RenderOptions,
  filter: ListFilter = {},
): Promise<CommandResult> {
  if (filter.since !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filter.since)) {
    throw new CliError(`--since takes a year or a date: 2025, 2025-06 or 2025-06-02 (got "${filter.since}")`);
  }
  const { plans, problems } = await loadCatalog(io, dirFlag);
  const party = filter.party?.toLowerCase();
  const entries = plans
    .filter(({ plan }) => party === undefined || plan.proposed_by.some((a) => a.toLowerCase() === party))
    .filter(({ plan }) => filter.since === undefined || plan.date >= filter.since)
    .map(({ plan, file, origin }) => listEntry(plan, file, origin === 'bundled' ? 'bundled' : 'user'));
  const output = (await listFormats[format]())(entries, render);
  if (problems.length === 0) return { output, exitCode: exitCodes.ok };
  // The valid plans are still listed; the invalid ones are named on stderr and fail the run.
  return {
    output,
    exitCode: exitCodes.usage,
    stderr: [...problems, `plans: ${catalogProblemsLine(problems)}`],
  };
}
