import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyMarkdown } from '../../src/render/vocabularyDocs.js';

const file = new URL('../../docs/vocabularies.md', import.meta.url);

describe('docs/vocabularies.md', () => {
  it('is generated from the vocabularies and current (stale? run npm run generate)', () => {
    const text = vocabularyMarkdown();
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
