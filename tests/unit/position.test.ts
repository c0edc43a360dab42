/**
 * `plans position <party>`: the party's documents in date order, each field's values and
 * where they changed, the position as of a date; the SVG timeline rasterised (a lane per
 * field, a mark per document, a ring where the value changes).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { partyPosition } from '../../src/compare/position.js';
import { renderPositionSvg, valueColours } from '../../src/render/positionSvg.js';
import { bundledPlans, runCli } from '../helpers.js';
import { allElements, parseXml } from '../map/xml.js';

const plans = bundledPlans();

describe('partyPosition', () => {
  const russia = partyPosition(plans, 'Russia');

  it('lists the party’s documents by date: the June 2024 speech, the June 2025 memorandum, the late-2025 statements', () => {
    const ids = russia.documents.map((d) => d.id);
    expect(ids).toEqual(
      [...ids].sort((a, b) => {
        const da = russia.documents.find((d) => d.id === a)!.date;
        const db = russia.documents.find((d) => d.id === b)!.date;
        return da < db ? -1 : da > db ? 1 : 0;
      }),
    );
    for (const id of ['putin-june-2024', 'russia-memorandum-2025', 'kremlin']) expect(ids).toContain(id);
    expect(ids.indexOf('putin-june-2024')).toBeLessThan(ids.indexOf('russia-memorandum-2025'));
    expect(ids.indexOf('russia-memorandum-2025')).toBeLessThan(ids.indexOf('kremlin'));
    expect(russia.documents.every((d) => d.proposed_by.includes('Russia'))).toBe(true);
  });

  it('marks where a value changes, and keeps the last stated value as the position', () => {
    for (const row of russia.rows) {
      const stated = row.values.map((v, i) => [v, i] as const).filter(([v]) => v !== null);
      const changes = stated
        .slice(1)
        .filter(([v], n) => v!.key !== stated[n]![0]!.key)
        .map(([, i]) => i);
      expect(row.changes, row.field).toEqual(changes);
      const [last, at] = stated.at(-1)!;
      expect(row.current).toEqual({
        value: last,
        document: russia.documents[at]!.id,
        date: russia.documents[at]!.date,
      });
    }
    expect(russia.rows.some((r) => r.changes.length > 0)).toBe(true);
  });

  it('--at gives the position as of a date: later documents are left out', () => {
    const at = partyPosition(plans, 'Russia', { at: '2025-06-30' });
    expect(at.documents.every((d) => d.date <= '2025-06-30')).toBe(true);
    expect(at.documents.map((d) => d.id)).toContain('russia-memorandum-2025');
    expect(at.documents.map((d) => d.id)).not.toContain('kremlin');
    expect(at.at).toBe('2025-06-30');
  });
});

describe('plans position', () => {
  it('reads as a year for Russia and for Ukraine, in text, Markdown and JSON', async () => {
    for (const party of ['Russia', 'ukraine']) {
      const text = await runCli(['position', party, '--since', '2025-01-01']);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout.split('\n')[0]).toMatch(
        new RegExp(`^${party === 'ukraine' ? 'Ukraine' : 'Russia'}: \\d+ documents, 2025-`),
      );
      expect(text.stdout).toMatch(/ → /); // a change
      const md = await runCli(['position', party, '--format', 'markdown', '--since', '2025-01-01']);
      expect(md.stdout).toMatch(/^## Position of (Russia|Ukraine) as of \d{4}-\d{2}-\d{2}\n/);
      const json = JSON.parse((await runCli(['position', party, '--format', 'json'])).stdout);
      expect(Object.keys(json)).toEqual(['version', 'party', 'at', 'documents', 'rows']);
    }
  });

  it('names the parties it knows when asked about one it does not, and refuses a bad date (exit 2)', async () => {
    const r = await runCli(['position', 'Rusia']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plans: no plan is proposed by "Rusia" — did you mean "Russia"?\n');
    const d = await runCli(['position', 'Russia', '--at', '2025-02-30']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--at takes a date');
  });
});

describe('the timeline picture', () => {
  const result = partyPosition(plans, 'Russia', { since: '2024-01-01' });
  const svg = renderPositionSvg(result, {});
  const root = parseXml(svg);

  it('has a lane per field and a mark per document that states it, a ring where the value changes', () => {
    const lanes = allElements(root).filter((e) => e.attrs.class === 'lane');
    expect(lanes).toHaveLength(result.rows.length);
    for (const [n, row] of result.rows.entries()) {
      const marks = allElements(lanes[n]!).filter((e) => e.attrs.class?.startsWith('mark'));
      const stated = row.values.flatMap((v, i) => (v ? [result.documents[i]!.id] : []));
      expect(marks.map((m) => m.attrs['data-document'])).toEqual(stated);
      const rings = marks.filter((m) => m.attrs.class === 'mark change').map((m) => m.attrs['data-document']);
      expect(rings).toEqual(row.changes.map((i) => result.documents[i]!.id));
    }
  });

  it('renders: the marks are there in pixels, in the colours of their values', () => {
    const png = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: 'off' }).render();
    const width = Number(root.attrs.width);
    expect(png.width).toBe(width);
    const pixels = png.pixels;
    const at = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return `#${[pixels[i]!, pixels[i + 1]!, pixels[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    };
    let checked = 0;
    for (const lane of allElements(root).filter((e) => e.attrs.class === 'lane')) {
      for (const mark of allElements(lane).filter((e) => e.attrs.class?.startsWith('mark'))) {
        const dot = allElements(mark)
          .filter((e) => e.name === 'circle')
          .at(-1)!;
        expect(at(Number(dot.attrs.cx), Number(dot.attrs.cy))).toBe(dot.attrs.fill!.toUpperCase());
        expect(valueColours.map((c) => c.toUpperCase())).toContain(dot.attrs.fill!.toUpperCase());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
