/**
 * The map as a real renderer draws it: rasterise the SVG with resvg and check the colour at a
 * point well inside a region against the colour of the status the plan gives it.
 *
 * A solid fill must be exact. A hatched region shows its fill or its hatch colour, and on the
 * edges of a hatch line an anti-aliased blend of the two: the sampled pixel must lie on the
 * segment between them, and around a sample point in a large region both must be present.
 */
import { describe, expect, it } from 'vitest';
import { runMap } from '../../src/cli/commands/map.js';
import { badgePoint, interiorPoint, type Point } from '../../src/map/geo.js';
import {
  hatchColor,
  layoutMap,
  type MapStatus,
  mapStatuses,
  regionStatus,
  renderMapSvg,
  statusStyles,
} from '../../src/render/mapSvg.js';
import type { Plan } from '../../src/schema/plan.js';
import type { RegionKey } from '../../src/schema/regions.js';
import {
  bundledPlan,
  fakeIo,
  hexToRgb,
  mapGeometry,
  planWithStatuses,
  type Raster,
  type Rgb,
  rasterise,
} from './support.js';

/** How far along the segment hatch → fill the colour lies (1 = fill), or undefined when off it. */
function blendPosition(pixel: Rgb, fill: Rgb, hatch: Rgb): number | undefined {
  const ts: number[] = [];
  for (let c = 0; c < 3; c++) {
    const span = fill[c]! - hatch[c]!;
    if (Math.abs(span) >= 24) ts.push((pixel[c]! - hatch[c]!) / span);
    // Too close to tell where on the segment: only require the channel to lie between the two.
    else if (pixel[c]! < Math.min(fill[c]!, hatch[c]!) - 3 || pixel[c]! > Math.max(fill[c]!, hatch[c]!) + 3)
      return undefined;
  }
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  return lo >= -0.03 && hi <= 1.03 && hi - lo <= 0.06 ? (lo + hi) / 2 : undefined;
}

/** Where a region's interior point lands in the whole picture, for panel `panel`. */
function samplePoint(plans: readonly Plan[], panel: number, key: RegionKey): Point {
  const geometry = mapGeometry();
  const { x, y } = layoutMap({ geometry, plans }).panels[panel]!;
  const [px, py] = interiorPoint(geometry.regions.find((r) => r.key === key)!);
  return [x + px, y + py];
}

function expectStatusAt(raster: Raster, [x, y]: Point, status: MapStatus, what: string, window = 0): void {
  const { fill, hatch } = statusStyles[status];
  const fillRgb = hexToRgb(fill);
  const pixel = raster.at(x, y);
  if (!hatch) {
    expect(pixel, `${what}: ${status} ${fill}`).toEqual(fillRgb);
    return;
  }
  const hatchRgb = hexToRgb(hatchColor);
  expect(
    blendPosition(pixel, fillRgb, hatchRgb),
    `${what}: ${status} ${fill} or ${hatchColor}, got ${pixel}`,
  ).toBeDefined();
  if (window === 0) return;
  const positions: number[] = [];
  for (let dy = -window; dy <= window; dy++)
    for (let dx = -window; dx <= window; dx++) {
      const t = blendPosition(raster.at(x + dx, y + dy), fillRgb, hatchRgb);
      expect(t, `${what}: pixel ${dx},${dy} from the sample point`).toBeDefined();
      positions.push(t!);
    }
  expect(Math.max(...positions), `${what}: the fill shows`).toBeGreaterThan(0.97);
  expect(Math.min(...positions), `${what}: the hatching shows`).toBeLessThan(0.5);
}

