/**
 * Output written in parts (src/cli/files.ts): a large report is never one string, and must
 * still be exactly the text its parts make — multi-byte characters across buffer boundaries,
 * parts larger than the buffer, empty parts.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPieces, wholeText, writeAtomic } from '../../src/cli/files.js';

const dir = mkdtempSync(join(tmpdir(), 'plans-files-'));

/** Parts of every size around the 1 MiB buffer, full of characters of 1 to 4 UTF-8 bytes. */
function awkwardParts(): string[] {
  const alphabet = ['a', 'é', '—', '😀', '\n', '|'];
  const parts: string[] = [];
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (const size of [0, 1, 2, 3, 1000, 349_525, 349_526, 400_000, 1 << 20, (1 << 20) + 7, 5, 0, 70_000]) {
    let part = '';
    for (let i = 0; i < size; i++) part += alphabet[next() % alphabet.length];
    parts.push(part);
  }
  return parts;
}

describe('writing text in parts', () => {
  it('writes exactly the joined text, byte for byte', () => {
    const parts = awkwardParts();
    const file = join(dir, 'parts.md');
    writeAtomic(file, parts, 'parts.md');
    const expected = Buffer.from(parts.join(''), 'utf8');
    expect(readFileSync(file).equals(expected)).toBe(true);
    // Nothing left beside it (the temporary file was renamed).
    expect(readdirSync(dir)).toEqual(['parts.md']);
  });

  it('writes a single string as it is', () => {
    const file = join(dir, 'one.md');
    writeAtomic(file, 'één — 😀\n', 'one.md');
    expect(readFileSync(file, 'utf8')).toBe('één — 😀\n');
  });

  it('cuts parts into pieces of about a megabyte for stdout, and joins them back exactly', () => {
    const parts = awkwardParts();
    const pieces = [...textPieces(parts)];
    expect(pieces.join('')).toBe(parts.join(''));
    expect(pieces.length).toBeGreaterThan(2);
    // Each piece but the last holds at least 1 MiB of UTF-16 code units, and only whole parts:
    // every piece ends where a part ends.
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(1 << 20);
    const ends = (texts: readonly string[]) => {
      let end = 0;
      return texts.map((t) => {
        end += t.length;
        return end;
      });
    };
    const partEnds = new Set(ends(parts));
    for (const end of ends(pieces)) expect(partEnds.has(end)).toBe(true);
    expect([...textPieces('whole')]).toEqual(['whole']);
    expect(wholeText(['a', 'b', ''])).toBe('ab');
  });
});
