/**
 * A clause as a flat list of `field: value` rows, in schema order, for `plans show`.
 * Durations read as written, lists as comma-separated values, keyed lists by their key.
 */

import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import { isQuantity } from '../schema/duration.js';
import { clauseBaseFields, listKeyFields, orderedLists } from '../schema/fields.js';
import { keysAt } from '../schema/introspect.js';
import type { Family } from '../schema/plan.js';
import { formatValue } from './describe.js';

export interface FieldRow {
  readonly field: string;
  readonly value: string;
  /** The plan the value is kept from, when the plan inherits it (`reaffirms`). */
  readonly from?: string;
}

function scalarText(v: unknown): string {
  if (isQuantity(v)) return v.text;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return formatValue(v);
  return String(v);
}

function rows(value: unknown, label: string, schemaPath: (string | number)[], out: FieldRow[]): void {
  if (value === undefined) return;
  const field = String(schemaPath[schemaPath.length - 1]);
  if (Array.isArray(value)) {
    const key = listKeyFields[field];
    if (key) {
      for (const entry of value as Record<string, unknown>[]) {
        const { [key]: name, ...rest } = entry;
        mapping(rest, `${label}[${String(name)}]`, [...schemaPath, 0], out);
      }
    } else
      out.push({ field: label, value: value.map(scalarText).join(orderedLists.has(field) ? ' → ' : ', ') });
  } else if (typeof value === 'object' && value !== null && !isQuantity(value)) {
    mapping(value as Record<string, unknown>, label, schemaPath, out);
  } else out.push({ field: label, value: scalarText(value) });
}

function mapping(
  obj: Record<string, unknown>,
  label: string,
  schemaPath: (string | number)[],
  out: FieldRow[],
): void {
  const declared = keysAt(schemaPath);
  const keys = [
    ...declared.filter((k) => k in obj),
    ...Object.keys(obj).filter((k) => !declared.includes(k)),
  ];
  for (const k of keys) rows(obj[k], label ? `${label}.${k}` : k, [...schemaPath, k], out);
}

/** The typed fields of one clause family (everything but summary, sources, note, disputed). */
export function clauseRows(plan: EffectivePlan, family: Exclude<Family, 'other'>): FieldRow[] {
  const clause = plan.clauses[family] as Record<string, unknown> | undefined;
  if (!clause) return [];
  const out: FieldRow[] = [];
  const typed = Object.fromEntries(Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k)));
  mapping(typed, '', ['clauses', family], out);
  if (!plan.inherited?.length) return out;
  // A row's label is its path: `territories.crimea.status`, `force_limits[Ukraine].troops`.
  return out.map((r) => {
    const path = [family, ...r.field.split(/\.|\[|\]\.?/).filter(Boolean)];
    const i = inheritedAt(plan, path);
    return i ? { ...r, from: i.from } : r;
  });
}
