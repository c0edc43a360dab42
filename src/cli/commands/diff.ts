/** `plans diff <a> <b>`: the semantic diff of two plans. */

import { diffPlans, plansDiffer } from '../../diff/diffPlans.js';
import type { RenderOptions } from '../../render/options.js';
import type { Family } from '../../schema/plan.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type DiffFormat, diffFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { loadPlanArgument, withReaffirmed } from '../resolve.js';

export interface DiffOptions {
  readonly format: DiffFormat;
  readonly clauses?: readonly Family[];
  readonly exitCode?: boolean;
  readonly plansDir?: Lookup;
  /** Each plan's own words only: nothing carried over from the plans it reaffirms. */
  readonly own?: boolean;
}

export async function runDiff(
  a: string,
  b: string,
  options: DiffOptions,
  io: Io,
  render: RenderOptions,
): Promise<CommandResult> {
  const left = await loadPlanArgument(a, io, options.plansDir ?? {});
  const right = await loadPlanArgument(b, io, options.plansDir ?? {});
  const { plans, warnings } = options.own
    ? { plans: [left.plan, right.plan], warnings: [] }
    : await withReaffirmed([left.plan, right.plan], io, options.plansDir ?? {});
  const diff = diffPlans(plans[0]!, plans[1]!, options.clauses ? { clauses: options.clauses } : {});
  const renderer = await diffFormats[options.format]();
  const exitCode = options.exitCode && plansDiffer(diff) ? exitCodes.found : exitCodes.ok;
  return { output: renderer(diff, render), exitCode, ...(warnings.length ? { stderr: warnings } : {}) };
}
