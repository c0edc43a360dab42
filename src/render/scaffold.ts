/**
 * The file `plans new <id>` writes: the modeline, the particulars, one example source, and
 * every clause family present — one written out, the others commented out — each field with an
 * example value and, for closed vocabularies, the list of allowed values. Uncommenting a
 * family's lines (and editing the values) gives a valid clause: the examples are themselves
 * valid, so a new file is a valid plan whose placeholders are warnings until replaced.
 */
import { placeholderSummaries, placeholders } from '../schema/placeholders.js';
import * as v from '../schema/vocab.js';

function choices(vocab: v.Vocabulary): string {
  return Object.keys(vocab.values).join(' | ');
}

interface Line {
  readonly text: string;
  readonly comment?: string;
}

/** A block, commented out or not; comments line up after the longest line. */
function block(lines: readonly Line[], indent: string, commented = true): string {
  const width = Math.max(...lines.map((l) => l.text.length)) + 2;
  const lead = commented ? `${indent}# ` : indent;
  return lines
    .map((l) => `${lead}${l.comment ? `${l.text.padEnd(width)}# ${l.comment}` : l.text}`)
    .join('\n');
}

/**
 * The family written out, not commented: a new file is then a valid plan (with placeholder
 * warnings) that list, diff and compare read, instead of an invalid one that stops them.
 */
export const scaffoldOpenFamily = 'ceasefire';

const common = (summary: string): Line[] => [
  { text: `  summary: ${summary}`, comment: 'one line, in your own words' },
  { text: `  sources: [${placeholders.sourceKey}]`, comment: 'keys declared under sources' },
];

const yesNo = 'true | false';

/** Every clause family, in canonical order (tests/unit/scaffold.test.ts checks the set). */
export const scaffoldFamilies: Record<string, Line[]> = {
  sovereignty: [
    { text: 'sovereignty:' },
    ...common(placeholderSummaries.sovereignty!),
    { text: '  affirmed: true', comment: yesNo },
    { text: '  un_charter: true', comment: `${yesNo}: the UN Charter's principles` },
  ],
  ceasefire: [
    { text: 'ceasefire:' },
    ...common(placeholderSummaries.ceasefire!),
    { text: '  start: within', comment: choices(v.ceasefireStart) },
    { text: '  within: 30 days', comment: 'with start: within; 30 days, 4 weeks, 18 months, 1 year' },
    { text: '  line: line-of-contact', comment: choices(v.ceasefireLine) },
    { text: '  monitoring: [international]', comment: choices(v.monitoring) },
    { text: '  scope: full', comment: choices(v.ceasefireScope) },
  ],
  recognition: [
    { text: 'recognition:' },
    ...common(placeholderSummaries.recognition!),
    { text: '  basis: line-of-contact', comment: choices(v.territorialBasis) },
    { text: '  scope: signatories', comment: choices(v.recognitionScope) },
    { text: '  instrument: agreement', comment: choices(v.recognitionInstrument) },
    {
      text: '  territories:',
      comment: 'region keys: crimea, sevastopol, donetsk, luhansk, zaporizhzhia, kherson …',
    },
    { text: '    donetsk:' },
    { text: '      status: frozen-at-line', comment: choices(v.territorialStatus) },
    { text: '      extent: russian-held-part', comment: choices(v.territorialExtent) },
    { text: '      zones:', comment: 'a zone inside the region, one per kind' },
    { text: '        - kind: demilitarized', comment: choices(v.zoneKind) },
    { text: '          part: ukrainian-held-part', comment: choices(v.zonePart) },
    { text: '          share_pct: 30', comment: 'per cent of the region' },
    { text: '          policed_by: [international]', comment: choices(v.zoneAuthority) },
    { text: '          recognized_as: undetermined', comment: choices(v.zoneRecognition) },
  ],
  elections: [
    { text: 'elections:' },
    ...common(placeholderSummaries.elections!),
    { text: '  within: 100 days', comment: `a duration, or ${choices(v.electionTiming)}` },
    { text: '  scope: [national]', comment: choices(v.electionScope) },
    { text: '  monitoring: international', comment: choices(v.electionMonitoring) },
  ],
  neutrality: [
    { text: 'neutrality:' },
    ...common(placeholderSummaries.neutrality!),
    { text: '  nato: barred', comment: choices(v.natoStance) },
    { text: '  eu: open', comment: choices(v.euStance) },
    { text: '  eu_target_date: 2027-01-01', comment: 'a target date for accession' },
    { text: '  foreign_troops: nato-barred', comment: choices(v.foreignTroops) },
    { text: '  non_nuclear: true', comment: yesNo },
  ],
  security_package: [
    { text: 'security_package:' },
    ...common(placeholderSummaries.security_package!),
    { text: '  guarantee: article-5-like', comment: choices(v.guarantee) },
    { text: '  guarantors: [United States]', comment: 'actors' },
    { text: '  guarantee_form: ratified-treaty', comment: choices(v.guaranteeForm) },
    { text: '  guarantee_term: 15 years', comment: 'a duration' },
    { text: '  guarantee_renewable: true', comment: yesNo },
    { text: '  force_limits:', comment: 'one entry per party' },
    { text: '    - party: Ukraine' },
    { text: '      troops: 800000', comment: 'a number, none (explicitly no limit) or unspecified' },
    { text: '      applies: peacetime', comment: choices(v.forceScope) },
    { text: '  peacekeepers: european', comment: choices(v.peacekeepers) },
  ],
  sanctions: [
    { text: 'sanctions:' },
    ...common(placeholderSummaries.sanctions!),
    { text: '  relief: phased', comment: choices(v.sanctionsRelief) },
    { text: '  lifted_by: [united-states]', comment: choices(v.sanctionsAuthority) },
    { text: '  snapback: true', comment: yesNo },
    { text: '  frozen_assets: reconstruction-fund', comment: choices(v.frozenAssets) },
    { text: '  frozen_assets_amount: 100 bn USD', comment: '<number> <m|bn|tn> <USD|EUR|GBP>' },
  ],
  economy: [
    { text: 'economy:' },
    ...common(placeholderSummaries.economy!),
    { text: '  reconstruction_fund: 800 bn USD', comment: '<number> <m|bn|tn> <USD|EUR|GBP>' },
    { text: '  us_ukraine: [free-trade]', comment: choices(v.usUkraineAgreement) },
  ],
  energy_transit: [
    { text: 'energy_transit:' },
    ...common(placeholderSummaries.energy_transit!),
    { text: '  zaporizhzhia_npp: iaea-supervised', comment: choices(v.facilityControl) },
    { text: '  electricity_split: 50/50' },
  ],
  implementation: [
    { text: 'implementation:' },
    ...common(placeholderSummaries.implementation!),
    {
      text: '  order: [ceasefire, signature, referendum, ratification]',
      comment: choices(v.implementationStep),
    },
    { text: '  entry_into_force: after-ratification', comment: choices(v.entryIntoForce) },
    { text: '  ratification: [rada, us-congress]', comment: choices(v.ratifyingBody) },
    { text: '  oversight: [peace-council]', comment: choices(v.oversightBody) },
  ],
  signatories: [
    { text: 'signatories:' },
    ...common(placeholderSummaries.signatories!),
    { text: '  parties: [Ukraine, Russia, United States, Europe]', comment: 'actors' },
  ],
  accountability: [
    { text: 'accountability:' },
    ...common(placeholderSummaries.accountability!),
    { text: '  amnesty: none', comment: choices(v.amnesty) },
    { text: '  tribunal: special-tribunal', comment: choices(v.tribunal) },
    { text: '  reparations: russia-pays', comment: choices(v.reparations) },
  ],
  humanitarian: [
    { text: 'humanitarian:' },
    ...common(placeholderSummaries.humanitarian!),
    { text: '  prisoners: all-for-all', comment: choices(v.prisonerExchange) },
    { text: '  children: true', comment: yesNo },
    { text: '  civilians: true', comment: yesNo },
  ],
  rights: [
    { text: 'rights:' },
    ...common(placeholderSummaries.rights!),
    { text: '  language: minority-rights', comment: choices(v.languageRegime) },
    { text: '  religion: eu-tolerance-rules', comment: choices(v.religionRegime) },
  ],
  other: [
    { text: 'other:' },
    { text: '  - topic: closing-statement', comment: 'kebab-case, unique; for what no family holds' },
    { text: '    summary: The parties declare the war over.' },
    { text: '    sources: [example-source]' },
  ],
};

export function scaffoldPlan(id: string, date: string, schemaPath: string, shownPath = `${id}.yaml`): string {
  const clauses = Object.entries(scaffoldFamilies)
    .map(([family, lines]) => block(lines, '  ', family !== scaffoldOpenFamily))
    .join('\n\n');
  return `# yaml-language-server: $schema=${schemaPath}
#
# A new plan. Fill in the particulars and the sources, then uncomment the clause families the
# plan addresses and edit their values (the ceasefire is written out as an example: edit or
# remove it). Leave out what the plan does not address: silence is not the same as "no".
# The format: docs/plan-format.md in the plans package, or plans schema.
# Check it with: plans validate ${shownPath} --strict
format: 2
id: ${id}
title: ${placeholders.title}
proposed_by: [United States]            # one or more actors
${`date: ${date}`.padEnd(40)}# when it was put forward or reported (YYYY-MM-DD)
status: reported                        # ${choices(v.planStatus)}
sources:
  ${placeholders.sourceKey}:
    title: ${placeholders.sourceTitle}
    publisher: ${placeholders.publisher}
    published: ${date}
    url: ${placeholders.url}
clauses:
${clauses}
`;
}
