/** Words shared by the compare renderers. */
import type { CompareResult, CompareRow } from '../compare/comparePlans.js';

export function verdictText(row: CompareRow, planIds: readonly string[]): string {
  if (row.verdict !== 'single') return row.verdict;
  const i = row.cells.findIndex((c) => c !== null);
  return i >= 0 ? `only ${planIds[i]}` : 'single';
}

/** Closing lines: common ground, most contested, silence. */
export function compareSummaryLines(result: CompareResult): string[] {
  const s = result.summary;
  const lines: string[] = [];
  const sum = (key: 'rows' | 'agree' | 'differ' | 'single') =>
    result.families.reduce((n, f) => n + f[key], 0);
  lines.push(
    `${sum('rows')} fields compared across ${result.plans.length} plans: ${sum('agree')} agree, ${sum('differ')} differ, ${sum('single')} stated by one plan only`,
  );
  lines.push(`common ground: ${s.commonGround.length ? s.commonGround.join(', ') : 'none'}`);
  const contested = s.contested.map((f) => {
    const fam = result.families.find((x) => x.family === f)!;
    return `${f} (${fam.differ} of ${fam.rows} fields differ)`;
  });
  lines.push(`most contested: ${contested.length ? contested.join(', ') : 'none'}`);
  for (const { family, plans } of s.silent) lines.push(`silent on ${family}: ${plans.join(', ')}`);
  return lines;
}

/** Row labels without the `territories.` prefix: the family heading already says recognition. */
export function shortField(field: string): string {
  return field.startsWith('territories.') ? field.slice('territories.'.length) : field;
}
