// Step 1 of `npm run generate`: the files derived from the TypeScript sources themselves,
// written before the build (which bundles the shape): src/schema/plan-shape.json and
// docs/vocabularies.md. The tests that check them say to run `npm run generate`.
import { writeFileSync } from 'node:fs';
import { renderVocabularyDocs } from '../src/render/vocabularyDocs.js';
import { planShapeText } from '../src/schema/shape.js';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('src/schema/plan-shape.json', root), planShapeText());
writeFileSync(new URL('docs/vocabularies.md', root), renderVocabularyDocs());
