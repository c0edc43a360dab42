/**
 * The plan file format (format 2) as a zod schema. The input side (what a YAML file may hold)
 * is what `schemas/plan.schema.json` describes; the output side normalises durations to days
 * and amounts of money to billions. Files of format 1 are migrated before they reach this
 * schema (migrate.ts).
 *
 * Conventions (see docs/plan-format.md):
 * - a clause family omitted = the plan is silent on it; a field omitted inside a clause = the
 *   plan is silent on that detail; `unspecified` = addressed, but vague;
 * - every clause has a one-line `summary` and cites `sources` declared at the top.
 */
import * as z from 'zod';
import { type Duration, durationPattern, parseDuration } from './duration.js';
import { planFormat, type TypedFamily } from './families.js';
import { type Money, moneyPattern, parseMoney } from './money.js';
import { regionKeys, regions } from './regions.js';
import { dependentRules } from './rules.js';
import * as v from './vocab.js';

/** An enum schema built from a vocabulary, with the meanings in its description. */
const enumCache = new Map<string, z.ZodType>();
function vocabEnum<V extends string>(vocab: v.Vocabulary<V>): z.ZodEnum<{ [K in V]: K }> {
  const cached = enumCache.get(vocab.name);
  if (cached) return cached as z.ZodEnum<{ [K in V]: K }>;
  const lines = Object.entries<string>(vocab.values).map(([value, meaning]) => `${value}: ${meaning}`);
  const schema = z
    .enum(v.valuesOf(vocab))
    .meta({ id: vocab.name, description: `${vocab.description} ${lines.join(' · ')}` });
  enumCache.set(vocab.name, schema);
  return schema;
}

/** A list of values from a vocabulary (at least one). */
const vocabList = <V extends string>(vocab: v.Vocabulary<V>, description: string) =>
  z.array(vocabEnum(vocab)).min(1).optional().meta({ description });

const kebab = '^[a-z0-9]+(-[a-z0-9]+)*$';
const oneLine = '^[^\\n\\r]*$';

export const planId = z
  .string()
  .regex(new RegExp(kebab))
  .max(80)
  .meta({ description: 'Plan id: lowercase letters, digits and hyphens; equals the file name.' });

const sourceKey = z
  .string()
  .regex(new RegExp(kebab))
  .max(80)
  .meta({ description: 'Key of a source declared in the plan’s `sources`.' });

