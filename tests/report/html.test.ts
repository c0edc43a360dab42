/**
 * `plans report` without a browser: the escaping, the page's structure as a conforming HTML
 * parser (parse5) builds it, what a hostile plan can and cannot do to it, the CSP, the data
 * behind each cell, determinism, and the command's rules (--out, --check, no HTML to a terminal).
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTreeAdapterTypes, type ParserError, parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPage } from '../../src/cli/commands/report.js';
import { comparePlans } from '../../src/compare/comparePlans.js';
import { claimIsAbout, reportData } from '../../src/compare/reportData.js';
import { effectivePlan } from '../../src/diff/inherit.js';
import { escapeHtml, webUrl } from '../../src/render/html.js';
import { contentSecurityPolicy } from '../../src/render/reportHtml.js';
import { runCli } from '../helpers.js';
import { evilWithScriptUrl, hostile, hostileDir, loadYaml, plainYaml } from './support.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* walk(child);
}
const elements = (root: Node) => [...walk(root)].filter((n): n is Element => 'tagName' in n);
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const textOf = (root: Node) =>
  [...walk(root)]
    .map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterTypes.TextNode).value : ''))
    .join('');

/** The page as a browser's parser builds it, and the parse errors it reports (none expected). */
function parsed(html: string): { doc: DefaultTreeAdapterTypes.Document; errors: ParserError[] } {
  const errors: ParserError[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e) });
  return { doc, errors };
}

/** Every element the renderer writes; anything else came from a plan. */
const known = new Set(
  'a body br caption circle code dd defs desc details div dl dt figure footer g h1 h2 head header html input label li line main meta p path pattern rect script section span strong style summary svg table tbody td text th thead title tr ul'.split(
    ' ',
  ),
);

