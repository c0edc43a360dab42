import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  placeholderSummaries,
  placeholders
} from "./chunk-YSNBIHK4.js";
import {
  writeFile
} from "./chunk-FYJPZDJF.js";
import {
  CliError,
  bundledPlansDir,
  displayPath,
  exitCodes,
  idPattern,
  packageRoot,
  readRegularFile,
  sameDir
} from "./chunk-V6YNDNEO.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import {
  amnesty,
  ceasefireLine,
  ceasefireScope,
  ceasefireStart,
  electionMonitoring,
  electionScope,
  electionTiming,
  entryIntoForce,
  euStance,
  facilityControl,
  forceScope,
  foreignTroops,
  frozenAssets,
  guarantee,
  guaranteeForm,
  implementationStep,
  languageRegime,
  monitoring,
  natoStance,
  oversightBody,
  peacekeepers,
  planStatus,
  prisonerExchange,
  ratifyingBody,
  recognitionInstrument,
  recognitionScope,
  religionRegime,
  reparations,
  sanctionsAuthority,
  sanctionsRelief,
  territorialBasis,
  territorialExtent,
  territorialStatus,
  tribunal,
  usUkraineAgreement,
  zoneAuthority,
  zoneKind,
  zonePart,
  zoneRecognition
} from "./chunk-ZEJAKNRH.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/cli/commands/new.ts
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/render/scaffold.ts
function choices(vocab) {
  return Object.keys(vocab.values).join(" | ");
}
function block(lines, indent, commented = !0) {
  let width = Math.max(...lines.map((l) => l.text.length)) + 2, lead = commented ? `${indent}# ` : indent;
  return lines.map((l) => `${lead}${l.comment ? `${l.text.padEnd(width)}# ${l.comment}` : l.text}`).join(`
`);
}
var scaffoldOpenFamily = "ceasefire", common = (summary) => [
  { text: `  summary: ${summary}`, comment: "one line, in your own words" },
  { text: `  sources: [${placeholders.sourceKey}]`, comment: "keys declared under sources" }
], yesNo = "true | false", scaffoldFamilies = {
  sovereignty: [
    { text: "sovereignty:" },
    ...common(placeholderSummaries.sovereignty),
    { text: "  affirmed: true", comment: yesNo },
    { text: "  un_charter: true", comment: `${yesNo}: the UN Charter's principles` }
  ],
  ceasefire: [
    { text: "ceasefire:" },
    ...common(placeholderSummaries.ceasefire),
    { text: "  start: within", comment: choices(ceasefireStart) },
    { text: "  within: 30 days", comment: "with start: within; 30 days, 4 weeks, 18 months, 1 year" },
    { text: "  line: line-of-contact", comment: choices(ceasefireLine) },
    { text: "  monitoring: [international]", comment: choices(monitoring) },
    { text: "  scope: full", comment: choices(ceasefireScope) }
  ],
  recognition: [
    { text: "recognition:" },
    ...common(placeholderSummaries.recognition),
    { text: "  basis: line-of-contact", comment: choices(territorialBasis) },
    { text: "  scope: signatories", comment: choices(recognitionScope) },
    { text: "  instrument: agreement", comment: choices(recognitionInstrument) },
    {
      text: "  territories:",
      comment: "region keys: crimea, sevastopol, donetsk, luhansk, zaporizhzhia, kherson \u2026"
    },
    { text: "    donetsk:" },
    { text: "      status: frozen-at-line", comment: choices(territorialStatus) },
    { text: "      extent: russian-held-part", comment: choices(territorialExtent) },
    { text: "      zones:", comment: "a zone inside the region, one per kind" },
    { text: "        - kind: demilitarized", comment: choices(zoneKind) },
    { text: "          part: ukrainian-held-part", comment: choices(zonePart) },
    { text: "          share_pct: 30", comment: "per cent of the region" },
    { text: "          policed_by: [international]", comment: choices(zoneAuthority) },
    { text: "          recognized_as: undetermined", comment: choices(zoneRecognition) }
  ],
  elections: [
    { text: "elections:" },
    ...common(placeholderSummaries.elections),
    { text: "  within: 100 days", comment: `a duration, or ${choices(electionTiming)}` },
    { text: "  scope: [national]", comment: choices(electionScope) },
    { text: "  monitoring: international", comment: choices(electionMonitoring) }
  ],
  neutrality: [
    { text: "neutrality:" },
    ...common(placeholderSummaries.neutrality),
    { text: "  nato: barred", comment: choices(natoStance) },
    { text: "  eu: open", comment: choices(euStance) },
    { text: "  eu_target_date: 2027-01-01", comment: "a target date for accession" },
    { text: "  foreign_troops: nato-barred", comment: choices(foreignTroops) },
    { text: "  non_nuclear: true", comment: yesNo }
  ],
  security_package: [
    { text: "security_package:" },
    ...common(placeholderSummaries.security_package),
    { text: "  guarantee: article-5-like", comment: choices(guarantee) },
    { text: "  guarantors: [United States]", comment: "actors" },
    { text: "  guarantee_form: ratified-treaty", comment: choices(guaranteeForm) },
    { text: "  guarantee_term: 15 years", comment: "a duration" },
    { text: "  guarantee_renewable: true", comment: yesNo },
    { text: "  force_limits:", comment: "one entry per party" },
    { text: "    - party: Ukraine" },
    { text: "      troops: 800000", comment: "a number, none (explicitly no limit) or unspecified" },
    { text: "      applies: peacetime", comment: choices(forceScope) },
    { text: "  peacekeepers: european", comment: choices(peacekeepers) }
  ],
  sanctions: [
    { text: "sanctions:" },
    ...common(placeholderSummaries.sanctions),
    { text: "  relief: phased", comment: choices(sanctionsRelief) },
    { text: "  lifted_by: [united-states]", comment: choices(sanctionsAuthority) },
    { text: "  snapback: true", comment: yesNo },
    { text: "  frozen_assets: reconstruction-fund", comment: choices(frozenAssets) },
    { text: "  frozen_assets_amount: 100 bn USD", comment: "<number> <m|bn|tn> <USD|EUR|GBP>" }
  ],
  economy: [
    { text: "economy:" },
    ...common(placeholderSummaries.economy),
    { text: "  reconstruction_fund: 800 bn USD", comment: "<number> <m|bn|tn> <USD|EUR|GBP>" },
    { text: "  us_ukraine: [free-trade]", comment: choices(usUkraineAgreement) }
  ],
  energy_transit: [
    { text: "energy_transit:" },
    ...common(placeholderSummaries.energy_transit),
    { text: "  zaporizhzhia_npp: iaea-supervised", comment: choices(facilityControl) },
    { text: "  electricity_split: 50/50" }
  ],
  implementation: [
    { text: "implementation:" },
    ...common(placeholderSummaries.implementation),
    {
      text: "  order: [ceasefire, signature, referendum, ratification]",
      comment: choices(implementationStep)
    },
    { text: "  entry_into_force: after-ratification", comment: choices(entryIntoForce) },
    { text: "  ratification: [rada, us-congress]", comment: choices(ratifyingBody) },
    { text: "  oversight: [peace-council]", comment: choices(oversightBody) }
  ],
  signatories: [
    { text: "signatories:" },
    ...common(placeholderSummaries.signatories),
    { text: "  parties: [Ukraine, Russia, United States, Europe]", comment: "actors" }
  ],
  accountability: [
    { text: "accountability:" },
    ...common(placeholderSummaries.accountability),
    { text: "  amnesty: none", comment: choices(amnesty) },
    { text: "  tribunal: special-tribunal", comment: choices(tribunal) },
    { text: "  reparations: russia-pays", comment: choices(reparations) }
  ],
  humanitarian: [
    { text: "humanitarian:" },
    ...common(placeholderSummaries.humanitarian),
    { text: "  prisoners: all-for-all", comment: choices(prisonerExchange) },
    { text: "  children: true", comment: yesNo },
    { text: "  civilians: true", comment: yesNo }
  ],
  rights: [
    { text: "rights:" },
    ...common(placeholderSummaries.rights),
    { text: "  language: minority-rights", comment: choices(languageRegime) },
    { text: "  religion: eu-tolerance-rules", comment: choices(religionRegime) }
  ],
  other: [
    { text: "other:" },
    { text: "  - topic: closing-statement", comment: "kebab-case, unique; for what no family holds" },
    { text: "    summary: The parties declare the war over." },
    { text: "    sources: [example-source]" }
  ]
};
function scaffoldPlan(id, date, schemaPath, shownPath = `${id}.yaml`) {
  let clauses = Object.entries(scaffoldFamilies).map(([family, lines]) => block(lines, "  ", family !== scaffoldOpenFamily)).join(`

`);
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
status: reported                        # ${choices(planStatus)}
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

// src/cli/commands/new.ts
function targetDir(io, flag) {
  return resolve(io.cwd, flag ?? (io.env.PLANS_DIR || "plans"));
}
var schemaFileName = "plan.schema.json";
function runNew(id, io, plansDir) {
  if (!idPattern.test(id))
    throw new CliError(`"${id}" is not a valid plan id: use lowercase letters, digits and single hyphens`);
  let dir = targetDir(io, plansDir), file = join(dir, `${id}.yaml`), shown = displayPath(io, file), text = scaffoldPlan(id, (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), schemaFileName, shown);
  writeFile({ path: file, shown, create: !0, makeParents: !0, update: () => text });
  let lines = [`created ${shown}`];
  !sameDir(dir, bundledPlansDir()) && existsSync(join(bundledPlansDir(), `${id}.yaml`)) && lines.push(
    `${shown} hides the bundled plan "${id}" wherever ids are looked up (pick another id to compare with it)`
  );
  let schemaPath = join(dir, schemaFileName), schemaShown = displayPath(io, schemaPath), schema = readFileSync(join(packageRoot(), "schemas", schemaFileName), "utf8"), existing = readRegularFile(schemaPath);
  return existing.kind === "missing" ? (writeFile({ path: schemaPath, shown: schemaShown, create: !0, update: () => schema }), lines.push(`created ${schemaShown} (the JSON Schema editors check plans against)`)) : (existing.kind !== "file" || Buffer.from(existing.bytes).toString("utf8") !== schema) && lines.push(
    `${schemaShown} is not this version's schema; update it with: plans schema --out ${schemaShown}`
  ), lines.push(
    `fill in the particulars and sources, uncomment the clause families the plan addresses, then run: plans validate ${shown}`
  ), { output: `${lines.join(`
`)}
`, exitCode: exitCodes.ok };
}
export {
  runNew,
  schemaFileName
};