const actor = z
  .string()
  .regex(/^[A-Z0-9][A-Za-z0-9 .'&-]*$/)
  .max(60)
  .meta({ description: 'An actor: a state, bloc or organisation, e.g. United States, Russia, E3, OSCE.' });

const actors = (description: string) => z.array(actor).min(1).optional().meta({ description });

const isoDate = z.iso
  .date()
  .meta({ description: 'A real calendar date, YYYY-MM-DD (quoted or not; YAML 1.2 keeps it a string).' });

const flag = (description: string) => z.boolean().optional().meta({ description });

const title = z.string().min(1).max(300).regex(new RegExp(oneLine));

const summary = z
  .string()
  .min(1)
  .max(1000)
  .regex(new RegExp(oneLine))
  .meta({ description: 'What the clause says, in one line of plain words.' });

const note = z.string().min(1).max(4000).meta({ description: 'Free-text caveat or context.' });

const sourceList = z
  .array(sourceKey)
  .min(1)
  .meta({ description: 'Keys of the declared sources this rests on (at least one).' });

/** A duration string, normalised to days. */
export const durationText = z
  .string()
  .regex(new RegExp(durationPattern))
  .transform((text): Duration => parseDuration(text)!)
  .meta({
    id: 'duration',
    description:
      'A period as people write it: `30 days`, `4 weeks`, `18 months`, `1 year`, `24 hours`. Normalised to days (month = 30 days, year = 365).',
  });

/** A duration, or `unspecified` for "a fixed period" with no number. */
export const duration = z.union([durationText, z.literal('unspecified')], {
  error: 'expected a duration such as "30 days", "4 weeks", "18 months", or "unspecified"',
});

/** An amount of money, normalised to billions of its currency. */
export const money = z
  .string()
  .regex(new RegExp(moneyPattern), {
    error: 'expected an amount such as "100 bn USD", "210 bn EUR" or "500 m GBP"',
  })
  .transform((text): Money => parseMoney(text)!)
  .meta({
    id: 'money',
    description:
      'An amount as `<number> <m|bn|tn> <USD|EUR|GBP>`: `100 bn USD`, `210 bn EUR`. Compared in billions; different currencies are not converted.',
  });

const count = z.int().min(0).max(100_000_000);

/** A number of troops, or `none` (explicitly no limit) or `unspecified` (a limit of no stated size). */
const troops = z.union([count.min(1), vocabEnum(v.armyCapWord)], {
  error: 'expected a whole number of troops, "none" or "unspecified"',
});

const disputed = z
  .array(
    z.strictObject({
      field: z
        .string()
        .regex(/^[a-z0-9_.-]+$/)
        .max(120)
        .meta({ description: 'The field (or dotted path inside the clause) the sources disagree on.' }),
      claim: z.string().min(1).max(2000).meta({ description: 'What the other sources say, in plain words.' }),
      sources: sourceList,
    }),
  )
  .min(1)
  .meta({
    description:
      'Where sources contradict the encoded value: the value in the clause is the best-supported one; each entry records a competing account.',
  });

/** Fields every clause family carries. */
const clauseBase = {
  summary,
  sources: sourceList,
  note: note.optional(),
  disputed: disputed.optional(),
};

export const sovereigntyClause = z
  .strictObject({
    ...clauseBase,
    affirmed: flag("Ukraine's sovereignty is affirmed (point 1 of the 28 and of the 20 points)."),
    un_charter: flag(
      "The settlement rests on the UN Charter's principles (sovereignty, territorial integrity).",
    ),
    past_disputes_settled: flag('Disputes of the past decades are declared settled.'),
  })
  .meta({ description: "Ukraine's sovereignty and the principles the settlement rests on." });

export const ceasefireClause = z
  .strictObject({
    ...clauseBase,
    start: vocabEnum(v.ceasefireStart),
    within: duration.optional().meta({ description: 'Required when `start` is `within`.' }),
    condition: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: 'What the ceasefire waits for; required when `start` is `conditional`.' }),
    preconditions: vocabList(v.ceasefirePrecondition, 'The typed conditions behind `condition`.'),
    effective_date: isoDate.optional().meta({ description: 'A fixed date the ceasefire starts.' }),
    end_date: isoDate.optional().meta({ description: 'The date a truce of limited length ends.' }),
    duration: duration
      .optional()
      .meta({ description: 'For a ceasefire of limited length (a 30-day truce).' }),
    line: vocabEnum(v.ceasefireLine).optional(),
    monitoring: vocabList(v.monitoring, 'Who or what watches the ceasefire; several may combine.'),
    scope: vocabEnum(v.ceasefireScope).optional(),
    heavy_weapons_pullback_km: z
      .strictObject(
        Object.fromEntries(
          v
            .valuesOf(v.weaponClass)
            .map((w) => [
              w,
              z.number().positive().max(1000).optional().meta({ description: v.weaponClass.values[w] }),
            ]),
        ) as Record<keyof typeof v.weaponClass.values, z.ZodOptional<z.ZodNumber>>,
      )
      .optional()
      .meta({ description: 'Width in km of the zone each weapon class is pulled back to create.' }),
    pullback_within: duration.optional().meta({ description: 'Deadline for the heavy-weapons pull-back.' }),
  })
  .superRefine((clause, ctx) => {
    for (const rule of dependentRules) {
      const c = clause as Record<string, unknown>;
      if (c[rule.field] === rule.equals && c[rule.requires] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [rule.field],
          message: `${rule.field}: ${rule.equals} needs a "${rule.requires}" field: ${rule.why}`,
          params: { code: 'requires-field' },
        });
      }
    }
  })
  .meta({ description: 'When and how the fighting stops.' });

const zone = z
  .strictObject({
    kind: vocabEnum(v.zoneKind),
    part: vocabEnum(v.zonePart).optional(),
    share_pct: z.number().positive().max(100).optional().meta({
      description: 'The share of the region the zone covers, in per cent (≈30 for the Donetsk zone).',
    }),
    administered_by: vocabEnum(v.zoneAuthority).optional(),
    policed_by: vocabList(v.zoneAuthority, 'Who polices the zone; several may combine.'),
    pullback_km: z
      .array(z.number().positive().max(1000))
      .min(1)
      .optional()
      .meta({ description: 'Staged pull-back distances in km (e.g. 5, 10, 40).' }),
    recognized_as: vocabEnum(v.zoneRecognition).optional(),
    note: note.optional(),
  })
  .meta({ id: 'zone', description: 'A zone inside a region, with its own regime.' });

