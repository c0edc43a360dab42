/**
 * `plans report`: the comparison as one self-contained HTML page (docs/report.md). The parts
 * the page embeds are drawn here by their own renderers — the map as `plans map` draws it, each
 * timeline as `plans position --format svg` — so that the page's renderer imports no other.
 */
import { comparePlans } from '../../compare/comparePlans.js';
import { partyPosition } from '../../compare/position.js';
import { reportData } from '../../compare/reportData.js';
import type { EffectivePlan } from '../../diff/inherit.js';
import type { Plan } from '../../schema/plan.js';
import { catalogPlans } from '../catalog.js';
import { type CommandResult, exitCodes } from '../errors.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { withReaffirmed } from '../resolve.js';
import { loadPlans } from './compare.js';
import { mapSvgFor, maxMapPanels } from './map.js';

export interface ReportCommandOptions {
  readonly all?: boolean;
  readonly plansDir?: Lookup;
  /** Each plan's own words only: nothing carried over from the plans it reaffirms. */
  readonly own?: boolean;
}

/** Whether a plan says anything about a region (the map draws only those plans). */
const statesTerritory = (plan: Plan) => Object.keys(plan.clauses.recognition?.territories ?? {}).length > 0;

export async function runReport(
  args: readonly string[],
  options: ReportCommandOptions,
  io: Io,
): Promise<CommandResult> {
  const loaded = await loadPlans(args, options.all ?? false, io, options.plansDir ?? {}, 'report');
  const catalog = loaded.catalog ?? (await catalogPlans(io, options.plansDir ?? {}));
  const { plans, warnings } = options.own
    ? { plans: loaded.plans, warnings: [] }
    : await withReaffirmed(loaded.plans, io, options.plansDir ?? {}, new Map(catalog.map((p) => [p.id, p])));
  // A party's documents are those of the plans directory, as for `plans position`, and any
  // compared plan read from elsewhere (each in its own words).
  const catalogIds = new Set(catalog.map((p) => p.id));
  const documents = [...catalog, ...loaded.plans.filter((p) => !catalogIds.has(p.id))];
  const output = await reportPage(plans, documents);
  return { output, exitCode: exitCodes.ok, ...(warnings.length ? { stderr: warnings } : {}) };
}

/**
 * The page for `plans` (read with what they reaffirm, unless --own), with the position of each
 * party that proposed one of them over its `documents`.
 */
export async function reportPage(
  plans: readonly EffectivePlan[],
  documents: readonly Plan[],
): Promise<string> {
  const data = reportData(plans, comparePlans(plans));
  const mapped = plans.filter(statesTerritory);
  // The map has a panel per plan, up to the map's limit; past it the page goes without one.
  const map =
    mapped.length && mapped.length <= maxMapPanels
      ? { svg: await mapSvgFor(mapped), plans: mapped.map((p) => p.id) }
      : undefined;
  const [{ renderPositionSvg }, { renderReportHtml }] = await Promise.all([
    import('../../render/positionSvg.js'),
    import('../../render/reportHtml.js'),
  ]);
  const parties = [...new Set(plans.flatMap((p) => p.proposed_by))];
  const positions = parties.map((party, i) => {
    const result = partyPosition(documents, party);
    return { result, svg: renderPositionSvg(result, { idPrefix: `position-${i + 1}-` }) };
  });
  return renderReportHtml({ data, positions, ...(map ? { map } : {}) }, {});
}
