import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderVocabularyDocs } from '../../src/render/vocabularyDocs.js';

const file = new URL('../../docs/vocabularies.md', import.meta.url);

describe('docs/vocabularies.md', () => {
  it('is generated from the vocabularies and current (stale? run npm run generate)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderVocabularyDocs());
  });
});
