/**
 * Markdown output parsed with a real GFM parser (mdast-util-from-markdown + GFM): every table
 * row has the header's cell count, the plan columns are right, and hostile text renders as
 * the text it is — no broken table, no HTML, no links that were not meant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as mdToString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/load/loadPlan.js';
import { escapeMarkdown, mdText, mdUrl } from '../../src/render/markdown.js';
import { safeText } from '../../src/render/terminal.js';
import { bundledPlans, fixture, repoRoot, runCli, runs } from '../helpers.js';

function parse(md: string): Root {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children) walk(c, visit);
}

function tables(tree: Root): Table[] {
  const out: Table[] = [];
  walk(tree, (n) => {
    if (n.type === 'table') out.push(n);
  });
  return out;
}

function htmlNodes(tree: Root): string[] {
  const out: string[] = [];
  walk(tree, (n) => {
    if (n.type === 'html') out.push(n.value);
  });
  return out;
}

function expectWellFormed(md: string): Table[] {
  const tree = parse(md);
  const ts = tables(tree);
  expect(ts.length).toBeGreaterThan(0);
  for (const t of ts) {
    const width = t.children[0]!.children.length;
    // The parser pads short rows and drops extra cells, so compare with the source lines too.
    for (const row of t.children) expect(row.children).toHaveLength(width);
    const start = t.position!.start.line;
    const end = t.position!.end.line;
    const lines = md.split('\n').slice(start - 1, end);
    const cells = (line: string) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2;
    for (const line of lines) expect(cells(line), line).toBe(width);
  }
  // Only our own <br> line breaks may appear as HTML.
  for (const h of htmlNodes(tree)) expect(h).toBe('<br>');
  return ts;
}

describe('Markdown output is valid GFM', () => {
  it('diff: two plan columns, every row complete', async () => {
    const r = await runCli(['diff', 'us-miami', 'kremlin', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const ts = expectWellFormed(r.stdout);
    const clauseTables = ts.filter((t) => mdToString(t.children[0]!.children[0]!) === 'Field');
    expect(clauseTables.length).toBeGreaterThan(3);
    for (const t of clauseTables) {
      expect(t.children[0]!.children.map((c) => mdToString(c))).toEqual([
        'Field',
        'us-miami',
        'kremlin',
        'Change',
      ]);
    }
  });

  it('compare: one column per plan plus field and verdict', async () => {
    const ids = ['us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'];
    const r = await runCli(['compare', ...ids, '--format', 'markdown']);
    expect(r.code).toBe(0);
    const ts = expectWellFormed(r.stdout).filter((t) => mdToString(t.children[0]!.children[0]!) === 'Field');
    // One table per family any of the plans states.
    const families = JSON.parse((await runCli(['compare', ...ids, '--format', 'json'])).stdout).families;
    expect(ts.length).toBe(families.length);
    for (const t of ts) {
      expect(t.children[0]!.children.map((c) => mdToString(c))).toEqual(['Field', ...ids, 'Verdict']);
      for (const row of t.children.slice(1)) {
        expect(
          ['agree', 'differ'].includes(mdToString(row.children.at(-1)!)) ||
            mdToString(row.children.at(-1)!).startsWith('only '),
        ).toBe(true);
      }
    }
  });

  it('list, show and history are well-formed too', async () => {
    for (const argv of [
      ['list', '--format', 'markdown'],
      ['show', 'us-28-point', '--format', 'markdown'],
      ['history', 'us-miami', '--format', 'markdown'],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expectWellFormed(r.stdout);
    }
  });

  it('renders hostile plan text as that text, without HTML or stray links', async () => {
    const file = fixture('markdown/hostile-md.yaml');
    for (const argv of [
      ['show', file, '--format', 'markdown'],
      ['diff', file, 'us-miami', '--format', 'markdown'],
      ['compare', file, 'us-miami', '--format', 'markdown'],
    ]) {
      const r = await runCli(argv);
      expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      const md = r.stdout;
      const tree = parse(md);
      expectWellFormed(md);
      const text = mdToString(tree);
      if (argv[0] !== 'compare') {
        expect(text).toContain(
          'Pipes | and `ticks` and *stars* and _under_ <b>bold</b> <script>alert(1)</script> \\',
        );
      }
      if (argv[0] === 'diff') {
        expect(text).toContain(
          'Cell | breaker `code | pipe` **bold** <img src=x onerror=alert(1)> trailing backslash \\',
        );
      }
      // Links are the ones we made to the plans' source URLs, or GFM's autolinks of a bare URL
      // in the text, which show exactly where they lead; nothing in the text (a
      // `](javascript:…)`, a `[link]`) makes a link whose target differs from what it shows.
      const declared = new Set(
        [file, join(repoRoot, 'plans', 'us-miami.yaml')].flatMap((f) =>
          Object.values(loadPlanText(readFileSync(f, 'utf8'), f).plan!.sources).flatMap((s) =>
            s.url ? [decodeURI(s.url)] : [],
          ),
        ),
      );
      let links = 0;
      let autolinks = 0;
      walk(tree, (n) => {
        if (n.type !== 'link') return;
        links++;
        if (declared.has(decodeURI(n.url))) return;
        autolinks++;
        expect(n.url).toMatch(/^https?:\/\//);
        expect(n.url.replace(/^http:\/\/(?=www\.)/, '')).toBe(mdToString(n));
      });
      if (argv[0] !== 'compare') expect(autolinks, argv.join(' ')).toBe(2); // the summary's two bare URLs
      expect(links, argv.join(' ')).toBeGreaterThan(0);
    }
  });
});

describe('mdUrl', () => {
  /** What mdUrl computes for every URL, without its shortcut for plain ones. */
  const reference = (url: string): string => {
    let decoded = url;
    try {
      decoded = decodeURI(url);
    } catch {
      // kept as it is
    }
    return encodeURI(decoded)
      .replace(/\(/g, '%28')
      .replace(/\)/g, '%29')
      .replace(/\|/g, '%7C')
      .replace(/</g, '%3C')
      .replace(/>/g, '%3E');
  };

  it('escapes what would end a link or a cell', () => {
    expect(mdUrl('https://x.org/a_(b)|c<d>')).toBe('https://x.org/a_%28b%29%7Cc%3Cd%3E');
    expect(mdUrl('https://x.org/a b')).toBe('https://x.org/a%20b');
    expect(mdUrl('https://x.org/%E2%80%94')).toBe('https://x.org/%E2%80%94');
    expect(mdUrl('https://x.org/—')).toBe('https://x.org/%E2%80%94');
  });

  it('gives the same answer with and without its shortcut (bundled sources, generated URLs)', () => {
    const urls = bundledPlans().flatMap((plan) => {
      return Object.values(plan.sources).flatMap((s) => (s.url ? [s.url] : []));
    });
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(mdUrl(url)).toBe(reference(url));
    const chars = fc.constantFrom(...'aZ09-_.!~*\'();/?:@&=+$,#%[]|<> "{}^`\\é—\u0000'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const url = `https://x.org/${cs.join('')}`;
        expect(mdUrl(url)).toBe(reference(url));
      }),
      { seed: 7, numRuns: runs(3000) },
    );
  });
});