const territory = z
  .strictObject({
    status: vocabEnum(v.territorialStatus),
    extent: vocabEnum(v.territorialExtent).optional(),
    recognized_by: actors('Who recognises the status.'),
    zones: z
      .array(zone)
      .min(1)
      .optional()
      .meta({ description: 'Zones inside the region, one per kind (the Donetsk demilitarised zone).' }),
    note: note.optional(),
  })
  .meta({ id: 'territory', description: 'What the plan does with one region.' });

export const recognitionClause = z
  .strictObject({
    ...clauseBase,
    basis: vocabEnum(v.territorialBasis).optional(),
    territories: z
      .strictObject(
        Object.fromEntries(
          regionKeys.map((key) => [key, territory.optional().meta({ description: regions[key].name })]),
        ) as Record<keyof typeof regions, z.ZodOptional<typeof territory>>,
      )
      .optional()
      .meta({ description: 'Region by region; a region left out is one the plan is silent on.' }),
    scope: vocabEnum(v.recognitionScope).optional(),
    instrument: vocabEnum(v.recognitionInstrument).optional(),
    revocable: flag('The recognition lapses if the agreement is broken (e.g. by a new invasion).'),
    non_use_of_force: flag('Both sides pledge not to change the territorial arrangement by force.'),
  })
  .meta({ description: 'What happens to territory, region by region, and who recognises it.' });

export const electionsClause = z
  .strictObject({
    ...clauseBase,
    within: z
      .union([durationText, vocabEnum(v.electionTiming)], {
        error: 'expected a duration such as "100 days", "as-soon-as-possible" or "unspecified"',
      })
      .optional()
      .meta({ description: 'How soon the vote is held.' }),
    after: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: 'What starts the clock, in plain words.' }),
    scope: vocabList(v.electionScope, 'Which votes are held.'),
    monitoring: vocabEnum(v.electionMonitoring).optional(),
  })
  .meta({ description: 'Elections.' });

export const neutralityClause = z
  .strictObject({
    ...clauseBase,
    nato: vocabEnum(v.natoStance).optional(),
    nato_enlargement_halt: flag('NATO pledges not to expand further.'),
    russia_nato_dialogue: flag('A Russia–NATO dialogue on security is set up (mediated or not).'),
    eu: vocabEnum(v.euStance).optional(),
    eu_target_date: isoDate.optional().meta({ description: 'A target date for EU accession.' }),
    eu_market_access: flag('Short-term preferential access to the EU market while accession is considered.'),
    foreign_troops: vocabEnum(v.foreignTroops).optional(),
    non_nuclear: flag('Ukraine stays (or becomes) a non-nuclear state.'),
  })
  .meta({ description: "Ukraine's alignment: NATO, the EU, foreign forces, nuclear status." });

const forceLimit = z
  .strictObject({
    party: actor.meta({ description: 'Whose forces are limited: Ukraine, Russia.' }),
    troops: troops.optional().meta({ description: 'Most troops (personnel) the party may have.' }),
    applies: vocabEnum(v.forceScope).optional(),
    tanks: count.optional().meta({ description: 'Most tanks.' }),
    artillery: count.optional().meta({ description: 'Most artillery pieces.' }),
    combat_aircraft: count.optional().meta({ description: 'Most combat aircraft.' }),
    missile_range_km: count.optional().meta({ description: 'Longest missile range allowed, in km.' }),
    long_range_weapons: vocabEnum(v.weaponsRule).optional(),
    defence_industry: vocabEnum(v.weaponsRule).optional(),
    note: note.optional(),
  })
  .meta({ id: 'force-limit', description: "Limits on one party's armed forces." });

const forceCap = z.strictObject({
  proposed_by: actor.meta({ description: 'Who proposed these numbers.' }),
  troops: count.optional().meta({ description: 'Maximum number of troops.' }),
  tanks: count.optional().meta({ description: 'Maximum number of tanks.' }),
  artillery: count.optional().meta({ description: 'Maximum number of artillery pieces.' }),
  combat_aircraft: count.optional().meta({ description: 'Maximum number of combat aircraft.' }),
  missile_range_km: count.optional().meta({ description: 'Maximum missile range, in km.' }),
  note: note.optional(),
});

