/** `plans compare` and `plans history`: many plans side by side, and a plan's lineage. */

import { comparePlans } from '../../compare/comparePlans.js';
import { planHistory } from '../../compare/history.js';
import type { RenderOptions } from '../../render/options.js';
import type { Family, Plan } from '../../schema/plan.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { type CompareFormat, compareFormats, type HistoryFormat, historyFormats } from '../formats.js';
import type { Io } from '../io.js';
import { isPathArgument, loadPlanArgument } from '../resolve.js';
import { catalogProblemsLine, loadCatalog, loadCatalogComparison } from './catalog.js';

export interface CompareCommandOptions {
  readonly format: CompareFormat;
  readonly all?: boolean;
  readonly clauses?: readonly Family[];
  readonly differencesOnly?: boolean;
  readonly plansDir?: string;
  /** A territory map to write beside a Markdown report: where, and how the report links it. */
  readonly map?: { readonly path: string; readonly link: string };
}

/** Any invalid file in the plans directory stops the run (exit 2) with its problems. */
function stopOnProblems(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new CliError(catalogProblemsLine(problems), exitCodes.usage, [], problems);
  }
}

/** All plans of the plans directory. */
async function catalogPlans(io: Io, plansDir: string | undefined): Promise<Plan[]> {
  const { plans, problems } = await loadCatalog(io, plansDir);
  stopOnProblems(problems);
  return plans.map((p) => p.plan);
}

async function loadPlans(
  args: readonly string[],
  all: boolean,
  io: Io,
  plansDir: string | undefined,
): Promise<Plan[]> {
  if (all && args.length > 0) throw new CliError('give plan ids or --all, not both');
  if (all) return await catalogPlans(io, plansDir);
  if (args.length < 2) throw new CliError('compare needs at least two plans (or --all)');
  const plans: Plan[] = [];
  for (const arg of args) plans.push((await loadPlanArgument(arg, io, plansDir)).plan);
  const seen = new Set<string>();
  for (const p of plans) {
    if (seen.has(p.id)) throw new CliError(`plan "${p.id}" is given twice`);
    seen.add(p.id);
  }
  return plans;
}

export async function runCompare(
  args: readonly string[],
  options: CompareCommandOptions,
  io: Io,
  render: RenderOptions,
): Promise<CommandResult> {
  const compareOptions = {
    ...(options.clauses ? { clauses: options.clauses } : {}),
    ...(options.differencesOnly ? { differencesOnly: true } : {}),
  };
  const renderer = await compareFormats[options.format]();
  const renderOptions = { ...render, ...(options.map ? { mapLink: options.map.link } : {}) };
  if (options.all && args.length === 0 && !options.map) {
    // The whole directory, and no map: plans are compared as they are read, not kept.
    const { result, problems } = await loadCatalogComparison(io, options.plansDir, compareOptions);
    stopOnProblems(problems);
    return { output: renderer(result, renderOptions), exitCode: exitCodes.ok };
  }
  const plans = await loadPlans(args, options.all ?? false, io, options.plansDir);
  const output = renderer(comparePlans(plans, compareOptions), renderOptions);
  if (!options.map) return { output, exitCode: exitCodes.ok };
  const { mapSvgFor } = await import('./map.js');
  return {
    output,
    exitCode: exitCodes.ok,
    files: [{ path: options.map.path, text: await mapSvgFor(plans) }],
  };
}

export async function runHistory(
  arg: string,
  format: HistoryFormat,
  io: Io,
  plansDir: string | undefined,
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
