/** Words shared by the compare renderers. */
import type { Cell, CompareResult, CompareRow } from '../compare/comparePlans.js';
import { verdictWords } from '../compare/words.js';

export function verdictText(row: CompareRow, planIds: readonly string[]): string {
  if (row.verdict !== 'single') return row.verdict;
  const i = row.cells.findIndex((c) => c !== null);
  return i >= 0 ? `only ${planIds[i]}` : 'single';
}

/** A cell as shown: its text, and where an inherited value comes from. */
export function cellText(cell: Cell): string {
  return cell.from ? `${cell.text} (from ${cell.from})` : cell.text;
}

/** Closing lines: the counts, common ground, most contested, silence, what is inherited. */
export function compareSummaryLines(result: CompareResult): string[] {
  const s = result.summary;
  const lines: string[] = [];
  const sum = (key: 'rows' | 'agree' | 'differ' | 'single') =>
    result.families.reduce((n, f) => n + f[key], 0);
  lines.push(
    `${sum('rows')} fields compared across ${result.plans.length} plans: ${sum('agree')} agree, ${sum('differ')} differ, ${sum('single')} stated by one plan only`,
  );
  const family = (f: string) => result.families.find((x) => x.family === f)!;
  const ground = s.commonGround.map((f) => {
    const x = family(f);
    return `${f} (${x.agree === 1 ? 'agree on the one shared field' : `agree on all ${x.agree} shared fields`})`;
  });
  lines.push(`common ground: ${ground.length ? ground.join(', ') : 'none'}`);
  const contested = s.contested.map((f) => {
    const x = family(f);
    const shared = x.agree + x.differ;
    return `${f} (${shared === 1 ? 'the one shared field differs' : `${x.differ} of ${shared} shared fields differ`})`;
  });
  lines.push(`most contested: ${contested.length ? contested.join(', ') : 'none'}`);
  for (const { family: f, plans } of s.silent) lines.push(`silent on ${f}: ${plans.join(', ')}`);
  const kept = new Map<string, Map<string, number>>();
  result.plans.forEach((p, i) => {
    for (const r of result.rows) {
      const from = r.cells[i]?.from;
      if (!from) continue;
      const byFrom = kept.get(p.id) ?? new Map<string, number>();
      byFrom.set(from, (byFrom.get(from) ?? 0) + 1);
      kept.set(p.id, byFrom);
    }
  });
  for (const [id, byFrom] of kept) {
    const parts = [...byFrom].map(([from, n]) => `${from} (${n} field${n === 1 ? '' : 's'})`);
    lines.push(`inherited: ${id} keeps ${parts.join(', ')}`);
  }
  return lines;
}

/** The legend of the summary's words, in one line. */
export function legendLine(): string {
  return `Verdicts: ${Object.entries(verdictWords)
    .map(([word, meaning]) => `${word} — ${meaning}`)
    .join('; ')}.`;
}

/** Row labels without the `territories.` prefix: the family heading already says recognition. */
export function shortField(field: string): string {
  return field.startsWith('territories.') ? field.slice('territories.'.length) : field;
}
