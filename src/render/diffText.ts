/**
 * The default `plans diff` output, for a person at a terminal: first the verdict (how many
 * clause families differ, and which), then the two plans' particulars, then the typed changes
 * family by family, then the text (each side's summary, notes, conditions, disputed claims),
 * then the sources behind each side, and the closing count. `stat` gives one line per family
 * instead (as `git diff --stat`); `sources: false` leaves the sources out. Lines are wrapped
 * to `width` at spaces. Colour (-/+ in red/green, as git diff) only when `options.color` is set.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Change, ClauseDiff, PlanDiff, PlanHeader, SourceRef } from '../diff/types.js';
import {
  changeSection,
  changeText,
  familiesOf,
  fieldLabel,
  isClauseSummary,
  sourceText,
  statusLabel,
  summaryLine,
} from './describe.js';
import type { RenderOptions } from './options.js';
import { clipText, displayWidth, safeText, wrapHanging, wrapWords } from './terminal.js';

const t = (s: string) => safeText(s, { singleLine: true });

/** What every section draws from: the diff, the families shown, the colours and the width. */
interface View {
  readonly diff: PlanDiff;
  readonly shown: readonly ClauseDiff[];
  readonly c: ChalkInstance;
  readonly width: number;
}

export function renderDiffText(diff: PlanDiff, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  const shown = diff.clauses.filter((clause) => clause.status !== 'same' || options.all);
  const view: View = { diff, shown, c, width };
  const out: string[] = [];
  if (!options.stat) out.push(...wrapHanging(headline(diff), width).map((line) => c.bold(line)), '');
  out.push(...headers(diff, c, width));
  if (options.stat) {
    const lines = statLines(view);
    if (lines.length > 0) out.push('', ...lines); // identical plans: no empty block
  } else {
    out.push(...typedSection(view));
    out.push(...textSection(view));
    if (options.sources !== false) out.push(...sourcesSection(view));
  }
  out.push('', ...wrapHanging(t(summaryLine(diff)), width).map((line) => c.bold(line)));
  return `${out.join('\n')}\n`;
}

/**
 * The verdict as a sentence: "10 of 10 clause families differ — changed: ceasefire, …; only in
 * us-miami: elections, …; only in kremlin: …", with the reworded and same families after.
 */
export function headline(diff: PlanDiff): string {
  const s = diff.summary;
  const count = summaryLine(diff).split(';')[0]!;
  if (s.families === 0) return count;
  const groups: [string, readonly string[]][] = [
    ['changed', familiesOf(diff, 'changed')],
    [`only in ${t(diff.left.id)}`, s.onlyLeft],
    [`only in ${t(diff.right.id)}`, s.onlyRight],
    ['reworded', familiesOf(diff, 'reworded')],
    ['same', familiesOf(diff, 'same')],
  ];
  const named = groups.filter(([, list]) => list.length > 0);
  return `${count} — ${named.map(([label, list]) => `${label}: ${list.join(', ')}`).join('; ')}`;
}

function headers(diff: PlanDiff, c: ChalkInstance, width: number): string[] {
  const header = (mark: string, paint: (s: string) => string, h: PlanHeader) => {
    const lead = `${mark} ${t(h.id)}  `;
    const about = `${t(h.proposed_by.join(', '))} · ${h.date} · ${h.status}${h.revises ? ` · revises ${t(h.revises)}` : ''}`;
    return [
      ...item(lead, displayWidth(lead), t(h.title), width, 4).map((line) => paint(line)),
      ...item('    ', 4, about, width).map((line) => c.dim(line)),
    ];
  };
  return [...header('---', c.red.bold, diff.left), ...header('+++', c.green.bold, diff.right)];
}

/**
 * A section: a blank line, its title (underlined in colour, else between rules, so it stands
 * apart from a family; wrapped to the width) and its lines; nothing when it has no lines.
 */
function section(title: string, lines: readonly string[], { c, width }: View): string[] {
  if (lines.length === 0) return [];
  return ['', ...wrapHanging(c.level > 0 ? c.bold.underline(title) : `== ${title} ==`, width), ...lines];
}

