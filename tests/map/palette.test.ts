/**
 * The palette's claims, checked: every pair of fills stays apart for normal vision and under
 * simulated protanopia, deuteranopia and tritanopia, and the unhatched fills stay apart in
 * greyscale (where the hatched ones are told apart by their texture).
 *
 * Simulation: Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency" (IEEE TVCG 2009), severity 1.0 matrices, applied in linear RGB.
 * Distance: CIE 1976 ΔE*ab in CIELAB (D65). About 2.3 is just noticeable; 10 is clearly
 * distinct side by side on a map.
 */
import { describe, expect, it } from 'vitest';
import { hatchColor, type MapStatus, mapStatuses, statusStyles } from '../../src/render/mapSvg.js';
import { hexToRgb } from './support.js';

type Vec = readonly [number, number, number];
type Matrix = readonly [Vec, Vec, Vec];

const deficiencies: Record<string, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function linearRgb(hex: string): Vec {
  const [r, g, b] = hexToRgb(hex);
  return [toLinear(r), toLinear(g), toLinear(b)];
}

function apply(m: Matrix, v: Vec): Vec {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return [0, 1, 2].map((i) => clamp(m[i]![0] * v[0] + m[i]![1] * v[1] + m[i]![2] * v[2])) as unknown as Vec;
}

function lab([r, g, b]: Vec): Vec {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

const fill = (s: MapStatus) => statusStyles[s].fill;
const solid = mapStatuses.filter((s) => !statusStyles[s].hatch);

describe('palette', () => {
  it('has a distinct fill for each status', () => {
    expect(new Set(mapStatuses.map(fill)).size).toBe(mapStatuses.length);
  });

  for (const [name, matrix] of [['normal vision', undefined] as const, ...Object.entries(deficiencies)]) {
    it(`keeps every pair of fills apart with ${name} (ΔE ≥ 9; ≥ 12 between unhatched fills)`, () => {
      const seen = (s: MapStatus) => lab(matrix ? apply(matrix, linearRgb(fill(s))) : linearRgb(fill(s)));
      for (const [a, b] of pairs(mapStatuses)) {
        const d = deltaE(seen(a), seen(b));
        expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(9);
        if (solid.includes(a) && solid.includes(b)) expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(12);
      }
    });
  }

  it('steps the unhatched fills apart in lightness (greyscale), darker toward Russian control', () => {
    const lightness = (s: MapStatus) => lab(linearRgb(fill(s)))[0];
    for (const [a, b] of pairs(solid))
      expect(Math.abs(lightness(a) - lightness(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(12);
    const order: MapStatus[] = [
      'not-addressed',
      'special-status',
      'ukrainian',
      'unspecified',
      'russian-de-facto',
      'russian-de-jure',
    ];
    expect([...solid].sort((a, b) => lightness(b) - lightness(a))).toEqual(order);
  });

  it('draws hatching lines that stand out from every hatched fill', () => {
    for (const s of mapStatuses.filter((s) => statusStyles[s].hatch)) {
      const contrast = lab(linearRgb(fill(s)))[0] - lab(linearRgb(hatchColor))[0];
      expect(contrast, s).toBeGreaterThanOrEqual(30);
    }
  });
});
