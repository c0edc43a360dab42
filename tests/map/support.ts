/** Shared set-up for the map tests: the bundled geometry, bundled plans, a fake Io, rasterising. */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Io } from '../../src/cli/io.js';
import { loadPlanBytes } from '../../src/load/loadPlan.js';
import { buildMapGeometry, type MapGeometry } from '../../src/map/geo.js';
import type { MapStatus } from '../../src/render/mapSvg.js';
import type { Plan } from '../../src/schema/plan.js';
import type { RegionKey } from '../../src/schema/regions.js';
import { repoRoot } from '../helpers.js';

export const dataFile = `${repoRoot}data/ukr.topo.json`;

export function readTopology(): unknown {
  return JSON.parse(readFileSync(dataFile, 'utf8'));
}

let geometry: MapGeometry | undefined;
/** The geometry at the width `plans map` uses. */
export function mapGeometry(): MapGeometry {
  geometry ??= buildMapGeometry(readTopology(), { width: 480 });
  return geometry;
}

export function bundledPlan(id: string): Plan {
  const file = `${repoRoot}plans/${id}.yaml`;
  const loaded = loadPlanBytes(readFileSync(file), file, { expectedId: id });
  if (!loaded.plan) throw new Error(`bundled plan ${id} does not load`);
  return loaded.plan;
}

type Territories = NonNullable<NonNullable<Plan['clauses']['recognition']>['territories']>;

/** A copy of `base` whose recognition clause gives exactly these statuses (absent = silent). */
export function planWithStatuses(
  base: Plan,
  statuses: Partial<Record<RegionKey, Exclude<MapStatus, 'not-addressed'>>>,
  overrides: Partial<Plan> = {},
): Plan {
  const territories = Object.fromEntries(
    Object.entries(statuses).map(([key, status]) => [key, { status }]),
  ) as Territories;
  return {
    ...base,
    ...overrides,
    clauses: {
      ...base.clauses,
      recognition: { summary: 'Test.', sources: Object.keys(base.sources).slice(0, 1), territories },
    },
  };
}

export function fakeIo(stdin = ''): Io {
  return {
    stdout: () => {},
    stderr: () => {},
    env: {},
    cwd: repoRoot,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => new TextEncoder().encode(stdin),
  };
}

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** The colour of the pixel that contains the point (x, y), in SVG user units. */
  at(x: number, y: number): Rgb;
}

/**
 * Rasterise with resvg at 1 px per SVG unit, system fonts off: the tests look at regions, not
 * text, and the result must not depend on the fonts of the machine.
 */
export function rasterise(svg: string): Raster {
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    logLevel: 'off',
  }).render();
  const { pixels, width, height } = image;
  return {
    width,
    height,
    at(x, y) {
      const i = (Math.floor(y) * width + Math.floor(x)) * 4;
      return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    },
  };
}
