/**
 * load/blockYaml.ts may decline anything, but what it accepts it must read exactly as the
 * `yaml` library does with the core schema (which must also find no error in it). Checked on
 * the bundled plans (which it must accept: they are what it is for), hand-picked corner cases,
 * generated documents in many YAML styles, and line- and byte-level mutations of the plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readBlockYaml } from '../../src/load/blockYaml.js';
import { arbPlan, arbYamlStyle } from '../arbitraries.js';
import { repoRoot } from '../helpers.js';

const seed = 20261127;

/** What the `yaml` library reads, or undefined when it reports an error. */
function reference(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  return { value: doc.toJS() };
}

/** When blockYaml accepts, `yaml` agrees exactly; returns whether it accepted. */
function agree(text: string): boolean {
  const mine = readBlockYaml(text);
  if (mine === undefined) return false;
  const ref = reference(text);
  expect(ref, `yaml reports an error in a text blockYaml accepted:\n${text}`).toBeDefined();
  expect(mine, JSON.stringify(text)).toStrictEqual(ref!.value);
  return true;
}

const plansDir = join(repoRoot, 'plans');
const plans = readdirSync(plansDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(plansDir, f), 'utf8'));

describe('blockYaml reads what yaml reads', () => {
  it('accepts every bundled plan, and reads it as yaml does', () => {
    expect(plans.length).toBeGreaterThanOrEqual(15);
    for (const text of plans) expect(agree(text)).toBe(true);
    // Also with dates quoted, as the benchmark corpus writes them.
    for (const text of plans) expect(agree(text.replace(/^date: (.*)$/m, 'date: "$1"'))).toBe(true);
  });

  const accepted: [string, string, unknown][] = [
    [
      'scalars',
      'a: x\nb: 12\nc: 007\nd: ~\ne: null\nf: True\ng: FALSE\nh: 2025-12-01\ni: yes\n',
      {
        a: 'x',
        b: 12,
        c: 7,
        d: null,
        e: null,
        f: true,
        g: false,
        h: '2025-12-01',
        i: 'yes',
      },
    ],
    [
      'comments and blank lines',
      '# head\n\na: 1 # one\n  # indented comment\nb: x#y\n\n# tail\n',
      { a: 1, b: 'x#y' },
    ],
    ['empty values', 'a:\nb: # nothing\nc:\n', { a: null, b: null, c: null }],
    ['indentless sequence', 'a:\n- x\n- y\nb: 2\n', { a: ['x', 'y'], b: 2 }],
    [
      'indented sequence of mappings',
      "a:\n  - k: 1\n    l: [p, \"q r\", 's''t']\n  -   k: 2\n",
      {
        a: [{ k: 1, l: ['p', 'q r', "s't"] }, { k: 2 }],
      },
    ],
    ['sequence item holding a nested block', 'a:\n  -\n    k: 1\n  - x\n', { a: [{ k: 1 }, 'x'] }],
    [
      'indentless sequence in a sequence item mapping',
      'a:\n- k:\n  - x\n  l: 1\n',
      { a: [{ k: ['x'], l: 1 }] },
    ],
    ['multi-line plain scalar', 'a: one\n  two\n\n  three\nb: x\n', { a: 'one two\nthree', b: 'x' }],
    [
      'folded block scalar',
      'a: >-\n  one\n  two\n\n  three\n\nb: >\n  x\n\n\n',
      { a: 'one two\nthree', b: 'x\n' },
    ],
    [
      'literal block scalar',
      'a: |\n  one\n    two\n  # not a comment\nb: |-\n  x\n',
      {
        a: 'one\n  two\n# not a comment\n',
        b: 'x',
      },
    ],
    ['a key of 1024 characters', `${'k'.repeat(1024)}: 1\n`, { ['k'.repeat(1024)]: 1 }],
    [
      'empty collections',
      'a: []\nb: {}\nc: [ ]\nd:\n  {}\ne:\n  [] # none\n',
      { a: [], b: {}, c: [], d: {}, e: [] },
    ],
    [
      'numbers, and words that start like them',
      'a: -12\nb: 2.5\nc: -0.25\nd: -x\ne: 2025-talks\n2025-front: 1\nf: [-3, -y]\n',
      {
        a: -12,
        b: 2.5,
        c: -0.25,
        d: '-x',
        e: '2025-talks',
        '2025-front': 1,
        f: [-3, '-y'],
      },
    ],
    [
      'non-breaking and other Unicode spaces, which YAML does not trim',
      'a: x\u00a0\nb: \u3000\nc: [\u00a0y\u2003]\n',
      {
        a: 'x\u00a0',
        b: '\u3000',
        c: ['\u00a0y\u2003'],
      },
    ],
    ['a comment line after a plain scalar', 'a: x\n   # comment\nb: y\n', { a: 'x', b: 'y' }],
    [
      'URLs and colons without a space',
      'u: https://example.org/a?b=c#d\nt: "a: b"\n',
      {
        u: 'https://example.org/a?b=c#d',
        t: 'a: b',
      },
    ],
  ];
  it.each(accepted)('accepts %s, read as yaml reads it', (_name, text, expected) => {
    expect(readBlockYaml(text)).toStrictEqual(expected);
    expect(agree(text)).toBe(true);
  });

  const declined: [string, string][] = [
    ['an empty document', ''],
    ['a comments-only document', '# nothing\n'],
    ['a top-level sequence', '- a\n'],
    ['a top-level scalar', 'x\n'],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a null key', 'null: 1\n'],
    ['a boolean key', 'True: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['a float written with a trailing point', 'a: 1.\n'],
    ['an exponent', 'a: 1e3\n'],
    ['infinity', 'a: .inf\n'],
    ['a plus sign', 'a: +1\n'],
    ['minus zero', 'a: -0\n'],
    ['a number key', '2025: x\n'],
    ['a text line after a comment line in a plain scalar', 'a: x\n  # c\n  y\n'],
    ['a dash alone as a value', 'a: - x\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['text after a quoted scalar', 'a: "x" y\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a multi-line flow sequence', 'a: [x,\n  y]\n'],
    ['a nested flow sequence', 'a: [[x]]\n'],
    ['a mapping value in a plain scalar', 'a: b: c\n'],
    ['a plain scalar ending in a colon', 'a: note:\n'],
    ['a continuation after a comment', 'a: x # c\n  y\n'],
    ['a more-indented key', 'a: 1\n  b: 2\n'],
    ['a less-indented key in a nested mapping', 'a:\n    b: 1\n  c: 2\n'],
    ['a key after an indented sequence', 'a:\n  - x\n  b: 1\n'],
    ['a sequence in a sequence on one line', 'a:\n- - x\n'],
    ['a keep-chomping block scalar', 'a: |+\n  x\n'],
    ['an indentation indicator', 'a: |2\n  x\n'],
    ['a folded scalar with a more-indented line', 'a: >\n  x\n    y\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a block scalar with leading spaces on a blank line', 'a: |\n   \n  x\n'],
    ['explicit keys', '? a\n: 1\n'],
    ['a key longer than 1024 characters', `a:\n- ${'k'.repeat(1025)}: 1\n`],
    ['a byte-order mark inside', 'a: \uFEFFx\n'],
    ['deep nesting', Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ];
  it.each(declined)('declines %s', (_name, text) => {
    expect(readBlockYaml(text)).toBeUndefined();
  });

  it('number-like, keyword and indicator-led words, as a value, a list item or a key', () => {
    const words = [
      '0o17',
      '0x1F',
      '1e-3',
      '1_000',
      '0b101',
      '+12',
      '.5',
      '12e3',
      '1e',
      '00',
      '-0.0',
      '1.50',
      '9007199254740993',
      '1e400',
      '.inf',
      '-.INF',
      '.NaN',
      'nULL',
      'tRUE',
      'yes',
      'Y',
      '12:30',
      '1:2',
      '-',
      '--',
      '-1e3',
      '-.5',
      '0.',
      '1.2.3',
      '-x:y',
      'a:b',
      "it's",
      'a "b" c',
      '[x]y',
      'x]',
      'x,y',
      '@x',
      '`x',
      '<<',
      '=',
      '!x',
      '|x',
      '>x',
      '%x',
      '&x',
      '*x',
      '?x',
      '?',
      ':x',
    ];
    let accepted = 0;
    for (const w of words) {
      for (const text of [`a: ${w}\n`, `a: [${w}]\n`, `a:\n- ${w}\n`, `${w}: 1\n`])
        if (agree(text)) accepted++;
    }
    expect(accepted).toBeGreaterThan(50);
    // Keys that are numbers to the core schema are declined, not read as strings.
    for (const key of ['0o17', '0x1F', '1e-3', '12e3', '007'])
      expect(readBlockYaml(`${key}: 1\n`)).toBeUndefined();
  });

  it('on generated plans written in many YAML styles', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      // Plain keys: blockYaml declines quoted ones, and would accept too few documents to test.
      fc.property(
        arbPlan,
        arbYamlStyle.map((style) => ({ ...style, defaultKeyType: 'PLAIN' })),
        (plan, options) => {
          const text = stringify(plan, null, options as Parameters<typeof stringify>[2]);
          runs++;
          if (agree(text)) accepted++;
        },
      ),
      { numRuns: 600, seed },
    );
    expect(accepted).toBeGreaterThan(runs / 6);
  });

  it('on line-level mutations of the bundled plans', () => {
    const pieces = [
      '#',
      ' #',
      ':',
      ': ',
      '- ',
      '-',
      "'",
      '"',
      '[',
      ']',
      '{',
      '}',
      '|',
      '>',
      '&',
      '*',
      '!',
      '?',
      ',',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '~',
      '0',
      '.5',
      '\\',
    ];
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.constantFrom('insert', 'indent', 'dedent', 'delete', 'duplicate', 'join'),
            fc.constantFrom(...pieces),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (p, edits) => {
          const lines = plans[p]!.split('\n');
          for (const [l, c, kind, piece] of edits) {
            const n = l % lines.length;
            const line = lines[n]!;
            if (kind === 'insert') {
              const at = c % (line.length + 1);
              lines[n] = line.slice(0, at) + piece + line.slice(at);
            } else if (kind === 'indent') lines[n] = ` ${line}`;
            else if (kind === 'dedent') lines[n] = line.replace(/^ {1,2}/, '');
            else if (kind === 'delete') lines.splice(n, 1);
            else if (kind === 'duplicate') lines.splice(n, 0, line);
            else if (n + 1 < lines.length) lines.splice(n, 2, `${line} ${lines[n + 1]!.trimStart()}`);
          }
          if (agree(lines.join('\n'))) accepted++;
        },
      ),
      { numRuns: 3000, seed },
    );
    // Many mutations leave valid YAML that it still reads (a comment, a space, a changed word).
    expect(accepted).toBeGreaterThan(300);
  });

  it('on byte-level mutations of the bundled plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 127 })), { minLength: 1, maxLength: 3 }),
        (p, edits) => {
          const chars = [...plans[p]!];
          for (const [at, code] of edits) chars[at % chars.length] = String.fromCharCode(code);
          agree(chars.join(''));
        },
      ),
      { numRuns: 2000, seed },
    );
  });
});
