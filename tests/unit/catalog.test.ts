/**
 * The catalog's order (date, then id, then file, as `localeCompare` orders them), which
 * `catalogOrder` reaches with few collator calls: it must be exactly the collator's order,
 * ties included, whatever the strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOrder } from '../../src/cli/commands/catalog.js';
import { arbIsoDate, arbKebab } from '../arbitraries.js';

const { compare } = new Intl.Collator();
const reference = <T extends { date: string; id: string; file: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id) || compare(a.file, b.file));

describe('catalogOrder', () => {
  it('is the collator order for plan ids and dates, and for any strings (case, accents, punctuation, ties)', () => {
    // Strings the collator orders unlike their code units: case, accents, punctuation, and
    // strings it holds equal (canonically equivalent forms) but that differ in code units.
    const odd = fc.constantFrom(
      'Kyiv',
      'kyiv',
      'éa',
      'eb',
      'e\u0301a',
      'a_b',
      'a b',
      'a-b',
      'ab',
      '10',
      '9',
      'Ω',
      '',
    );
    const item = fc.record({
      date: fc.oneof(arbIsoDate, odd),
      id: fc.oneof(arbKebab(12), odd),
      n: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40, size: 'max' }), fc.boolean(), (raw, plainOnly) => {
        const items = raw
          .filter((x) => !plainOnly || /^[a-z0-9-]+$/.test(x.id + x.date))
          .map((x, i) => ({ ...x, file: `plans/${x.n}-${i}.yaml` }));
        expect(catalogOrder(items)).toEqual(reference(items));
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });

  it('keeps the original order of items the collator holds equal', () => {
    const items = [
      { date: '2025-01-01', id: 'e\u0301', file: 'x' },
      { date: '2025-01-01', id: '\u00e9', file: 'x' },
    ];
    expect(compare(items[0]!.id, items[1]!.id)).toBe(0);
    expect(catalogOrder(items)).toEqual(items);
    expect(catalogOrder([...items].reverse())).toEqual([...items].reverse());
  });
});
