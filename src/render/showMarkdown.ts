/** `plans show --format markdown`: the plan as a report section, one table per clause family. */

import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import { families } from '../schema/families.js';
import type { Plan } from '../schema/plan.js';
import { mdSourceLine, mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { clauseRows } from './planFields.js';

type Disputed = NonNullable<Plan['disputed']>;

function disputedLines(list: Disputed | undefined): string[] {
  return (list ?? []).map(
    (d) =>
      `- **Disputed** \`${d.field.replace(/`/g, '')}\`: ${mdText(d.claim)} (${d.sources.map(mdText).join(', ')})`,
  );
}

export function renderShowMarkdown(plan: EffectivePlan, _options: RenderOptions): string {
  const out: string[] = [];
  out.push(`## ${mdText(plan.title)} (\`${plan.id}\`)`);
  out.push('');
  const particulars: string[][] = [
    ['Proposed by', mdText(plan.proposed_by.join(', '))],
    ['Date', plan.date],
    ['Status', plan.status],
  ];
  if (plan.revises) particulars.push(['Revises', `\`${plan.revises}\``]);
  if (plan.points) particulars.push(['Points', String(plan.points)]);
  for (const r of plan.reaffirms ?? [])
    particulars.push(['Reaffirms', `\`${r.plan}\` (${r.sources.map(mdText).join(', ')})`]);
  out.push(mdTable(['', ''], particulars));
  if (plan.note) out.push('', mdText(plan.note));
  const top = disputedLines(plan.disputed);
  if (top.length) out.push('', ...top);

  for (const family of families) {
    if (family === 'other') {
      const other = plan.clauses.other;
      if (!other) continue;
      out.push('', '### other', '');
      out.push(
        mdTable(
          ['Topic', 'Summary', 'Sources'],
          other.map((o) => {
            const kept = inheritedAt(plan, ['other', o.topic]);
            return [
              mdText(o.topic),
              mdText(kept ? `${o.summary} (from ${kept.from})` : o.summary),
              o.sources.map(mdText).join(', '),
            ];
          }),
        ),
      );
      for (const o of other) {
        if (o.note) out.push('', `- **${mdText(o.topic)}**: ${mdText(o.note)}`);
        const d = disputedLines(o.disputed);
        if (d.length) out.push('', ...d);
      }
      continue;
    }
    const clause = plan.clauses[family];
    if (!clause) continue;
    const whole = inheritedAt(plan, [family]);
    const kept = whole?.path.length === 1 ? ` *(kept from \`${whole.from}\`, ${whole.date})*` : '';
    out.push('', `### ${family}${kept}`, '', mdText(clause.summary), '');
    const rows = clauseRows(plan, family).map((r) => [
      `\`${r.field}\``,
      mdText(r.from ? `${r.value} (from ${r.from})` : r.value),
    ]);
    rows.push(['sources', clause.sources.map(mdText).join(', ')]);
    out.push(mdTable(['Field', 'Value'], rows));
    if (clause.note) out.push('', `*Note:* ${mdText(clause.note)}`);
    const d = disputedLines(clause.disputed);
    if (d.length) out.push('', ...d);
  }
  out.push('', '### Sources', '');
  for (const [key, s] of Object.entries(plan.sources)) {
    out.push(mdSourceLine({ key, ...s }));
  }
  return `${out.join('\n')}\n`;
}