describe('rasterised map of us-28-point next to kyiv', async () => {
  const plans = [bundledPlan('us-28-point'), bundledPlan('kyiv')];
  const result = await runMap(['us-28-point', 'kyiv'], {}, fakeIo());
  const raster = rasterise(result.output);
  const regionsToCheck: RegionKey[] = ['crimea', 'donetsk', 'kherson', 'lviv'];

  it('is as large as the SVG says', () => {
    const layout = layoutMap({ geometry: mapGeometry(), plans });
    expect([raster.width, raster.height]).toEqual([layout.width, layout.height]);
  });

  plans.forEach((plan, panel) => {
    for (const key of regionsToCheck) {
      it(`${plan.id}: ${key} has the colour of ${regionStatus(plan, key)}`, () => {
        expectStatusAt(
          raster,
          samplePoint(plans, panel, key),
          regionStatus(plan, key),
          `${plan.id} ${key}`,
          4,
        );
      });
    }
  });

  it('tells the statuses apart (a wrong expectation fails)', () => {
    const at = (key: RegionKey) => samplePoint(plans, 0, key);
    expect(() => expectStatusAt(raster, at('crimea'), 'russian-de-jure', 'crimea')).toThrow();
    expect(() => expectStatusAt(raster, at('kherson'), 'deferred', 'kherson', 4)).toThrow();
    expect(() => expectStatusAt(raster, at('kherson'), 'demilitarized-zone', 'kherson', 4)).toThrow();
    expect(() => expectStatusAt(raster, at('lviv'), 'ukrainian', 'lviv')).toThrow();
  });

  it('draws the Donetsk zone of us-28-point distinctly, and its held part with a dark dashed border', () => {
    const geometry = mapGeometry();
    const { x, y } = layoutMap({ geometry, plans }).panels[0]!;
    const donetsk = geometry.regions.find((r) => r.key === 'donetsk')!;
    // The zone diamond: the demilitarised zone's cross-hatched green (or its hatch), not the region's fill.
    const [bx, by] = badgePoint(donetsk, 0);
    expectStatusAt(raster, [x + bx, y + by], 'demilitarized-zone', 'the Donetsk zone', 2);
    expect(raster.at(x + bx, y + by)).not.toEqual(hexToRgb(statusStyles['russian-de-facto'].fill));
    // The rest of the region keeps its own colour at its sample point.
    expectStatusAt(raster, samplePoint(plans, 0, 'donetsk'), 'russian-de-facto', 'Donetsk');
    // The border of a status on the held part: dark where the dashes run (the first dash starts at
    // the path's first point); a region with its whole status has a white border there instead.
    const dark = (key: RegionKey, panel: number) => {
      const p = layoutMap({ geometry, plans }).panels[panel]!;
      const [vx, vy] = geometry.regions.find((r) => r.key === key)!.polygons[0]![0]![0]!;
      const [r, g, b] = raster.at(p.x + vx, p.y + vy);
      return r + g + b < 3 * 90;
    };
    expect(dark('donetsk', 0)).toBe(true);
    expect(dark('lviv', 0)).toBe(false);
  });

  it('shows what the plans say (not only what the code computes)', () => {
    const [us, kyiv] = plans;
    const at = (panel: number, key: RegionKey) => raster.at(...samplePoint(plans, panel, key));
    expect(at(0, 'crimea')).toEqual(hexToRgb('#9E3F00')); // russian-de-facto
    expect(at(0, 'lviv')).toEqual(hexToRgb('#F2F2F2')); // not addressed
    expect(at(1, 'crimea')).toEqual(hexToRgb('#F2F2F2')); // not addressed by kyiv
    expect(regionStatus(us!, 'kherson')).toBe('frozen-at-line');
    expect(regionStatus(kyiv!, 'donetsk')).toBe('frozen-at-line');
  });
});

describe('every status, each sampled on six regions (small ones included)', () => {
  // The nine map statuses dealt out over the 27 regions, three rounds; the second rendering
  // shifts the deal, so every status is sampled on six regions, small ones (Sevastopol, Kyiv
  // city) included.
  const geometry = mapGeometry();
  const base = bundledPlan('us-28-point');
  for (const shift of [0, 4]) {
    it(`shift ${shift}`, () => {
      const assigned = new Map<RegionKey, MapStatus>(
        geometry.regions.map((r, i) => [r.key, mapStatuses[(i + shift) % mapStatuses.length]!]),
      );
      const statuses = Object.fromEntries(
        [...assigned].filter(([, s]) => s !== 'not-addressed'),
      ) as Parameters<typeof planWithStatuses>[1];
      const plan = planWithStatuses(base, statuses);
      const raster = rasterise(renderMapSvg({ geometry, plans: [plan] }, {}));
      for (const [key, status] of assigned) {
        expectStatusAt(raster, samplePoint([plan], 0, key), status, key);
      }
    });
  }
});
