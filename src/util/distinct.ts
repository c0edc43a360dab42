/**
 * The distinct strings of a list, in their first order. Short lists (a clause's sources) are
 * scanned, which is cheaper than building a set; long ones go through a set.
 */
export function distinct(list: readonly string[]): string[] {
  if (list.length > 32) return Array.from(new Set(list));
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) if (!out.includes(list[i]!)) out.push(list[i]!);
  return out;
}
