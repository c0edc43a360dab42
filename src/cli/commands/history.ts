/** `plans history <plan>`: a plan's lineage through the drafts it revises. */

import { planHistory } from '../../compare/history.js';
import type { RenderOptions } from '../../render/options.js';
import { catalogPlans } from '../catalog.js';
import { type CommandResult, exitCodes } from '../errors.js';
import { type HistoryFormat, historyFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { isPathArgument, loadPlanArgument } from '../resolve.js';

export async function runHistory(
  arg: string,
  format: HistoryFormat,
  io: Io,
  plansDir: Lookup,
  render: RenderOptions,
): Promise<CommandResult> {
  // A path or stdin is read on its own; an id is a plan of the catalog, which is read anyway.
  const given = isPathArgument(arg) ? (await loadPlanArgument(arg, io, plansDir)).plan : undefined;
  const catalog = new Map((await catalogPlans(io, plansDir)).map((p) => [p.id, p]));
  const plan = given ?? catalog.get(arg) ?? (await loadPlanArgument(arg, io, plansDir)).plan;
  catalog.set(plan.id, plan);
  return {
    output: (await historyFormats[format]())(planHistory(plan, catalog), render),
    exitCode: exitCodes.ok,
  };
}
