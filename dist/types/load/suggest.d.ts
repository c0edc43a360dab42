export declare function editDistance(a: string, b: string, limit?: number): number;
/**
 * The candidates closest to `word`, best first — only those close enough to be a likely typo
 * (distance at most a third of the word's length, at least 2), or that contain it / are
 * contained in it.
 */
export declare function closest(word: string, candidates: Iterable<string>, limit?: number): string[];
/** " — did you mean "x"?" or the empty string. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string;
