/** `plans map <plan>...`: an SVG map per plan of what it does with each region, side by side. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../schema/plan.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { packageRoot } from '../plansDir.js';
import { loadPlanArgument, withReaffirmed } from '../resolve.js';

export interface MapOptions {
  readonly plansDir?: Lookup;
  /** Each plan's own words only: nothing carried over from the plans it reaffirms. */
  readonly own?: boolean;
}

/** Width of one panel's map in px; the SVG scales, this sets its natural size. */
const panelMapWidth = 480;

/**
 * Most panels in one map: each is ~90 KB of SVG, so this keeps a map under 5 MB (thousands of
 * plans would build a string past V8's limit). Documented in docs/limits.md.
 */
export const maxMapPanels = 50;

/** The region shapes shipped with the package (see THIRD-PARTY-NOTICES). */
export function mapDataPath(): string {
  return join(packageRoot(), 'data', 'ukr.topo.json');
}

function readMapData(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const reason =
      e instanceof SyntaxError ? 'not valid JSON' : ((e as NodeJS.ErrnoException).code ?? 'unreadable');
    throw new CliError(`cannot read the map data ${path}: ${reason} (the installation may be broken)`);
  }
}

export async function runMap(
  args: readonly string[],
  options: MapOptions,
  io: Io,
): Promise<CommandResult & { readonly output: string }> {
  if (args.length === 0) throw new CliError('plans map needs at least one plan');
  if (args.length > maxMapPanels) {
    throw new CliError(
      `a map draws at most ${maxMapPanels} plans, one panel each; ${args.length} were given`,
    );
  }
  const loaded = [];
  for (const arg of args) loaded.push((await loadPlanArgument(arg, io, options.plansDir ?? {})).plan);
  const { plans, warnings } = options.own
    ? { plans: loaded, warnings: [] }
    : await withReaffirmed(loaded, io, options.plansDir ?? {});
  return {
    output: await mapSvgFor(plans),
    exitCode: exitCodes.ok,
    ...(warnings.length ? { stderr: warnings } : {}),
  };
}

/** The SVG map of loaded plans (also used by `compare --map`). */
export async function mapSvgFor(plans: readonly Plan[]): Promise<string> {
  if (plans.length > maxMapPanels) {
    throw new CliError(
      `a map draws at most ${maxMapPanels} plans, one panel each; ${plans.length} were given`,
    );
  }
  // Loaded on demand, so that other commands do not pay for the geometry code at start-up.
  const [{ buildMapGeometry }, { renderMapSvg }] = await Promise.all([
    import('../../map/geo.js'),
    import('../../render/mapSvg.js'),
  ]);
  const path = mapDataPath();
  let geometry: ReturnType<typeof buildMapGeometry>;
  try {
    geometry = buildMapGeometry(readMapData(path), { width: panelMapWidth });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`the map data ${path} is not what plans expects: ${(e as Error).message}`);
  }
  return renderMapSvg({ geometry, plans }, {});
}
