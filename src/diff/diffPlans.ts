/**
 * The semantic diff of two plans: for each clause family a status and typed changes.
 * Pure: plans in, plain data out.
 *
 * - numbers carry a signed delta; durations compare after normalisation to days;
 * - enums show old → new, with the vocabulary's trend words where it has a scale;
 * - lists are sets (one change per element added or removed); lists of mappings are keyed
 *   by their key field (`topic`, `proposed_by`, `field`);
 * - territory is compared region by region;
 * - `sources` never make a difference; text fields (summary, note …) only make a clause
 *   `reworded`.
 */

import { isDuration, isQuantity } from '../schema/duration.js';
import { type Family, families } from '../schema/families.js';
import { listKeyFields, orderedLists, textFields } from '../schema/fields.js';
import { clauseSide, planHeader, sourceRefs } from '../schema/header.js';
import { keysAt, vocabularyAt } from '../schema/introspect.js';
import { isMoney } from '../schema/money.js';
import { rankOf } from '../schema/vocab.js';
import { type EffectivePlan, inheritedAt } from './inherit.js';
import {
  type Change,
  type ClauseDiff,
  type ClauseStatus,
  diffVersion,
  type InheritedRef,
  type PlanDiff,
  type Value,
  type ValueType,
} from './types.js';

export interface DiffOptions {
  /** Restrict to these families (default: all). */
  readonly clauses?: readonly Family[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isQuantity(v);
}

/** Value as shown and serialised: durations and amounts as written. */
function plain(v: unknown): Value {
  if (isQuantity(v)) return v.text;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (isDuration(a) && isDuration(b)) return a.days === b.days;
  if (isMoney(a) && isMoney(b)) return a.bn === b.bn && a.currency === b.currency;
  return a === b;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function kindOf(v: unknown): string {
  return isDuration(v) ? 'duration' : isMoney(v) ? 'money' : typeof v;
}

function typeOf(field: string, vocabPath: readonly string[], a: unknown, b: unknown): ValueType {
  if (textFields.has(field) || vocabPath.includes('disputed')) return 'text';
  // A number or duration on one side and a word on the other (army_cap 600000 → none).
  if (a !== undefined && b !== undefined && kindOf(a) !== kindOf(b)) return 'enum';
  const sample = a ?? b;
  if (isDuration(sample)) return 'duration';
  if (isMoney(sample)) return 'money';
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'boolean') return 'boolean';
  if (vocabularyAt(vocabPath)) return 'enum';
  if (typeof sample === 'string' && datePattern.test(sample)) return 'date';
  return 'name';
}

/** Days until the ceasefire takes effect, where that is a number. */
function ceasefireDays(clause: Record<string, unknown> | undefined): number | undefined {
  if (!clause) return undefined;
  if (clause.start === 'immediate' || clause.start === 'on-signature') return 0;
  if (clause.start === 'within' && isDuration(clause.within)) return clause.within.days;
  return undefined;
}

class Walker {
  readonly changes: Change[] = [];

  constructor(
    private readonly leftClause: Record<string, unknown> | undefined,
    private readonly rightClause: Record<string, unknown> | undefined,
  ) {}

  /** `path` names the change; `schemaPath` is the same path with list keys as indices. */
  value(path: string[], schemaPath: (string | number)[], a: unknown, b: unknown): void {
    const field = path[path.length - 1]!;
    if (field === 'sources' || (a === undefined && b === undefined)) return;
    if (Array.isArray(a) || Array.isArray(b)) {
      this.list(path, schemaPath, (a as unknown[] | undefined) ?? [], (b as unknown[] | undefined) ?? []);
    } else if (isRecord(a) || isRecord(b)) {
      this.mapping(path, schemaPath, isRecord(a) ? a : undefined, isRecord(b) ? b : undefined);
    } else {
      this.scalar(path, schemaPath, a, b);
    }
  }

  private mapping(
    path: string[],
    schemaPath: (string | number)[],
    a: Record<string, unknown> | undefined,
    b: Record<string, unknown> | undefined,
  ): void {
    const declared = keysAt(schemaPath);
    const present = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
    const ordered = [
      ...declared.filter((k) => present.has(k)),
      ...[...present].filter((k) => !declared.includes(k)),
    ];
    for (const key of ordered) this.value([...path, key], [...schemaPath, key], a?.[key], b?.[key]);
  }

