/** `plans position <party>`: a party's position over time, from its documents in the plans directory. */
import { parties, partyName, partyPosition } from '../../compare/position.js';
import { closest } from '../../load/suggest.js';
import type { RenderOptions } from '../../render/options.js';
import type { Family } from '../../schema/families.js';
import { catalogPlans } from '../catalog.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { type PositionFormat, positionFormats } from '../formats.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';

export interface PositionCommandOptions {
  readonly format: PositionFormat;
  readonly at?: string;
  readonly since?: string;
  readonly clauses?: readonly Family[];
  readonly plansDir?: Lookup;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date, YYYY-MM-DD (2025-02-30 is not). */
function realDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export async function runPosition(
  party: string,
  options: PositionCommandOptions,
  io: Io,
  render: RenderOptions,
): Promise<CommandResult> {
  for (const [flag, value] of [
    ['--at', options.at],
    ['--since', options.since],
  ] as const) {
    if (value !== undefined && !realDate(value)) {
      throw new CliError(`${flag} takes a date, YYYY-MM-DD (got "${value}")`);
    }
  }
  const plans = await catalogPlans(io, options.plansDir ?? {});
  const name = partyName(plans, party);
  if (!name) {
    const known = parties(plans);
    const near = closest(party, known, 3);
    throw new CliError(
      `no plan is proposed by "${party}"${near.length ? ` — did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ` (parties: ${known.join(', ')})`}`,
    );
  }
  const result = partyPosition(plans, name, {
    ...(options.at ? { at: options.at } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.clauses ? { clauses: options.clauses } : {}),
  });
  if (result.documents.length === 0) {
    throw new CliError(
      `${name} has no document ${options.at ? `up to ${options.at}` : ''}${options.since ? ` since ${options.since}` : ''}`.trim(),
    );
  }
  return { output: (await positionFormats[options.format]())(result, render), exitCode: exitCodes.ok };
}
