/**
 * The file `plans new <id>` writes: the modeline, the particulars, one example source, and
 * every clause family present but commented out, each field with an example value and, for
 * closed vocabularies, the list of allowed values. Uncommenting a family's lines (and editing
 * the values) gives a valid clause: the examples are themselves valid.
 */
import * as v from '../schema/vocab.js';

function choices(vocab: v.Vocabulary): string {
  return Object.keys(vocab.values).join(' | ');
}

interface Line {
  readonly text: string;
  readonly comment?: string;
}

/** A commented block; comments line up after the longest line. */
function block(lines: readonly Line[], indent: string): string {
  const width = Math.max(...lines.map((l) => l.text.length)) + 2;
  return lines
    .map((l) => `${indent}# ${l.comment ? `${l.text.padEnd(width)}# ${l.comment}` : l.text}`)
    .join('\n');
}

const common = (summary: string): Line[] => [
  { text: `  summary: ${summary}`, comment: 'one line, in your own words' },
  { text: '  sources: [example-source]', comment: 'keys declared under sources' },
];

const families: Record<string, Line[]> = {
  ceasefire: [
    { text: 'ceasefire:' },
    ...common('Fighting stops along the current line within 30 days.'),
    { text: '  start: within', comment: choices(v.ceasefireStart) },
    { text: '  within: 30 days', comment: 'with start: within; 30 days, 4 weeks, 18 months, 1 year' },
    { text: '  line: line-of-contact', comment: choices(v.ceasefireLine) },
    { text: '  monitoring: [international]', comment: choices(v.monitoring) },
    { text: '  scope: full', comment: choices(v.ceasefireScope) },
  ],
  recognition: [
    { text: 'recognition:' },
    ...common('Territory is frozen along the line of contact.'),
    { text: '  basis: line-of-contact', comment: choices(v.territorialBasis) },
    {
      text: '  territories:',
      comment: 'region keys: crimea, sevastopol, donetsk, luhansk, zaporizhzhia, kherson …',
    },
    { text: '    zaporizhzhia:' },
    { text: '      status: frozen-at-line', comment: choices(v.territorialStatus) },
    { text: '      extent: whole', comment: choices(v.territorialExtent) },
  ],
  elections: [
    { text: 'elections:' },
    ...common('National elections are held within 100 days.'),
    { text: '  within: 100 days', comment: `a duration, or ${choices(v.electionTiming)}` },
    { text: '  scope: [national]', comment: choices(v.electionScope) },
    { text: '  monitoring: international', comment: choices(v.electionMonitoring) },
  ],
  neutrality: [
    { text: 'neutrality:' },
    ...common('Ukraine does not join NATO.'),
    { text: '  nato: barred', comment: choices(v.natoStance) },
    { text: '  eu: open', comment: choices(v.euStance) },
    { text: '  foreign_troops: nato-barred', comment: choices(v.foreignTroops) },
    { text: '  non_nuclear: true', comment: 'true | false' },
  ],
  sanctions: [
    { text: 'sanctions:' },
    ...common('Sanctions are lifted in stages.'),
    { text: '  relief: phased', comment: choices(v.sanctionsRelief) },
    { text: '  snapback: true', comment: 'true | false' },
    { text: '  frozen_assets: reconstruction-fund', comment: choices(v.frozenAssets) },
  ],
  security_package: [
    { text: 'security_package:' },
    ...common('Ukraine gets guarantees and keeps an army of up to 800,000.'),
    { text: '  guarantee: article-5-like', comment: choices(v.guarantee) },
    { text: '  guarantors: [United States]', comment: 'actors' },
    { text: '  army_cap: 800000', comment: 'a number, none (explicitly no cap) or unspecified' },
    { text: '  army_cap_scope: peacetime', comment: choices(v.armyCapScope) },
    { text: '  peacekeepers: european', comment: choices(v.peacekeepers) },
  ],
  energy_transit: [
    { text: 'energy_transit:' },
    ...common('The Zaporizhzhia plant restarts under IAEA supervision.'),
    { text: '  gas_transit: unspecified', comment: choices(v.gasTransit) },
    { text: '  zaporizhzhia_npp: iaea-supervised', comment: choices(v.nppControl) },
    { text: '  electricity_split: 50/50' },
  ],
  other: [
    { text: 'other:' },
    {
      text: '  - topic: prisoner-exchange',
      comment: 'kebab-case, unique: amnesty, reconstruction, language-rights …',
    },
    { text: '    summary: All prisoners are exchanged.' },
    { text: '    sources: [example-source]' },
  ],
};

export function scaffoldPlan(id: string, date: string, schemaPath: string): string {
  const clauses = Object.values(families)
    .map((lines) => block(lines, '  '))
    .join('\n\n');
  return `# yaml-language-server: $schema=${schemaPath}
#
# A new plan. Fill in the particulars and the sources, then uncomment the clause families the
# plan addresses and edit their values. Leave out what the plan does not address: silence is
# not the same as "no". Reference: docs/plan-format.md; check with: plans validate ${id}.yaml
id: ${id}
title: Title of the plan as readers know it
proposed_by: [United States]            # one or more actors
${`date: ${date}`.padEnd(40)}# when it was put forward or reported (YYYY-MM-DD)
status: reported                        # ${choices(v.planStatus)}
sources:
  example-source:
    title: Headline of the article or document
    publisher: Outlet
    published: ${date}
    url: https://example.org/article
clauses:
${clauses}
`;
}
