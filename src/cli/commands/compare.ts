/** `plans compare`: several plans side by side, a verdict per compared field. */

import { comparePlans } from '../../compare/comparePlans.js';
import type { RenderOptions } from '../../render/options.js';
import type { Family, Plan } from '../../schema/plan.js';
import { catalogPlans } from '../catalog.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { type CompareFormat, compareFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { loadPlanArgument, withReaffirmed } from '../resolve.js';

export interface CompareCommandOptions {
  readonly format: CompareFormat;
  readonly all?: boolean;
  readonly clauses?: readonly Family[];
  readonly differencesOnly?: boolean;
  readonly plansDir?: Lookup;
  /** Each plan's own words only: nothing carried over from the plans it reaffirms. */
  readonly own?: boolean;
  /** A territory map to write beside a Markdown report: where, and how the report links it. */
  readonly map?: { readonly path: string; readonly link: string };
}

/** The plans named on the command line, or with `--all` every plan of the plans directory (also its catalog). */
export async function loadPlans(
  args: readonly string[],
  all: boolean,
  io: Io,
  plansDir: Lookup,
  command = 'compare',
): Promise<{ plans: Plan[]; catalog?: Plan[] }> {
  if (all && args.length > 0) throw new CliError('give plan ids or --all, not both');
  if (all) {
    const catalog = await catalogPlans(io, plansDir);
    return { plans: catalog, catalog };
  }
  if (args.length < 2) throw new CliError(`${command} needs at least two plans (or --all)`);
  const plans: Plan[] = [];
  for (const arg of args) plans.push((await loadPlanArgument(arg, io, plansDir)).plan);
  const seen = new Set<string>();
  for (const p of plans) {
    if (seen.has(p.id)) throw new CliError(`plan "${p.id}" is given twice`);
    seen.add(p.id);
  }
  return { plans };
}

export async function runCompare(
  args: readonly string[],
  options: CompareCommandOptions,
  io: Io,
  render: RenderOptions,
): Promise<CommandResult> {
  const loaded = await loadPlans(args, options.all ?? false, io, options.plansDir ?? {});
  const { plans, warnings } = options.own
    ? { plans: loaded.plans, warnings: [] }
    : await withReaffirmed(
        loaded.plans,
        io,
        options.plansDir ?? {},
        new Map((loaded.catalog ?? []).map((p) => [p.id, p])),
      );
  const result = comparePlans(plans, {
    ...(options.clauses ? { clauses: options.clauses } : {}),
    ...(options.differencesOnly ? { differencesOnly: true } : {}),
  });
  const renderer = await compareFormats[options.format]();
  const output = renderer(result, { ...render, ...(options.map ? { mapLink: options.map.link } : {}) });
  if (!options.map)
    return { output, exitCode: exitCodes.ok, ...(warnings.length ? { stderr: warnings } : {}) };
  const { mapSvgFor } = await import('./map.js');
  return {
    output,
    exitCode: exitCodes.ok,
    ...(warnings.length ? { stderr: warnings } : {}),
    files: [{ path: options.map.path, text: await mapSvgFor(plans) }],
  };
}
