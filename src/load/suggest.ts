/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/**
 * The candidates closest to `word`, best first — only those close enough to be a likely typo
 * (distance at most a third of the word's length, at least 2), or that contain it / are
 * contained in it.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 1): string[] {
  const w = word.toLowerCase();
  if (w.length > 200) return [];
  const max = Math.max(2, Math.floor(w.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = editDistance(w, lc);
    if (d > max && w.length >= 3 && (lc.includes(w) || w.includes(lc))) d = max;
    if (d <= max) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, limit).map(([c]) => c);
}

/** " — did you mean "x"?" or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const [best] = closest(word, candidates);
  return best === undefined ? '' : ` — did you mean "${best}"?`;
}
