/**
 * Words shared by every renderer: how a value, a change, a trend and a diff summary read.
 * Plain strings, not escaped: each renderer escapes for its own medium.
 */
import type { Change, ClauseDiff, PlanDiff, SourceRef, Value } from '../diff/types.js';
import type { Family } from '../schema/plan.js';
import type { ValidationReport } from '../validate/report.js';
export declare function formatValue(v: Value | undefined): string;
/**
 * The field a change is about, without its family: `territories.donetsk.status`. A list
 * element added or removed is labelled by its list (`guarantors`), since the value names it.
 */
export declare function fieldLabel(change: Change): string;
/** "+200,000, higher", "−16 days, sooner", "toward Russia", or "". */
export declare function trendText(change: Change): string;
/** Long text shortened for one terminal line. */
export declare function clip(text: string, max?: number): string;
/**
 * One change in words, for the terminal: "within → immediate (sooner)",
 * "600,000 → 800,000 (+200,000, higher)", "France (only in e3-counterproposal)".
 * Free text is clipped: the clause summaries are shown in full beside each side. `oneSided`:
 * the family is stated by one plan only, which its heading says, so each value does not.
 */
export declare function changeText(change: Change, leftId: string, rightId: string, oneSided?: boolean): string;
/**
 * Where inherited values come from: "; kremlin: from putin-june-2024 (2024-06-14)", or "" when
 * both sides state the value themselves.
 */
export declare function inheritedNote(change: Change, leftId: string, rightId: string): string;
export declare function statusLabel(c: ClauseDiff, diff: PlanDiff): string;
/** "5 of 8 clause families differ, 1 reworded; elections only in kremlin". */
export declare function summaryLine(diff: PlanDiff): string;
/**
 * A source's description in its parts: the title, "Publisher, 2025-12-01" (either may be
 * missing; empty when both are), and its flags joined ("official, state-media"; empty if none).
 */
export declare function sourceParts(s: SourceRef): {
    title: string;
    bits: string;
    flags: string;
};
/** "Title — Publisher, 2025-12-01 [flags]" for a source. */
export declare function sourceText(s: SourceRef): string;
export declare function plural(n: number, one: string, many?: string): string;
/** The "change" column of tables: "added, +200,000, higher", "removed entry", "…; right inherited from X". */
export declare function changeColumn(ch: Change): string;
/** One side's value in a table: keyed entries show their key, silence shows "—". */
export declare function sideValue(ch: Change, v: Value | undefined): string;
/** The clause summary is shown beside each side, not as a change row. */
export declare function isClauseSummary(ch: Change): boolean;
/**
 * Where a change is shown in the text format: the clause summary beside each side, free text
 * (notes, conditions, disputed claims: all of type text) with the text, the rest with the
 * typed changes.
 */
export declare function changeSection(ch: Change): 'summary' | 'typed' | 'text';
/** The families of a diff with this status, in canonical order. */
export declare function familiesOf(diff: PlanDiff, status: ClauseDiff['status']): Family[];
/** The closing line of a validation report: "3 files checked, 1 invalid, 2 errors". */
export declare function summaryText(report: ValidationReport): string;
