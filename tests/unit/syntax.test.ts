/**
 * YAML syntax errors in plain words at the line a person would point to (issue 18, part 3):
 * an over-indented line on that line, an unquoted ": " in text as "quote this text", one error
 * per tab, and no echoes of a mistake already reported. Each example asserts every diagnostic
 * with its line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/load/diagnostic.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import { fixture } from '../helpers.js';

/** The minimal valid plan of the hostile corpus (lines 12–20 are two clause families). */
const valid = readFileSync(fixture('hostile/valid.yaml'), 'utf8');

/** The valid plan with `from` replaced by `to` (which must apply). */
function edit(...pairs: [string, string][]): string {
  let text = valid;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`edit does not apply: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Every problem as [line, col, message]. */
function problems(text: string): [number, number, string][] {
  const r = loadPlanText(text, 'plans/valid.yaml', { expectedId: 'valid' });
  expect(r.plan).toBeUndefined();
  return r.diagnostics.map((d: Diagnostic) => [d.line, d.col, d.message]);
}

const overIndented = (key: string, line: number) =>
  `this line is indented more than the key above it ("${key}" on line ${line})`;
const quote = 'quote this text: a colon followed by a space (": ") inside it would start a key';

describe('YAML syntax errors in plain words', () => {
  it('a key indented more than the key above it (after a plain value) is reported on its own line', () => {
    const text = edit(['    within: 30 days', '      within: 30 days']);
    expect(problems(text)).toEqual([
      [
        16,
        7,
        `${overIndented('start', 15)}; indent it as that key, or quote the text above if this line goes on with it`,
      ],
    ]);
  });

  it('after a value in brackets, and at the top level', () => {
    expect(problems(edit(['    start: within', '      start: within']))).toEqual([
      [15, 7, `${overIndented('sources', 14)}; keys of one mapping start at the same column`],
    ]);
    expect(problems(edit(['proposed_by: [Ukraine]', '  proposed_by: [Ukraine]']))).toEqual([
      [
        4,
        3,
        `${overIndented('title', 3)}; indent it as that key, or quote the text above if this line goes on with it`,
      ],
    ]);
  });

  it('a key indented less than the key above it names that key, once', () => {
    expect(problems(edit(['    start: within', '   start: within']))).toEqual([
      [
        15,
        4,
        'this line is indented less than the key above it ("sources" on line 14); keys of one mapping start at the same column',
      ],
    ]);
  });

  it('an unquoted ": " inside text: quote this text, where the text starts', () => {
    expect(
      problems(
        edit(['    summary: Fighting stops within 30 days.', '    summary: Fighting stops: within 30 days.']),
      ),
    ).toEqual([[13, 14, quote]]);
    expect(problems(edit(['title: A hostile test plan', 'title: Peace plan: the draft']))).toEqual([
      [3, 8, quote],
    ]);
    // On a continuation line of the text: still where the text starts.
    expect(
      problems(
        edit([
          '    summary: Fighting stops within 30 days.',
          '    summary: Fighting stops\n      within 30 days: then talks.',
        ]),
      ),
    ).toEqual([[13, 14, quote]]);
  });

  it('one tab gives one error, not five; two tabs in two places give two', () => {
    const tab = 'tabs are not allowed as indentation: indent with spaces';
    expect(problems(edit(['    start: within', '\tstart: within']))).toEqual([[15, 1, tab]]);
    expect(
      problems(
        edit(['    start: within', '\tstart: within'], ['    non_nuclear: true', '\tnon_nuclear: true']),
      ),
    ).toEqual([
      [15, 1, tab],
      [20, 1, tab],
    ]);
    // A slip in another block is still reported.
    expect(
      problems(
        edit(
          ['    start: within', '\tstart: within'],
          ['    summary: Ukraine stays non-nuclear.', '    summary: Ukraine stays: non-nuclear.'],
        ),
      ),
    ).toEqual([
      [15, 1, tab],
      [18, 14, quote],
    ]);
  });

  it('an unclosed bracket is one error, where it was opened', () => {
    const text = edit([
      '    start: within',
      '    heavy_weapons_pullback_km: { artillery: 50\n    start: within',
    ]);
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(0, 2)).toEqual([15, 32]);
    expect(found[0]![2]).toMatch(/end with a \}; it was opened here/);
  });

  it('a tab inside a block of text is text, not an error', () => {
    const text = edit([
      '    sources: [src-a]\n    start',
      '    sources: [src-a]\n    note: |\n      a\ttab\n    start',
    ]);
    expect(loadPlanText(text, 'plans/valid.yaml', { expectedId: 'valid' }).diagnostics).toEqual([]);
  });

  it('stays linear: 20,000 tab-indented lines are 20,000 errors, one each', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `\tk${i}: v`).join('\n');
    const found = problems(`${valid}extra:\n${lines}\n`);
    expect(found).toHaveLength(20_000);
    expect(found.every(([, col, message]) => col === 1 && message.startsWith('tabs are not allowed'))).toBe(
      true,
    );
  });
});
