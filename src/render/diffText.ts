/**
 * The default `plans diff` output: a header naming both plans, then each differing clause
 * family with its typed changes, both summaries and the sources behind each side, and a
 * closing count. Colour (-/+ in red/green, as git diff) only when `options.color` is set.
 */
import { Chalk } from 'chalk';
import type { Change, ClauseSide, PlanDiff, PlanHeader } from '../diff/types.js';
import { changeText, fieldLabel, isClauseSummary, sourceText, statusLabel, summaryLine } from './describe.js';
import type { RenderOptions } from './options.js';
import { safeText } from './terminal.js';

export function renderDiffText(diff: PlanDiff, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = (s: string) => safeText(s, { singleLine: true });
  const out: string[] = [];

  const header = (mark: string, paint: (s: string) => string, h: PlanHeader) => {
    out.push(paint(`${mark} ${h.id}  ${t(h.title)}`));
    out.push(
      c.dim(
        `    ${t(h.proposed_by.join(', '))} · ${h.date} · ${h.status}${h.revises ? ` · revises ${h.revises}` : ''}`,
      ),
    );
  };
  header('---', c.red.bold, diff.left);
  header('+++', c.green.bold, diff.right);

  const mark = (ch: Change) => {
    if (ch.type === 'entry' || ch.kind !== 'changed') {
      return ch.kind === 'added' ? c.green('+') : ch.kind === 'removed' ? c.red('-') : c.yellow('~');
    }
    return c.yellow('~');
  };

  const side = (
    sign: string,
    paint: (s: string) => string,
    id: string,
    s: ClauseSide | undefined,
    width: number,
  ) => {
    const label = id.padEnd(width);
    if (!s) {
      out.push(paint(`  ${sign} ${label}  `) + c.dim('(silent)'));
      return;
    }
    const kept = s.inherited ? c.dim(` (kept from ${s.inherited.from}, ${s.inherited.date})`) : '';
    out.push(paint(`  ${sign} ${label}  ${t(s.summary)}`) + kept);
    for (const src of s.sources) {
      out.push(c.dim(`    ${' '.repeat(width)}  [${t(src.key)}] ${t(sourceText(src))}`));
    }
  };

  const idWidth = Math.max(diff.left.id.length, diff.right.id.length);
  for (const clause of diff.clauses) {
    if (clause.status === 'same' && !options.all) continue;
    out.push('');
    out.push(`${c.bold(clause.clause)} ${c.dim('·')} ${c.cyan(statusLabel(clause, diff))}`);
    const labelWidth = Math.min(36, Math.max(0, ...clause.changes.map((ch) => fieldLabel(ch).length)));
    for (const ch of clause.changes) {
      if (isClauseSummary(ch)) continue; // shown beside each side below
      out.push(
        `  ${mark(ch)} ${t(fieldLabel(ch)).padEnd(labelWidth)}  ${t(changeText(ch, diff.left.id, diff.right.id))}`,
      );
    }
    side('-', c.red, diff.left.id, clause.left, idWidth);
    side('+', c.green, diff.right.id, clause.right, idWidth);
  }
  out.push('');
  out.push(c.bold(summaryLine(diff)));
  return `${out.join('\n')}\n`;
}