function markOf(ch: Change, c: ChalkInstance): string {
  return ch.kind === 'added' ? c.green('+') : ch.kind === 'removed' ? c.red('-') : c.yellow('~');
}

/**
 * One item: `lead` (already painted, `leadWidth` cells) then `text` wrapped after it. Lines
 * after the first start `indent` cells in (under the text by default), or 6 cells in when that
 * is past half the width or leaves a word no room. When the lead leaves the text too little
 * room, the text starts on the next line, at that indent.
 */
function item(lead: string, leadWidth: number, text: string, width: number, indent = leadWidth): string[] {
  const words = text.split(' ').map(displayWidth);
  if (indent * 2 > width || Math.max(0, ...words) > width - indent) indent = Math.min(indent, 6);
  const pad = ' '.repeat(indent);
  if (width - leadWidth < Math.min(12, displayWidth(text)) || (words[0] ?? 0) > width - leadWidth) {
    const under = ' '.repeat(Math.min(indent, 6));
    return [
      lead.trimEnd(),
      ...wrapWords(text, width - under.length, width - under.length).map((l) => `${under}${l}`),
    ];
  }
  const [first = '', ...rest] = wrapWords(text, width - leadWidth, width - indent);
  return [`${lead}${first}`, ...rest.map((line) => `${pad}${line}`)];
}

/** A field label in lines of at most `first` then `rest` cells, broken after a space or a dot. */
function breakLabel(label: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of label.split(/(?<=[ .])/)) {
    if (line !== '' && displayWidth(line + piece.trimEnd()) > (lines.length ? rest : first)) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  return [...lines, line.trimEnd()];
}

/**
 * `  ~ label  text` for each change, labels padded to a common width (at most 36 cells, less
 * on a narrow terminal: a longer label pushes its text along).
 */
function changeLines({ diff, c, width }: View, clause: ClauseDiff, changes: readonly Change[]): string[] {
  const oneSided = clause.status === 'only-left' || clause.status === 'only-right';
  const labels = changes.map((ch) => t(fieldLabel(ch)));
  const labelWidth = Math.min(36, Math.floor(width / 3), Math.max(0, ...labels.map(displayWidth)));
  return changes.flatMap((ch, i) => {
    const label = labels[i]!;
    if (displayWidth(label) + 4 > width) {
      // A label wider than the terminal breaks after its dots or spaces, the text under it.
      const [first = '', ...more] = breakLabel(label, width - 4, width - 6);
      const under = (l: string) => `      ${l}`;
      const text = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
      return [
        `  ${markOf(ch, c)} ${first}`,
        ...more.map(under),
        ...wrapWords(text, width - 6, width - 6).map(under),
      ];
    }
    const pad = ' '.repeat(Math.max(0, labelWidth - displayWidth(label)));
    const lead = `  ${markOf(ch, c)} ${label}${pad}  `;
    const text = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
    return item(lead, 4 + Math.max(labelWidth, displayWidth(label)) + 2, text, width);
  });
}

function heading(clause: ClauseDiff, diff: PlanDiff, c: ChalkInstance): string {
  return `${c.bold(clause.clause)} ${c.dim('·')} ${c.cyan(statusLabel(clause, diff))}`;
}

/** Each family's typed changes; a family known to one plan only is named even without any. */
function typedSection(view: View): string[] {
  const { diff, shown, c } = view;
  const out: string[] = [];
  for (const clause of shown) {
    const typed = clause.changes.filter((ch) => changeSection(ch) === 'typed');
    // A family one plan is silent on is named even without any.
    if (typed.length === 0 && clause.status !== 'only-left' && clause.status !== 'only-right') continue;
    out.push('', heading(clause, diff, c), ...changeLines(view, clause, typed));
  }
  return section(
    `Typed changes: ~ changed, - only in ${t(diff.left.id)}, + only in ${t(diff.right.id)}`,
    out,
    view,
  );
}

