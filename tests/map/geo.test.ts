/** The bundled geometry: provenance, decoding, the name → ISO table, projection, interior points. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildMapGeometry,
  decodeRegions,
  drawnRegions,
  interiorPoint,
  isoByFileName,
  type Point,
  projectAlbers,
  type Ring,
  regionPath,
} from '../../src/map/geo.js';
import { type Region, regionKeys, regions } from '../../src/schema/regions.js';
import { dataFile, mapGeometry, readTopology } from './support.js';

interface RawGeometry {
  id: string;
  properties: { name: string };
}
const rawGeometries = (topology: unknown) =>
  (topology as { objects: { ukr: { geometries: RawGeometry[] } } }).objects.ukr.geometries;

/** Even–odd point-in-polygon over all rings. */
function inside([px, py]: Point, rings: readonly Ring[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < xj + ((py - yi) / (yj - yi)) * (xi - xj)) odd = !odd;
    }
  }
  return odd;
}

describe('the data file', () => {
  it('is the byte-for-byte copy described in THIRD-PARTY-NOTICES', () => {
    const sha = createHash('sha256').update(readFileSync(dataFile)).digest('hex');
    expect(sha).toBe('5d09aa15eed870a67616f983acb71ca260812116d272a02f374dd2ae56dac92a');
    expect(readFileSync(new URL('../../THIRD-PARTY-NOTICES', import.meta.url), 'utf8')).toContain(sha);
  });

  it('still has the duplicated ids the name table works around', () => {
    const ids = rawGeometries(readTopology()).map((g) => g.id);
    expect(ids.filter((id) => id === 'UA.MY')).toHaveLength(2);
    expect(ids.filter((id) => id === 'UA.KM')).toHaveLength(2);
  });
});

describe('name → ISO 3166-2', () => {
  it('covers exactly the 27 regions of regions.ts, one name each', () => {
    const isos = Object.values(isoByFileName);
    expect(new Set(isos).size).toBe(27);
    const expected = regionKeys.flatMap((k) => {
      const r: Region = regions[k];
      return r.iso ? [r.iso] : [];
    });
    expect([...isos].sort()).toEqual([...expected].sort());
    expect(drawnRegions.map((r) => r.iso)).toEqual(expected);
  });

  it('names every feature of the file', () => {
    for (const g of rawGeometries(readTopology())) expect(isoByFileName[g.properties.name]).toBeDefined();
  });

  it('gives the features that share an id four different codes', () => {
    const byId = new Map<string, string[]>();
    for (const g of rawGeometries(readTopology())) {
      byId.set(g.id, [...(byId.get(g.id) ?? []), isoByFileName[g.properties.name]!]);
    }
    expect(byId.get('UA.MY')?.sort()).toEqual(['UA-48', 'UA-51']); // Mykolaiv, Odesa
    expect(byId.get('UA.KM')?.sort()).toEqual(['UA-30', 'UA-68']); // Kyiv city, Khmelnytskyi
  });

  it('never reads the ids: blanking, swapping or duplicating them changes nothing', () => {
    const reference = buildMapGeometry(readTopology());
    const blank = readTopology();
    for (const g of rawGeometries(blank)) g.id = 'UA.MY';
    expect(buildMapGeometry(blank)).toEqual(reference);
    const reversed = readTopology();
    const geometries = rawGeometries(reversed);
    const ids = geometries.map((g) => g.id).reverse();
    geometries.forEach((g, i) => {
      g.id = ids[i]!;
    });
    expect(buildMapGeometry(reversed)).toEqual(reference);
  });
});

describe('decodeRegions', () => {
  it('rejects data that is not the expected topology, saying why', () => {
    expect(() => decodeRegions(null)).toThrow('not a TopoJSON topology');
    expect(() => decodeRegions({ type: 'Topology', arcs: [], objects: {} })).toThrow('"ukr"');
    const renamed = readTopology();
    rawGeometries(renamed)[0]!.properties.name = 'Atlantis';
    expect(() => decodeRegions(renamed)).toThrow('unknown region name "Atlantis"');
    rawGeometries(renamed)[0]!.properties.name = 'toString';
    expect(() => decodeRegions(renamed)).toThrow('unknown region name "toString"');
    const doubled = readTopology();
    rawGeometries(doubled)[1]!.properties.name = rawGeometries(doubled)[0]!.properties.name;
    expect(() => decodeRegions(doubled)).toThrow('appears twice');
    const short = readTopology();
    rawGeometries(short).pop();
    expect(() => decodeRegions(short)).toThrow('regions missing: UA-40');
  });
});

describe('projection and geometry', () => {
  it('puts the centre of the projection at the origin, north up, east right', () => {
    const [x0, y0] = projectAlbers(31, 48.5);
    expect(Math.abs(x0)).toBeLessThan(1e-12);
    expect(Math.abs(y0)).toBeLessThan(1e-12);
    expect(projectAlbers(31, 50)[1]).toBeGreaterThan(0);
    expect(projectAlbers(35, 48.5)[0]).toBeGreaterThan(0);
  });

  it('lays the regions out as on a map of Ukraine', () => {
    const g = mapGeometry();
    expect(g.width).toBe(480);
    expect(g.height).toBeGreaterThan(300);
    expect(g.height).toBeLessThan(350);
    const at = (key: string) => interiorPoint(g.regions.find((r) => r.key === key)!);
    expect(at('lviv')[0]).toBeLessThan(at('kyiv')[0]);
    expect(at('kyiv')[0]).toBeLessThan(at('luhansk')[0]);
    expect(at('chernihiv')[1]).toBeLessThan(at('kyiv')[1]); // north is up
    expect(at('crimea')[1]).toBeGreaterThan(at('kherson')[1]);
    const points = g.regions.flatMap((r) => r.polygons.flat(2));
    const outside = points.filter(([x, y]) => x < 0 || x > g.width || y < 0 || y > g.height);
    const offGrid = points.filter(([x, y]) => !Number.isInteger(x * 2) || !Number.isInteger(y * 2));
    expect(outside).toEqual([]);
    expect(offGrid).toEqual([]);
  });

  it('keeps Kyiv city as a hole in Kyiv oblast', () => {
    const g = mapGeometry();
    const oblast = g.regions.find((r) => r.key === 'kyiv')!;
    const city = interiorPoint(g.regions.find((r) => r.key === 'kyiv-city')!);
    expect(oblast.polygons[0]).toHaveLength(2);
    expect(inside(city, oblast.polygons.flat())).toBe(false);
  });

  it('finds an interior point inside each region and outside every other', () => {
    const g = mapGeometry();
    for (const r of g.regions) {
      const p = interiorPoint(r);
      expect(inside(p, r.polygons.flat()), r.key).toBe(true);
      for (const other of g.regions)
        if (other !== r) expect(inside(p, other.polygons.flat()), `${r.key} in ${other.key}`).toBe(false);
    }
  });

  it('writes path data with one absolute move per ring and at most one decimal', () => {
    const crimea = mapGeometry().regions.find((r) => r.key === 'crimea')!;
    const d = regionPath(crimea);
    expect(d.match(/M/g)).toHaveLength(crimea.polygons.flat().length);
    expect(d).toMatch(/^(M[0-9.]+,[0-9.]+l(-?[0-9.]+,-?[0-9.]+ ?)+z)+$/);
    expect(d).not.toMatch(/\.\d\d|\.0(?!\d)|-0(?![.\d])/);
  });
});