export const securityPackageClause = z
  .strictObject({
    ...clauseBase,
    guarantee: vocabEnum(v.guarantee).optional(),
    guarantors: actors('Who gives the guarantee.'),
    guarantee_form: vocabEnum(v.guaranteeForm).optional(),
    guarantee_term: duration.optional().meta({ description: 'How long the guarantee lasts.' }),
    guarantee_renewable: flag('The guarantee can be renewed at the end of its term.'),
    guarantee_starts: vocabEnum(v.guaranteeStart).optional(),
    guarantee_trigger: vocabEnum(v.guaranteeTrigger).optional(),
    guarantee_response: vocabList(v.guaranteeResponse, 'What the guarantors do when it is set off.'),
    guarantee_backstop: actors(
      'Who backs up the guarantors (e.g. the United States behind a European force).',
    ),
    guarantee_void_if: vocabList(v.guaranteeVoid, 'What voids the guarantee.'),
    guarantee_compensated: flag('The guarantor is paid for the guarantee.'),
    force_limits: z
      .array(forceLimit)
      .min(1)
      .optional()
      .meta({ description: "Limits on each party's forces, one entry per party (Ukraine, Russia)." }),
    force_caps: z
      .array(forceCap)
      .min(1)
      .optional()
      .meta({ description: 'Competing offers of force limits, one per proposer (e.g. Istanbul 2022).' }),
    peacekeepers: vocabEnum(v.peacekeepers).optional(),
    allied_aircraft: vocabEnum(v.aircraftBasing).optional(),
    non_aggression: flag('A non-aggression pact or pledge.'),
    non_aggression_parties: actors('Who the non-aggression pact binds.'),
    non_aggression_law: actors(
      'Who writes non-aggression into national law (e.g. Russia, ratified by the Duma).',
    ),
    arms_control: flag('The US and Russia extend nuclear arms-control treaties (New START).'),
  })
  .meta({ description: 'Security guarantees, limits on forces and peacekeeping.' });

const frozenShare = z.strictObject({
  to: actor.meta({ description: 'Who receives the share: a state, a fund or a vehicle.' }),
  share_pct: z.number().positive().max(100).optional().meta({ description: 'Its share, in per cent.' }),
  amount: money.optional(),
  note: note.optional(),
});

export const sanctionsClause = z
  .strictObject({
    ...clauseBase,
    relief: vocabEnum(v.sanctionsRelief).optional(),
    lifted_by: vocabList(v.sanctionsAuthority, 'Whose sanctions the relief is about.'),
    relief_conditions: vocabList(v.reliefCondition, 'The typed conditions relief waits for.'),
    conditions: z
      .array(z.string().min(1).max(1000))
      .min(1)
      .optional()
      .meta({ description: 'What relief depends on, in plain words.' }),
    snapback: flag('Sanctions return if Russia attacks again.'),
    new_sanctions_barred: flag('No new sanctions may be imposed.'),
    frozen_assets: vocabEnum(v.frozenAssets).optional(),
    frozen_assets_amount: money
      .optional()
      .meta({ description: 'How much of the frozen assets the clause assigns.' }),
    frozen_assets_shares: z.array(frozenShare).min(1).optional().meta({
      description: 'Who gets what of the frozen assets (or of their profits), one entry per beneficiary.',
    }),
    g8_return: flag('Russia is invited back to the G8.'),
  })
  .meta({ description: 'Sanctions on Russia and its frozen assets.' });

export const economyClause = z
  .strictObject({
    ...clauseBase,
    reconstruction_fund: money
      .optional()
      .meta({ description: 'The size of the reconstruction (or "prosperity") fund.' }),
    development_fund: flag('A Ukraine development fund invests in its economy.'),
    us_ukraine: vocabList(v.usUkraineAgreement, 'Economic agreements between the United States and Ukraine.'),
    us_russia_cooperation: flag('The US and Russia agree on long-term economic cooperation.'),
    russia_reintegration: flag('Russia returns to the world economy.'),
    dnipro_passage: flag('Ukraine may use the Dnipro for commerce without Russian obstruction.'),
    black_sea_shipping: flag('Shipping (grain) moves freely across the Black Sea.'),
  })
  .meta({ description: 'Reconstruction, trade and economic cooperation.' });

const nppOption = z.strictObject({
  proposed_by: actor,
  control: vocabEnum(v.facilityControl),
  electricity_split: z
    .string()
    .regex(/^[0-9]{1,3}(\/[0-9]{1,3}){1,3}$/)
    .optional()
    .meta({ description: 'How this proposal shares the plant’s electricity, e.g. `50/50`.' }),
  note: note.optional(),
});

