/**
 * Words shared by every renderer: how a value, a change, a trend and a diff summary read.
 * Plain strings, not escaped: each renderer escapes for its own medium.
 */
import type { Change, ClauseDiff, PlanDiff, SourceRef, Value } from '../diff/types.js';
import type { Family } from '../schema/plan.js';
import { formatNumber } from '../util/formatNumber.js';
import type { ValidationReport } from '../validate/report.js';

export function formatValue(v: Value | undefined): string {
  if (v === undefined) return '—';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

/**
 * The field a change is about, without its family: `territories.donetsk.status`. A list
 * element added or removed is labelled by its list (`guarantors`), since the value names it.
 */
export function fieldLabel(change: Change): string {
  const value = change.kind === 'added' ? change.right : change.kind === 'removed' ? change.left : undefined;
  const path =
    value !== undefined && change.path.at(-1) === String(value) ? change.path.slice(0, -1) : change.path;
  return path.slice(1).join('.') || path[0]!;
}

function signed(n: number, unit = ''): string {
  const abs = formatNumber(Math.abs(Math.round(n * 100) / 100));
  return `${n >= 0 ? '+' : '−'}${abs}${unit}`;
}

/** "+200,000, higher", "−16 days, sooner", "toward Russia", or "". */
export function trendText(change: Change): string {
  const parts: string[] = [];
  if (change.delta !== undefined && change.delta !== 0) {
    parts.push(
      change.type === 'number'
        ? signed(change.delta)
        : change.type === 'money'
          ? signed(change.delta, ' bn')
          : signed(change.delta, ' days'),
    );
  }
  if (change.trend) parts.push(change.trend);
  return parts.join(', ');
}

/** Long text shortened for one terminal line. */
export function clip(text: string, max = 72): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * One change in words, for the terminal: "within → immediate (sooner)",
 * "600,000 → 800,000 (+200,000, higher)", "France (only in e3-counterproposal)".
 * Free text is clipped: the clause summaries are shown in full beside each side. `oneSided`:
 * the family is stated by one plan only, which its heading says, so each value does not.
 */
export function changeText(change: Change, leftId: string, rightId: string, oneSided = false): string {
  return `${changeWords(change, leftId, rightId, oneSided)}${inheritedNote(change, leftId, rightId)}`;
}

/**
 * Where inherited values come from: "; kremlin: from putin-june-2024 (2024-06-14)", or "" when
 * both sides state the value themselves.
 */
export function inheritedNote(change: Change, leftId: string, rightId: string): string {
  const parts: string[] = [];
  const { left, right } = change.inherited ?? {};
  if (left) parts.push(`${leftId}: from ${left.from} (${left.date})`);
  if (right) parts.push(`${rightId}: from ${right.from} (${right.date})`);
  return parts.length ? ` [${parts.join('; ')}]` : '';
}

function changeWords(change: Change, leftId: string, rightId: string, oneSided: boolean): string {
  const trend = trendText(change);
  const only = (id: string) =>
    oneSided ? (trend ? ` (${trend})` : '') : ` (only in ${id}${trend ? `, ${trend}` : ''})`;
  const value = (v: Value | undefined) =>
    change.type === 'text' ? `"${clip(formatValue(v))}"` : formatValue(v);
  switch (change.kind) {
    case 'added':
      return `${change.type === 'entry' ? 'entry ' : ''}${value(change.right)}${only(rightId)}`;
    case 'removed':
      return `${change.type === 'entry' ? 'entry ' : ''}${value(change.left)}${only(leftId)}`;
    default:
      return change.type === 'text'
        ? `reworded: ${value(change.right)}`
        : `${value(change.left)} → ${value(change.right)}${trend ? ` (${trend})` : ''}`;
  }
}

export function statusLabel(c: ClauseDiff, diff: PlanDiff): string {
  switch (c.status) {
    case 'only-left':
      return `only in ${diff.left.id}`;
    case 'only-right':
      return `only in ${diff.right.id}`;
    default:
      return c.status;
  }
}

/** "5 of 8 clause families differ, 1 reworded; elections only in kremlin". */
export function summaryLine(diff: PlanDiff): string {
  const s = diff.summary;
  if (s.families === 0) return 'neither plan addresses the selected clause families';
  const head =
    s.differing === 0 && s.reworded === 0
      ? `all ${s.families} clause ${s.families === 1 ? 'family is' : 'families are'} the same`
      : `${s.differing} of ${s.families} clause ${s.families === 1 ? 'family differs' : 'families differ'}`;
  const parts = [head];
  if (s.reworded > 0) parts[0] += `, ${s.reworded} reworded`;
  const only = (families: readonly Family[], id: string) =>
    families.length ? `${families.join(', ')} only in ${id}` : '';
  const tail = [only(s.onlyLeft, diff.left.id), only(s.onlyRight, diff.right.id)].filter(Boolean);
  return tail.length ? `${parts[0]}; ${tail.join('; ')}` : parts[0]!;
}

/**
 * A source's description in its parts: the title, "Publisher, 2025-12-01" (either may be
 * missing; empty when both are), and its flags joined ("official, state-media"; empty if none).
 */
export function sourceParts(s: SourceRef): { title: string; bits: string; flags: string } {
  const bits =
    s.publisher && s.published ? `${s.publisher}, ${s.published}` : s.publisher || s.published || '';
  return { title: s.title, bits, flags: s.flags?.length ? s.flags.join(', ') : '' };
}

/** "Title — Publisher, 2025-12-01 [flags]" for a source. */
export function sourceText(s: SourceRef): string {
  const { title, bits, flags } = sourceParts(s);
  return `${title}${bits ? ` — ${bits}` : ''}${flags ? ` [${flags}]` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The "change" column of tables: "added, +200,000, higher", "removed entry", "…; right inherited from X". */
export function changeColumn(ch: Change): string {
  const words =
    ch.type === 'entry'
      ? `${ch.kind} entry`
      : [ch.kind === 'changed' ? '' : ch.kind, trendText(ch)].filter(Boolean).join(', ');
  const { left, right } = ch.inherited ?? {};
  const from = [left && `left from ${left.from}`, right && `right from ${right.from}`]
    .filter(Boolean)
    .join(', ');
  return [words, from].filter(Boolean).join('; ');
}

/** One side's value in a table: keyed entries show their key, silence shows "—". */
export function sideValue(ch: Change, v: Value | undefined): string {
  if (ch.type === 'entry') return v === undefined ? '' : String(v);
  return formatValue(v);
}

/** The clause summary is shown beside each side, not as a change row. */
export function isClauseSummary(ch: Change): boolean {
  return ch.path.length === 2 && ch.path[1] === 'summary';
}

/**
 * Where a change is shown in the text format: the clause summary beside each side, free text
 * (notes, conditions, disputed claims: all of type text) with the text, the rest with the
 * typed changes.
 */
export function changeSection(ch: Change): 'summary' | 'typed' | 'text' {
  if (isClauseSummary(ch)) return 'summary';
  return ch.type === 'text' ? 'text' : 'typed';
}

/** The families of a diff with this status, in canonical order. */
export function familiesOf(diff: PlanDiff, status: ClauseDiff['status']): Family[] {
  return diff.clauses.filter((c) => c.status === status).map((c) => c.clause);
}

/** The closing line of a validation report: "3 files checked, 1 invalid, 2 errors". */
export function summaryText(report: ValidationReport): string {
  const s = report.summary;
  const parts = [`${plural(s.files, 'file')} checked`, `${s.invalid} invalid`, plural(s.errors, 'error')];
  if (s.warnings > 0) parts.push(plural(s.warnings, 'warning'));
  return parts.join(', ');
}