  private list(path: string[], schemaPath: (string | number)[], a: unknown[], b: unknown[]): void {
    const field = path[path.length - 1]!;
    if (orderedLists.has(field)) {
      // A sequence: one change when the steps or their order differ.
      const left = a.map(plain).join(' → ');
      const right = b.map(plain).join(' → ');
      if (left === right) return;
      const kind = a.length === 0 ? 'added' : b.length === 0 ? 'removed' : 'changed';
      this.changes.push({
        path,
        kind,
        type: 'order',
        ...(a.length ? { left } : {}),
        ...(b.length ? { right } : {}),
      });
      return;
    }
    const keyField = listKeyFields[field];
    const elementPath = [...schemaPath, 0];
    if (keyField) {
      const keyOf = (e: unknown) => String((e as Record<string, unknown>)[keyField]);
      const left = new Map(a.map((e) => [keyOf(e), e as Record<string, unknown>]));
      const right = new Map(b.map((e) => [keyOf(e), e as Record<string, unknown>]));
      for (const key of new Set([...left.keys(), ...right.keys()])) {
        const l = left.get(key);
        const r = right.get(key);
        const p = [...path, key];
        // A disputed point is commentary, not a term of the plan: its claim shows as text below.
        if ((!l || !r) && field !== 'disputed') {
          this.changes.push(
            l
              ? { path: p, kind: 'removed', type: 'entry', left: key }
              : { path: p, kind: 'added', type: 'entry', right: key },
          );
        }
        const { [keyField]: _l, ...lRest } = l ?? {};
        const { [keyField]: _r, ...rRest } = r ?? {};
        this.mapping(p, elementPath, l ? lRest : undefined, r ? rRest : undefined);
      }
      return;
    }
    const type = typeOf(field, elementPath.map(String), a[0], b[0]);
    const left = new Set(a.map(plain));
    const right = new Set(b.map(plain));
    for (const e of left)
      if (!right.has(e)) this.changes.push({ path: [...path, String(e)], kind: 'removed', type, left: e });
    for (const e of right)
      if (!left.has(e)) this.changes.push({ path: [...path, String(e)], kind: 'added', type, right: e });
  }

  private scalar(path: string[], schemaPath: (string | number)[], a: unknown, b: unknown): void {
    if (sameScalar(a, b)) return;
    const field = path[path.length - 1]!;
    const type = typeOf(field, schemaPath.map(String), a, b);
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const change: {
      path: string[];
      kind: typeof kind;
      type: ValueType;
      left?: Value;
      right?: Value;
      delta?: number;
      trend?: string;
    } = { path, kind, type };
    if (a !== undefined) change.left = plain(a);
    if (b !== undefined) change.right = plain(b);

    if (typeof a === 'number' && typeof b === 'number') {
      change.delta = b - a;
      change.trend = b > a ? 'higher' : 'lower';
    } else if (isMoney(a) && isMoney(b)) {
      if (a.currency === b.currency) {
        change.delta = b.bn - a.bn;
        change.trend = b.bn > a.bn ? 'higher' : 'lower';
      }
    } else if (isDuration(a) && isDuration(b)) {
      change.delta = b.days - a.days;
      const timing = path[0] === 'elections' && field === 'within';
      change.trend = b.days < a.days ? (timing ? 'sooner' : 'shorter') : timing ? 'later' : 'longer';
    } else if (typeof a === 'string' && typeof b === 'string' && type === 'enum') {
      const vocab = vocabularyAt(schemaPath.map(String));
      const ra = vocab ? rankOf(vocab, a) : undefined;
      const rb = vocab ? rankOf(vocab, b) : undefined;
      if (vocab?.trend && ra !== undefined && rb !== undefined)
        change.trend = rb > ra ? vocab.trend.up : vocab.trend.down;
    }
    // The ceasefire's timing is start + within together: immediate is sooner than within 30 days.
    if (path[0] === 'ceasefire' && (field === 'start' || field === 'within') && path.length === 2) {
      const da = ceasefireDays(this.leftClause);
      const db = ceasefireDays(this.rightClause);
      if (da !== undefined && db !== undefined && da !== db) {
        change.trend = db < da ? 'sooner' : 'later';
        if (field === 'start' || !change.delta) change.delta = db - da;
      }
    }
    this.changes.push(change);
  }
}

/** The changes within one family (both sides present). */
export function diffFamily(family: Family, left: unknown, right: unknown): Change[] {
  const walker = new Walker(isRecord(left) ? left : undefined, isRecord(right) ? right : undefined);
  if (family === 'other') walker.value(['other'], ['clauses', 'other'], left, right);
  else {
    const l = isRecord(left) ? left : undefined;
    const r = isRecord(right) ? right : undefined;
    const declared = keysAt(['clauses', family]);
    const present = new Set([...Object.keys(l ?? {}), ...Object.keys(r ?? {})]);
    for (const key of declared.filter((k) => present.has(k))) {
      walker.value([family, key], ['clauses', family, key], l?.[key], r?.[key]);
    }
  }
  // Typed changes first, then text: conditions before notes and disputed points.
  // By position, not by value: a path also holds data (an `other` topic may be called "note").
  const commentary = (c: Change) =>
    c.path[c.path.length - 1] === 'note' || c.path[c.path[0] === 'other' ? 2 : 1] === 'disputed';
  const rank = (c: Change) => (c.type !== 'text' ? 0 : commentary(c) ? 2 : 1);
  return [0, 1, 2].flatMap((r) => walker.changes.filter((c) => rank(c) === r));
}

/** The change with its sides' origins, where a side's value is inherited. */
function markInherited(change: Change, left: EffectivePlan, right: EffectivePlan): Change {
  const ref = (plan: EffectivePlan, present: boolean): InheritedRef | undefined => {
    const i = present ? inheritedAt(plan, change.path) : undefined;
    return i && { from: i.from, date: i.date, sources: sourceRefs(plan, i.sources) };
  };
  const l = ref(left, change.kind !== 'added');
  const r = ref(right, change.kind !== 'removed');
  if (!l && !r) return change;
  return { ...change, inherited: { ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) } };
}

