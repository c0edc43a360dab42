/**
 * `plans show <plan>`: the plan as a reader wants it — particulars, then each clause family
 * with its summary, typed fields, notes, the contradictions between sources, and the sources.
 */
import { Chalk } from 'chalk';
import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import { families } from '../schema/families.js';
import { clauseSide } from '../schema/header.js';
import type { Plan } from '../schema/plan.js';
import { sourceText } from './describe.js';
import type { RenderOptions } from './options.js';
import { clauseRows } from './planFields.js';
import { safeText, wrapLines } from './terminal.js';

type Disputed = NonNullable<Plan['disputed']>;

export function renderShowText(plan: EffectivePlan, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = (s: string) => safeText(s, { singleLine: true });
  const out: string[] = [];
  const disputed = (list: Disputed | undefined, indent: string) => {
    for (const d of list ?? []) {
      out.push(
        `${indent}${c.yellow('disputed')} ${t(d.field)}: ${t(d.claim)} ${c.dim(`[${d.sources.map(t).join(', ')}]`)}`,
      );
    }
  };

  out.push(`${c.bold(plan.id)}  ${t(plan.title)}`);
  out.push(
    c.dim(
      `  ${t(plan.proposed_by.join(', '))} · ${plan.date} · ${plan.status}${plan.revises ? ` · revises ${plan.revises}` : ''}${plan.points ? ` · ${plan.points} points` : ''}`,
    ),
  );
  if (plan.note) out.push(`  ${c.dim('note')} ${t(plan.note)}`);
  disputed(plan.disputed, '  ');
  for (const r of plan.reaffirms ?? []) {
    out.push(`  ${c.dim('reaffirms')} ${t(r.plan)} ${c.dim(`[${r.sources.map(t).join(', ')}]`)}`);
  }

  for (const family of families) {
    const side = clauseSide(plan, family);
    if (!side) continue;
    out.push('');
    out.push(
      c.bold.cyan(family) +
        (side.inherited ? c.yellow(` (kept from ${side.inherited.from}, ${side.inherited.date})`) : ''),
    );
    if (family === 'other') {
      for (const o of plan.clauses.other ?? []) {
        const kept = inheritedAt(plan, ['other', o.topic]);
        out.push(
          `  ${c.bold(t(o.topic))}: ${t(o.summary)} ${c.dim(`[${o.sources.map(t).join(', ')}]`)}${kept ? c.yellow(` (from ${kept.from})`) : ''}`,
        );
        if (o.note) out.push(`    ${c.dim('note')} ${t(o.note)}`);
        disputed(o.disputed, '    ');
      }
      continue;
    }
    const clause = plan.clauses[family]!;
    out.push(`  ${t(clause.summary)}`);
    const rows = clauseRows(plan, family);
    const width = Math.min(40, Math.max(0, ...rows.map((r) => r.field.length)));
    for (const r of rows)
      out.push(
        `  ${c.dim(t(r.field).padEnd(width))}  ${t(r.value)}${r.from ? c.yellow(` (from ${r.from})`) : ''}`,
      );
    if (clause.note) out.push(`  ${c.dim('note')} ${t(clause.note)}`);
    disputed(clause.disputed, '  ');
    out.push(c.dim(`  sources: ${side.sources.map((s) => t(s.key)).join(', ')}`));
  }

  out.push('');
  out.push(c.bold('sources'));
  for (const [key, s] of Object.entries(plan.sources)) {
    const ref = { key, ...s };
    out.push(`  [${t(key)}] ${t(sourceText(ref))}`);
    if (s.url) out.push(c.dim(`      ${t(s.url)}`));
    if (s.note) out.push(c.dim(`      ${t(s.note)}`));
  }
  return `${wrapLines(out.join('\n'), options.width ?? 100)}\n`;
}
