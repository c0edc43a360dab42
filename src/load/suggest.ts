/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). With `limit`,
 * gives up as soon as the distance must exceed it and returns `limit + 1`: a hostile file can
 * ask for tens of thousands of suggestions, so each one is kept cheap (three reused rows, no
 * allocation per cell, and an early exit).
 */
/** Scratch rows for editDistance, reused between calls (grown when a longer word comes). */
let rows: [Uint32Array, Uint32Array, Uint32Array] = [
  new Uint32Array(64),
  new Uint32Array(64),
  new Uint32Array(64),
];

export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (rows[0].length <= n) rows = [0, 1, 2].map(() => new Uint32Array(2 * (n + 1))) as typeof rows;
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Each cell is at least the smaller of the previous row's minimum and (through a
    // transposition) the one before's plus one: two rows over the limit end it.
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, limit + 1);
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
    let d = editDistance(w, lc, max);
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