/** Each family's text: both summaries in full, then the changed notes, conditions and claims. */
function textSection(view: View): string[] {
  const { diff, shown, c, width } = view;
  const out: string[] = [];
  const idWidth = Math.max(displayWidth(t(diff.left.id)), displayWidth(t(diff.right.id)));
  const side = (sign: string, paint: (s: string) => string, id: string, clause: ClauseDiff) => {
    const s = sign === '-' ? clause.left : clause.right;
    const lead = paint(`  ${sign} ${t(id)}${' '.repeat(idWidth - displayWidth(t(id)))}  `);
    if (!s) return [`${lead}${c.dim('(silent)')}`];
    const kept = s.inherited ? ` (kept from ${t(s.inherited.from)}, ${s.inherited.date})` : '';
    return item(lead, idWidth + 6, `${t(s.summary)}${kept}`, width);
  };
  for (const clause of shown) {
    const text = clause.changes.filter((ch) => changeSection(ch) === 'text');
    out.push(
      '',
      c.bold(clause.clause),
      ...side('-', c.red, diff.left.id, clause),
      ...side('+', c.green, diff.right.id, clause),
      ...changeLines(view, clause, text),
    );
  }
  return section('Text: summaries, notes, conditions, disputed claims', out, view);
}

/**
 * The sources behind each side, each once (by key), in order of first citation, with the
 * families that cite it: values kept from an earlier plan bring that plan's sources.
 */
function sourcesSection(view: View): string[] {
  const { diff, shown, c, width } = view;
  const out: string[] = [];
  for (const [id, pick] of [
    [diff.left.id, 'left'],
    [diff.right.id, 'right'],
  ] as const) {
    const cited = new Map<string, { source: SourceRef; families: string[] }>();
    const cite = (source: SourceRef, family: string) => {
      const entry = cited.get(source.key) ?? { source, families: [] };
      if (!entry.families.includes(family)) entry.families.push(family);
      cited.set(source.key, entry);
    };
    for (const clause of shown) {
      for (const s of clause[pick]?.sources ?? []) cite(s, clause.clause);
      for (const ch of clause.changes)
        for (const s of ch.inherited?.[pick]?.sources ?? []) cite(s, clause.clause);
    }
    if (cited.size === 0) continue;
    out.push('', c.bold(t(id)));
    for (const { source, families } of cited.values()) {
      const text = `${t(sourceText(source))} · ${families.join(', ')}`;
      const key = `[${t(source.key)}]`;
      out.push(...item(`  ${c.dim(key)} `, 2 + displayWidth(key) + 1, text, width, 4));
    }
  }
  return section('Sources, each once, with the families citing it', out, view);
}

/** How many changes a family has, by kind, as `git diff --stat` draws them. */
function statLines({ diff, shown, c, width }: View): string[] {
  const rows = shown.map((clause) => {
    const changes = clause.changes.filter((ch) => !isClauseSummary(ch));
    const count = (kind: Change['kind']) => changes.filter((ch) => ch.kind === kind).length;
    const note = clause.status === 'changed' ? '' : `  (${statusLabel(clause, diff)})`;
    return {
      clause,
      total: changes.length,
      changed: count('changed'),
      added: count('added'),
      removed: count('removed'),
      note,
    };
  });
  const nameWidth = Math.max(0, ...rows.map((r) => r.clause.clause.length));
  const countWidth = String(Math.max(0, ...rows.map((r) => r.total))).length;
  const lead = 1 + nameWidth + 3 + countWidth + 1;
  const noteWidth = Math.max(0, ...rows.map((r) => displayWidth(t(r.note))));
  const room = Math.max(3, width - lead - noteWidth);
  const most = Math.max(1, ...rows.map((r) => r.total));
  // Scaled as git scales its bars: each kind keeps at least one mark when it has any.
  const scale = (n: number) => (n === 0 ? 0 : most <= room ? n : Math.max(1, Math.floor((n * room) / most)));
  return rows.map((r) => {
    const marks = [scale(r.changed), scale(r.removed), scale(r.added)] as const;
    const bar = c.yellow('~'.repeat(marks[0])) + c.red('-'.repeat(marks[1])) + c.green('+'.repeat(marks[2]));
    // On a narrow terminal the note gives way rather than the line overflowing.
    const note = clipText(t(r.note), width - lead - marks[0] - marks[1] - marks[2]);
    return ` ${r.clause.clause.padEnd(nameWidth)} | ${String(r.total).padStart(countWidth)} ${bar}${c.dim(note)}`;
  });
}
