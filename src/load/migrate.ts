/**
 * Format 1 → format 2, on the data: what `plans migrate` writes into the file and what the
 * loader does in memory for a file that is still format 1. Format 2 only adds to format 1,
 * except for three fields that moved:
 *
 * - `security_package.army_cap` and `army_cap_scope` (Ukraine's forces only) became an entry of
 *   `security_package.force_limits` (one per party): `{ party: Ukraine, troops, applies }`;
 * - `sanctions.frozen_assets_usd_bn: 100` became `frozen_assets_amount: 100 bn USD`;
 * - a `disputed` entry about one of those fields names the new field.
 *
 * Pure: plain data in, plain data out.
 */
import { planFormat } from '../schema/families.js';

/** A format-1 field and the format-2 path that replaced it (within its clause). */
export interface Moved {
  readonly family: string;
  readonly from: string;
  readonly to: readonly (string | number)[];
}

export const movedFields: readonly Moved[] = [
  { family: 'security_package', from: 'army_cap', to: ['force_limits', 0, 'troops'] },
  { family: 'security_package', from: 'army_cap_scope', to: ['force_limits', 0, 'applies'] },
  { family: 'sanctions', from: 'frozen_assets_usd_bn', to: ['frozen_assets_amount'] },
];

/** What a `disputed` entry's `field` says after the move. */
const disputedField: Readonly<Record<string, string>> = {
  army_cap: 'force_limits.troops',
  army_cap_scope: 'force_limits.applies',
  frozen_assets_usd_bn: 'frozen_assets_amount',
};

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The format a raw document declares: 1 when it has no `format` key. */
export function formatOf(raw: unknown): unknown {
  return isObj(raw) && Object.hasOwn(raw, 'format') ? raw.format : 1;
}

/**
 * `{ format: 2, …raw }` with the moved fields moved (key order aside: the schema's order is the
 * one every output uses); other values are shared, not copied.
 */
export function migrateRaw(raw: Obj): Obj {
  const { format: _format, ...rest } = raw;
  const out: Obj = { format: planFormat, ...rest };
  const clauses = raw.clauses;
  if (!isObj(clauses)) return out;
  const next: Obj = { ...clauses };
  const sp = clauses.security_package;
  if (isObj(sp) && (Object.hasOwn(sp, 'army_cap') || Object.hasOwn(sp, 'army_cap_scope'))) {
    const { army_cap, army_cap_scope, ...rest } = sp;
    const limit: Obj = { party: 'Ukraine' };
    if (army_cap !== undefined) limit.troops = army_cap;
    if (army_cap_scope !== undefined) limit.applies = army_cap_scope;
    next.security_package = renameDisputed({ ...rest, force_limits: [limit] });
  }
  const sanctions = clauses.sanctions;
  if (isObj(sanctions) && Object.hasOwn(sanctions, 'frozen_assets_usd_bn')) {
    const entries = Object.entries(sanctions).map(([k, v]): [string, unknown] =>
      k === 'frozen_assets_usd_bn'
        ? ['frozen_assets_amount', typeof v === 'number' ? `${v} bn USD` : v]
        : [k, v],
    );
    next.sanctions = renameDisputed(Object.fromEntries(entries));
  }
  out.clauses = next;
  return out;
}

function renameDisputed(clause: Obj): Obj {
  const list = clause.disputed;
  if (!Array.isArray(list)) return clause;
  return {
    ...clause,
    disputed: list.map((d) =>
      isObj(d) && typeof d.field === 'string' && disputedField[d.field]
        ? { ...d, field: disputedField[d.field] }
        : d,
    ),
  };
}

/**
 * The path of a format-2 finding in the format-1 file it came from, so that a problem in a
 * moved field is placed where the field is written. Other paths are the same in both.
 */
export function format1Path(path: readonly (string | number)[]): (string | number)[] {
  if (path[0] !== 'clauses' || typeof path[1] !== 'string') return [...path];
  for (const m of movedFields) {
    if (path[1] !== m.family) continue;
    const rest = path.slice(2);
    if (m.to.every((seg, i) => rest[i] === seg))
      return ['clauses', m.family, m.from, ...rest.slice(m.to.length)];
    if (m.to[0] === 'force_limits' && rest[0] === 'force_limits') return ['clauses', m.family, 'army_cap'];
  }
  return [...path];
}
