/**
 * A party's position over time: its documents in date order, and for every compared field the
 * value each document states, where the value changed, and the position as of a date — the
 * latest value of each field up to then, with the document that stated it. A party does not
 * withdraw a demand by not repeating it: a field a later document is silent on keeps its last
 * stated value. Pure: plans in, plain data out.
 */
import type { Family } from '../schema/families.js';
import { type PlanHeader, planHeader } from '../schema/header.js';
import type { Plan } from '../schema/plan.js';
import { byCodeUnits } from '../util/byCodeUnits.js';
import { type Cell, comparePlans } from './comparePlans.js';

export const positionVersion = 1 as const;

export interface PositionRow {
  readonly family: Family;
  readonly field: string;
  /** What each document states, in the documents' order; `null` where it is silent. */
  readonly values: readonly (Cell | null)[];
  /** Indices of the documents where the value differs from the last one stated before. */
  readonly changes: readonly number[];
  /** The last value stated up to the position's date, and the document that stated it. */
  readonly current: { readonly value: Cell; readonly document: string; readonly date: string };
}

export interface PositionResult {
  readonly version: typeof positionVersion;
  /** The party as the plans name it. */
  readonly party: string;
  /** The position's date: `--at`, else the last document's. */
  readonly at: string;
  /** The party's documents up to `at`, by date (then id). */
  readonly documents: readonly PlanHeader[];
  readonly rows: readonly PositionRow[];
}

export interface PositionOptions {
  /** The position as of this date (YYYY-MM-DD): later documents are left out. */
  readonly at?: string;
  /** Leave out documents before this date. */
  readonly since?: string;
  readonly clauses?: readonly Family[];
}

/** The actor name plans use for `party` (case-insensitive), or undefined. */
export function partyName(plans: readonly Plan[], party: string): string | undefined {
  const wanted = party.toLowerCase();
  for (const p of plans) for (const a of p.proposed_by) if (a.toLowerCase() === wanted) return a;
  return undefined;
}

/** Every actor that proposed a plan, for suggestions. */
export function parties(plans: readonly Plan[]): string[] {
  return [...new Set(plans.flatMap((p) => p.proposed_by))].sort(byCodeUnits);
}

/**
 * The position of `party` (an actor name as plans write it) over its documents — the plans it
 * proposed, alone or with others — read as each document words it (own values only).
 */
export function partyPosition(
  plans: readonly Plan[],
  party: string,
  options: PositionOptions = {},
): PositionResult {
  const documents = plans
    .filter((p) => p.proposed_by.includes(party))
    .filter(
      (p) =>
        (options.at === undefined || p.date <= options.at) &&
        (options.since === undefined || p.date >= options.since),
    )
    .sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id));
  const matrix = comparePlans(documents, options.clauses ? { clauses: options.clauses } : {});
  const rows = matrix.rows.map((row): PositionRow => {
    const changes: number[] = [];
    let last: Cell | undefined;
    let lastAt = -1;
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      if (last !== undefined && cell.key !== last.key) changes.push(i);
      last = cell;
      lastAt = i;
    });
    const doc = documents[lastAt]!;
    return {
      family: row.family,
      field: row.field,
      values: row.cells,
      changes,
      current: { value: last!, document: doc.id, date: doc.date },
    };
  });
  return {
    version: positionVersion,
    party,
    at: options.at ?? documents.at(-1)?.date ?? '',
    documents: documents.map(planHeader),
    rows,
  };
}