export const energyTransitClause = z
  .strictObject({
    ...clauseBase,
    gas_transit: vocabEnum(v.gasTransit).optional(),
    term: duration.optional().meta({ description: 'How long the transit arrangement runs.' }),
    gas_infrastructure: vocabEnum(v.facilityControl).optional(),
    zaporizhzhia_npp: vocabEnum(v.facilityControl).optional(),
    zaporizhzhia_npp_options: z
      .array(nppOption)
      .min(1)
      .optional()
      .meta({ description: 'Competing proposals for the plant, one per proposer.' }),
    electricity_split: z
      .string()
      .regex(/^[0-9]{1,3}(\/[0-9]{1,3}){1,3}$/)
      .optional()
      .meta({ description: 'How the plant’s electricity is shared, e.g. `50/50`.' }),
    kakhovka_dam: vocabEnum(v.facilityControl).optional(),
    infrastructure_truce: flag('Strikes on energy infrastructure stop.'),
  })
  .meta({ description: 'Gas, the Zaporizhzhia plant, the Kakhovka dam and energy infrastructure.' });

export const implementationClause = z
  .strictObject({
    ...clauseBase,
    order: z
      .array(vocabEnum(v.implementationStep))
      .min(2)
      .optional()
      .meta({ description: 'The steps of the settlement in the order the plan puts them.' }),
    entry_into_force: vocabEnum(v.entryIntoForce).optional(),
    legally_binding: flag('The agreement is legally binding.'),
    ratification: vocabList(v.ratifyingBody, 'Who must ratify.'),
    unsc_resolution: flag('The UN Security Council endorses the agreement.'),
    referendum: vocabEnum(v.referendumSubject).optional(),
    referendum_with_elections: flag('The referendum is held together with the elections.'),
    ceasefire_before_vote: duration
      .optional()
      .meta({ description: 'How long a ceasefire must hold before a vote (Ukraine asks 60 days).' }),
    oversight: vocabList(v.oversightBody, 'Bodies that oversee implementation.'),
    deadline: isoDate
      .optional()
      .meta({ description: 'The date by which the agreement is to be reached or signed.' }),
  })
  .meta({ description: 'Sequencing, ratification, entry into force and oversight.' });

export const signatoriesClause = z
  .strictObject({
    ...clauseBase,
    parties: actors('Who signs ("Europe" and the European Union are different signatories).'),
    documents: z
      .int()
      .min(1)
      .max(50)
      .optional()
      .meta({ description: 'How many separate documents the settlement is split into.' }),
    legitimacy_disputed: actors(
      "Signatories whose authority to sign another party disputes (Russia's claim about Ukraine's president).",
    ),
  })
  .meta({ description: 'Who signs, and whose signature is disputed.' });

export const accountabilityClause = z
  .strictObject({
    ...clauseBase,
    amnesty: vocabEnum(v.amnesty).optional(),
    tribunal: vocabEnum(v.tribunal).optional(),
    reparations: vocabEnum(v.reparations).optional(),
    compensation_mechanism: flag('An international mechanism to compensate the damage is set up.'),
  })
  .meta({ description: 'Amnesty, justice and reparations.' });

export const humanitarianClause = z
  .strictObject({
    ...clauseBase,
    prisoners: vocabEnum(v.prisonerExchange).optional(),
    civilians: flag('Civilian detainees and hostages are released.'),
    children: flag('Deported children are returned.'),
    political_prisoners: flag('Political prisoners are released.'),
    remains: flag('The remains of the dead are exchanged.'),
    family_reunification: flag('Families are reunited.'),
  })
  .meta({ description: 'Prisoners, civilians, children and the dead.' });

export const rightsClause = z
  .strictObject({
    ...clauseBase,
    language: vocabEnum(v.languageRegime).optional(),
    religion: vocabEnum(v.religionRegime).optional(),
    nazism_ban: vocabEnum(v.nazismBan).optional(),
    tolerance_education: flag('Schools teach tolerance between the peoples.'),
    media_rights: flag('Discriminatory measures against Russian and Ukrainian media and education end.'),
  })
  .meta({ description: 'Language, religion, minorities and the ban on Nazi ideology.' });

export const otherProvision = z.strictObject({
  topic: z.string().regex(new RegExp(kebab)).max(60).meta({
    description: 'Short kebab-case topic, unique in the plan: rhetoric, or provisions no family holds.',
  }),
  ...clauseBase,
});