describe('mdText', () => {
  /** The escape as a chain of replacements, one rule at a time: what the one-pass version must equal. */
  const reference = (text: string): string =>
    safeText(text, { singleLine: false })
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[|`*_[\]~#!]/g, (c) => `\\${c}`)
      .replace(/^[+\-=]/, '\\$&')
      .replace(/^(\d+)\./, '$1\\.')
      .replace(/\r?\n/g, '<br>');

  it('escapes in one pass what the rule-by-rule chain escapes', () => {
    const chars = fc.constantFrom(...'aZ09 .+-=&<>|`*_[]~#!\\\n\r\u0000\u001bé'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }), (cs) => {
        const text = cs.join('');
        expect(escapeMarkdown(text)).toBe(reference(text));
      }),
      { seed: 5, numRuns: runs(5000) },
    );
  });

  it('leaves text alone only where escaping would not change it', () => {
    const chars = fc.constantFrom(
      ...'aZ09 .,:;+-=()&<>|`*_[]~#!\\\'"\n\r\t\u0000\u001b\u007f\u0085\u061c\u200e\u202e\u2066é—'.split(''),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
        const text = cs.join('');
        expect(mdText(text)).toBe(escapeMarkdown(text));
      }),
      { seed: 11, numRuns: runs(5000) },
    );
    // As list items and table cells, escaped text reads back as itself.
    for (const text of [
      '1. first',
      '- dash',
      '+ plus',
      'C:\\(x)\\',
      'a \\* b',
      '# not a heading',
      '<b>x</b> & y',
    ]) {
      const item = parse(`- ${mdText(text)}\n`);
      expect(mdToString(item), text).toBe(text);
      const table = parse(`| h |\n|---|\n| ${mdText(text)} |\n`);
      expect(mdToString(table), text).toBe(`h${text}`);
    }
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('12 items')).toBe('12 items');
    expect(mdText('- dash')).toBe('\\- dash');
  });
});
