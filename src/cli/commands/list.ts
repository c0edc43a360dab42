/** `plans list`: what the plans directory holds. */

import { listEntry } from '../../render/list.js';
import type { RenderOptions } from '../../render/options.js';
import { catalogProblemsLine, loadCatalog } from '../catalog.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type ListFormat, listFormats } from '../formats.js';
import type { Io } from '../io.js';

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
    stderr: [...problems, `plans: ${catalogProblemsLine(problems)}`],
  };
}