/** The diff of two plans (effective plans: inherited values are marked as such). */
export function diffPlans(left: EffectivePlan, right: EffectivePlan, options: DiffOptions = {}): PlanDiff {
  const wanted = options.clauses ?? families;
  const clauses: ClauseDiff[] = [];
  for (const family of families) {
    if (!wanted.includes(family)) continue;
    const l = left.clauses[family];
    const r = right.clauses[family];
    if (l === undefined && r === undefined) continue;
    const leftSide = clauseSide(left, family);
    const rightSide = clauseSide(right, family);
    const sides = { ...(leftSide ? { left: leftSide } : {}), ...(rightSide ? { right: rightSide } : {}) };
    if (l === undefined || r === undefined) {
      // What the one plan states, field by field (its typed values; its text is the side's summary).
      const changes = diffFamily(family, l, r)
        .filter((c) => c.type !== 'text')
        .map((c) => markInherited(c, left, right));
      clauses.push({
        clause: family,
        status: l === undefined ? 'only-right' : 'only-left',
        changes,
        ...sides,
      });
      continue;
    }
    const changes = diffFamily(family, l, r).map((c) => markInherited(c, left, right));
    const status: ClauseStatus =
      changes.length === 0 ? 'same' : changes.some((c) => c.type !== 'text') ? 'changed' : 'reworded';
    clauses.push({ clause: family, status, changes, ...sides });
  }
  const count = (s: ClauseStatus) => clauses.filter((c) => c.status === s).length;
  const onlyLeft = clauses.filter((c) => c.status === 'only-left').map((c) => c.clause);
  const onlyRight = clauses.filter((c) => c.status === 'only-right').map((c) => c.clause);
  return {
    version: diffVersion,
    left: planHeader(left),
    right: planHeader(right),
    clauses,
    summary: {
      families: clauses.length,
      differing: count('changed') + onlyLeft.length + onlyRight.length,
      changed: count('changed'),
      reworded: count('reworded'),
      same: count('same'),
      onlyLeft,
      onlyRight,
    },
  };
}

/** True when the plans differ at all (any family not `same`), as `git diff --exit-code` sees it. */
export function plansDiffer(diff: PlanDiff): boolean {
  return diff.clauses.some((c) => c.status !== 'same');
}