export const clauseSchemas = {
  sovereignty: sovereigntyClause,
  ceasefire: ceasefireClause,
  recognition: recognitionClause,
  elections: electionsClause,
  neutrality: neutralityClause,
  security_package: securityPackageClause,
  sanctions: sanctionsClause,
  economy: economyClause,
  energy_transit: energyTransitClause,
  implementation: implementationClause,
  signatories: signatoriesClause,
  accountability: accountabilityClause,
  humanitarian: humanitarianClause,
  rights: rightsClause,
} as const satisfies Record<TypedFamily, z.ZodType>;

// The family names are declared in families.ts (no zod); `satisfies` checks the set, and
// tests/unit/schema.test.ts the order.
export { type Family, families, planFormat, type TypedFamily } from './families.js';

export const source = z.strictObject({
  title: title.meta({ description: 'Headline or document title.' }),
  publisher: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The outlet or body that published it.' }),
  published: isoDate.optional().meta({ description: 'Publication date.' }),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/)
    .max(2000)
    .optional()
    .meta({ description: 'Where to read it (http or https).' }),
  file: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/)
    .max(300)
    .optional()
    .meta({ description: 'A local copy, relative to the repository.' }),
  flags: z
    .array(vocabEnum(v.sourceFlag))
    .min(1)
    .optional()
    .meta({ description: 'Caveats about the source.' }),
  note: note.optional(),
});

const reaffirmation = z.strictObject({
  plan: planId.meta({
    description: 'An earlier plan of the same party whose terms this one reaffirms.',
  }),
  sources: sourceList.meta({ description: 'Sources that show the reaffirmation.' }),
  note: note.optional(),
});

export const planSchema = z
  .strictObject({
    format: z.literal(planFormat).meta({
      description: 'The format version of the file (2). Files without it are format 1: run `plans migrate`.',
    }),
    id: planId,
    title: title.meta({ description: 'The plan’s name as readers know it.' }),
    proposed_by: z.array(actor).min(1).meta({ description: 'Who put the plan forward.' }),
    date: isoDate.meta({
      description:
        'When the plan was put forward or reported; a composite position takes its latest source’s date.',
    }),
    status: vocabEnum(v.planStatus),
    revises: planId.optional().meta({ description: 'Id of the plan this one revises; it must exist.' }),
    reaffirms: z.array(reaffirmation).min(1).optional().meta({
      description:
        'Earlier plans of the same party whose terms this one keeps: what this plan leaves unsaid is taken from them; what it says overrides them.',
    }),
    points: z.int().min(1).max(1000).optional().meta({ description: 'Number of points the text has.' }),
    note: note.optional(),
    disputed: disputed.optional(),
    sources: z
      .record(z.string().regex(new RegExp(kebab)).max(80), source)
      .meta({ description: 'Every source the plan cites, declared once and keyed by a short name.' }),
    clauses: z
      .strictObject({
        ...Object.fromEntries(Object.entries(clauseSchemas).map(([k, s]) => [k, s.optional()])),
        other: z
          .array(otherProvision)
          .min(1)
          .optional()
          .meta({ description: 'Provisions no family holds, and rhetoric, each under a topic.' }),
      } as { [K in TypedFamily]: z.ZodOptional<(typeof clauseSchemas)[K]> } & {
        other: z.ZodOptional<z.ZodArray<typeof otherProvision>>;
      })
      .meta({ description: 'The clause families the plan addresses; an omitted family means silence.' }),
  })
  .meta({ title: 'Peace plan', description: 'One peace plan, as read by the `plans` tool (format 2).' });

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Clauses = Plan['clauses'];
export type Source = z.output<typeof source>;

/**
 * Validate a plan object: `planSchema` plus one guard. zod's `z.record` skips an own
 * `__proto__` key without checking it (a YAML parser makes it an ordinary own key), while the
 * key pattern — and the JSON Schema's `propertyNames` — rejects it. Use this, not
 * `planSchema.safeParse`, so the validator and the JSON Schema agree.
 */
export function parsePlan(input: unknown): z.ZodSafeParseResult<Plan> {
  const result = planSchema.safeParse(input);
  const sources = (input as { sources?: unknown } | null)?.sources;
  if (sources === null || typeof sources !== 'object' || !Object.hasOwn(sources, '__proto__')) return result;
  // The issue zod gives for any other bad source key; the loader words and places it as such.
  const issue: z.core.$ZodIssue = {
    code: 'invalid_key',
    origin: 'record',
    issues: [],
    path: ['sources', '__proto__'],
    message: 'Invalid key in record',
    input: sources,
  };
  const issues = result.success ? [issue] : [...result.error.issues, issue];
  return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<Plan>;
}
