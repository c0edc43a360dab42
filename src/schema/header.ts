/**
 * What every report shows of a plan besides its clauses: its particulars (the header), the
 * sources behind a set of source keys, and a clause family's summary with its sources. Plain
 * data, zod-free: the diff, the comparison, the history and the list all use these.
 */
import type { Family } from './families.js';
import type { Plan } from './plan.js';

export interface PlanHeader {
  readonly id: string;
  readonly title: string;
  readonly proposed_by: readonly string[];
  readonly date: string;
  readonly status: string;
  readonly revises?: string;
  /** The earlier plans whose terms this one keeps where it is silent (`reaffirms`), by id. */
  readonly reaffirms?: readonly string[];
}

export interface SourceRef {
  readonly key: string;
  readonly title: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly url?: string;
  readonly flags?: readonly string[];
}

/** A clause family as one plan states it: its summary and the sources behind it. */
export interface ClauseSide {
  readonly summary: string;
  readonly sources: readonly SourceRef[];
  /** Set when the plan does not address the family itself but keeps it from a plan it reaffirms. */
  readonly inherited?: { readonly from: string; readonly date: string };
}

/** The plan's sources behind `keys`, each once, in order; an undeclared key stands for itself. */
export function sourceRefs(plan: Plan, keys: readonly string[]): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const key of new Set(keys)) {
    const s = plan.sources[key];
    if (!s) {
      refs.push({ key, title: key });
      continue;
    }
    const ref: { -readonly [K in keyof SourceRef]: SourceRef[K] } = { key, title: s.title };
    if (s.publisher) ref.publisher = s.publisher;
    if (s.published) ref.published = s.published;
    if (s.url) ref.url = s.url;
    if (s.flags) ref.flags = s.flags;
    refs.push(ref);
  }
  return refs;
}

/** What a plan says on a family, for display beside the changes. */
export function clauseSide(plan: Plan, family: Family): ClauseSide | undefined {
  if (family === 'other') {
    const other = plan.clauses.other;
    if (!other) return undefined;
    return {
      summary: `${other.length} ${other.length === 1 ? 'provision' : 'provisions'}: ${other.map((o) => o.topic).join(', ')}`,
      sources: sourceRefs(
        plan,
        other.flatMap((o) => o.sources),
      ),
    };
  }
  const clause = plan.clauses[family];
  if (!clause) return undefined;
  const whole = (
    plan as { inherited?: readonly { path: readonly string[]; from: string; date: string }[] }
  ).inherited?.find((i) => i.path.length === 1 && i.path[0] === family);
  return {
    summary: clause.summary,
    sources: sourceRefs(plan, clause.sources),
    ...(whole ? { inherited: { from: whole.from, date: whole.date } } : {}),
  };
}

export function planHeader(plan: Plan): PlanHeader {
  return {
    id: plan.id,
    title: plan.title,
    proposed_by: plan.proposed_by,
    date: plan.date,
    status: plan.status,
    ...(plan.revises ? { revises: plan.revises } : {}),
    ...(plan.reaffirms ? { reaffirms: plan.reaffirms.map((r) => r.plan) } : {}),
  };
}