describe('escapeHtml and webUrl', () => {
  it('turn every markup character of a plan string into text', () => {
    for (const s of Object.values(hostile)) {
      const out = escapeHtml(s);
      expect(out).not.toMatch(/[<>"']/);
      // The parser gives back exactly the string (control characters aside, none here).
      const { doc, errors } = parsed(`<!doctype html><title>t</title><p title="${out}">${out}</p>`);
      expect(errors).toEqual([]);
      const p = elements(doc).find((e) => e.tagName === 'p')!;
      expect(textOf(p)).toBe(s);
      expect(attr(p, 'title')).toBe(s);
    }
    expect(escapeHtml('</script>')).toBe('&lt;/script&gt;');
  });

  it('make only absolute http(s) URLs links', () => {
    expect(webUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:window.__pwned=1',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      'sources/local-copy.pdf',
      '',
      undefined,
    ]) {
      expect(webUrl(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('a hostile plan changes nothing but text', async () => {
  const page = await reportPage(
    [evilWithScriptUrl(), loadYaml(plainYaml, 'plain')],
    [evilWithScriptUrl(), loadYaml(plainYaml, 'plain')],
  );
  const { doc, errors } = parsed(page);
  const all = elements(doc);

  it('parses without a single error', () => {
    expect(errors).toEqual([]);
  });

  it('holds the renderer’s elements only, one <style> and one <script>, no handler or style attribute', () => {
    expect(all.map((e) => e.tagName).filter((t) => !known.has(t))).toEqual([]);
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
    const attributes = all.flatMap((e) => e.attrs.map((a) => a.name));
    expect(attributes.filter((a) => a.startsWith('on') || a === 'style' || a === 'src')).toEqual([]);
  });

  it('links to http(s) URLs and anchors only, leaving the page without opener or referrer', () => {
    const links = all.filter((e) => e.tagName === 'a');
    const external = links.filter((a) => !attr(a, 'href')!.startsWith('#'));
    expect(external.length).toBeGreaterThan(0);
    for (const a of external) {
      expect(attr(a, 'href')).toMatch(/^https?:\/\//);
      expect(attr(a, 'rel')).toBe('noopener noreferrer');
    }
    expect(external.map((a) => attr(a, 'href'))).not.toContain(hostile.url);
    expect(links.some((a) => attr(a, 'href')!.startsWith('javascript:'))).toBe(false);
  });

  it('shows each hostile string as text, the script URL too', () => {
    const text = textOf(doc);
    // (The plan's source URL was replaced by the script URL.)
    for (const s of Object.values(hostile)) if (s !== hostile.url) expect(text, s).toContain(s);
    // The map's and the timelines' SVG <title>s carry plan text too.
    const titles = all.filter((e) => e.tagName === 'title').map(textOf);
    expect(titles.some((t) => t.includes(hostile.title))).toBe(true);
  });

  it('allows its own style and script by their hashes in a policy that allows nothing else', () => {
    const hash = (e: Element) => `'sha256-${createHash('sha256').update(textOf(e)).digest('base64')}'`;
    const csp = attr(all.find((e) => attr(e, 'http-equiv') === 'Content-Security-Policy')!, 'content')!;
    expect(csp).toBe(contentSecurityPolicy);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(all.find((e) => e.tagName === 'style')!)};`);
    expect(csp).toContain(`script-src ${hash(all.find((e) => e.tagName === 'script')!)};`);
    expect(csp).not.toContain('unsafe');
  });
});

describe('plans report', () => {
  const dir = hostileDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const four = ['report', 'us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'];

  it('writes the same bytes on every run, dated by the latest plan, not the clock', async () => {
    const [a, b] = [await runCli(four), await runCli(four)];
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('this report is as of 2025-12-24, the date of the latest plan');
    expect(parsed(a.stdout).errors).toEqual([]);
  });

  it('escapes a hostile plan read from a plans directory (the schema refuses script URLs there)', async () => {
    const r = await runCli(['--plans-dir', join(dir, 'plans'), 'report', '--all']);
    expect(r.code).toBe(0);
    const { doc, errors } = parsed(r.stdout);
    expect(errors).toEqual([]);
    expect(elements(doc).filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(textOf(doc)).toContain(hostile.note);
    expect(r.stdout).not.toContain('<script>window');
    // The URL's quotes and brackets are percent-encoded by the URL parser, then escaped.
    const hrefs = elements(doc).map((e) => attr(e, 'href'));
    expect(hrefs).toContain(new URL(hostile.url).href);
    expect(new URL(hostile.url).href).not.toMatch(/[<>"]/);
  });

  it('refuses to print HTML on a terminal: one line, exit 2', async () => {
    const r = await runCli(four, { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plans: .*--out.*\n$/);
  });

  it('writes --out atomically; --check exits 0 when current, 1 when stale', async () => {
    const out = join(dir, 'report.html');
    expect((await runCli([...four, '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe((await runCli(four)).stdout);
    expect((await runCli([...four, '--out', out, '--check'])).code).toBe(0);
    writeFileSync(out, 'old');
    const stale = await runCli([...four, '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('is stale');
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('needs two plans or --all, and takes no --inject', async () => {
    expect((await runCli(['report', 'kyiv'])).stderr).toBe(
      'plans: report needs at least two plans (or --all)\n',
    );
    expect((await runCli(['report', 'kyiv', 'kremlin', '--inject', 'README.md'])).code).toBe(2);
  });
});

describe('reportData: what stands behind each cell', () => {
  const base = `format: 2
id: earlier
title: Earlier
proposed_by: [Ukraine]
date: 2025-01-01
status: reported
sources:
  e1:
    title: Earlier source
clauses:
  recognition:
    summary: Earlier terms.
    sources: [e1]
    territories:
      crimea:
        status: ukrainian
        note: Crimea note.
      kherson:
        status: ukrainian
`;
  const later = `format: 2
id: later
title: Later
proposed_by: [Ukraine]
date: 2025-06-01
status: reported
reaffirms:
  - plan: earlier
    sources: [l1]
sources:
  l1:
    title: Later source
clauses:
  recognition:
    summary: Later terms.
    note: Clause note.
    sources: [l1]
    disputed:
      - field: territories.kherson.status
        claim: Kherson claim.
        sources: [l1]
      - field: summary
        claim: Summary claim.
        sources: [l1]
    territories:
      kherson:
        status: frozen-at-line
`;
  const earlier = loadYaml(base, 'earlier');
  const plans = [earlier, effectivePlan(loadYaml(later, 'later'), () => earlier)];
  const compare = comparePlans(plans);
  const data = reportData(plans, compare);
  const cell = (field: string, plan: number) =>
    data.cells[compare.rows.findIndex((r) => r.field === field)]![plan];

  it('gives an inherited value the earlier plan’s sources and notes, and names it', () => {
    const crimea = cell('territories.crimea', 1)!;
    expect(crimea.from).toEqual({ plan: 'earlier', date: '2025-01-01' });
    expect(crimea.sources.map((s) => s.title)).toEqual(['Earlier source']);
    expect(crimea.notes).toEqual(['Crimea note.']);
  });

  it('puts a claim with the field it is about, and the rest with the clause', () => {
    const kherson = cell('territories.kherson', 1)!;
    expect(kherson.disputed.map((d) => d.claim)).toEqual(['Kherson claim.']);
    expect(kherson.sources.map((s) => s.title)).toEqual(['Later source']);
    expect(cell('territories.crimea', 1)!.disputed).toEqual([]);
    const clause = data.clauses[compare.families.findIndex((f) => f.family === 'recognition')]![1]!;
    expect(clause.note).toBe('Clause note.');
    expect(clause.disputed.map((d) => d.claim)).toEqual(['Summary claim.']);
  });

  it('matches claims to fields by path, list keys and qualifiers', () => {
    expect(claimIsAbout('force_limits.troops', 'force_limits.troops')).toBe(true);
    expect(claimIsAbout('territories.kherson', 'territories.kherson.zones.part')).toBe(true);
    expect(claimIsAbout('condition', 'start')).toBe(true);
    expect(claimIsAbout('force_limits.applies', 'force_limits.troops')).toBe(true);
    expect(claimIsAbout('guarantors', 'guarantee')).toBe(false);
    expect(claimIsAbout('territories.kharkiv', 'territories.kherson')).toBe(false);
  });
});
