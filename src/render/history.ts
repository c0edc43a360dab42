/** `plans history <plan>`: the chain of drafts and what each step changed. */
import { Chalk } from 'chalk';
import type { HistoryResult, HistoryStep } from '../compare/history.js';
import { jsonText } from './json.js';
import { mdTable, mdText } from './markdown.js';
import type { RenderOptions } from './options.js';
import { safeText, wrapLines } from './terminal.js';

function stepLines(s: HistoryStep): [string, string][] {
  const lines: [string, string][] = [];
  if (s.changed.length) lines.push(['changed', `${s.changed.join(', ')} (${s.typedChanges} typed changes)`]);
  if (s.added.length) lines.push(['added', s.added.join(', ')]);
  if (s.dropped.length) lines.push(['dropped', s.dropped.join(', ')]);
  if (s.reworded.length) lines.push(['reworded', s.reworded.join(', ')]);
  if (lines.length === 0) lines.push(['same', 'no clause family differs']);
  return lines;
}

export function renderHistoryText(h: HistoryResult, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = (s: string) => safeText(s, { singleLine: true });
  const out = [c.bold(h.chain.join(' → '))];
  if (h.missing) out.push(c.yellow(`(${h.chain[0]} revises "${h.missing}", which is not among the plans)`));
  h.steps.forEach((s, i) => {
    out.push('');
    out.push(`${i === 0 ? ' ' : '↓'} ${c.bold(s.plan.id)}  ${t(s.plan.title)}`);
    out.push(c.dim(`    ${t(s.plan.proposed_by.join(', '))} · ${s.plan.date} · ${s.plan.status}`));
    if (i === 0) out.push(`    ${c.dim('first draft in the chain')}`);
    else for (const [k, v] of stepLines(s)) out.push(`    ${c.cyan(k.padEnd(8))} ${v}`);
  });
  if (h.branches.length) {
    out.push('');
    out.push(`other revisions: ${h.branches.map((b) => `${b.id} (revises ${b.revises})`).join(', ')}`);
  }
  return `${wrapLines(out.join('\n'), options.width ?? 100)}\n`;
}

export function renderHistoryMarkdown(h: HistoryResult, _options: RenderOptions): string {
  const out = [`## Lineage: ${h.chain.map((id) => `\`${id}\``).join(' → ')}`, ''];
  out.push(
    mdTable(
      ['Step', 'Plan', 'Date', 'Status', 'Changes from the previous step'],
      h.steps.map((s, i) => [
        String(i + 1),
        `${mdText(s.plan.title)} (\`${s.plan.id}\`)`,
        s.plan.date,
        s.plan.status,
        i === 0
          ? 'first draft'
          : stepLines(s)
              .map(([k, v]) => `${k}: ${mdText(v)}`)
              .join('<br>'),
      ]),
    ),
  );
  if (h.branches.length)
    out.push(
      '',
      `Other revisions: ${h.branches.map((b) => `\`${b.id}\` (revises \`${b.revises}\`)`).join(', ')}`,
    );
  return `${out.join('\n')}\n`;
}

export function renderHistoryJson(h: HistoryResult, _options: RenderOptions): string {
  return jsonText(h);
}
