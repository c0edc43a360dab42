/**
 * The plan file format as a zod schema. The input side (what a YAML file may hold) is what
 * `schemas/plan.schema.json` describes; the output side normalises durations to days.
 *
 * Conventions (see docs/plan-format.md):
 * - a clause family omitted = the plan is silent on it; a field omitted inside a clause = the
 *   plan is silent on that detail; `unspecified` = addressed, but vague;
 * - every clause has a one-line `summary` and cites `sources` declared at the top.
 */
import * as z from 'zod';
import { type Duration, durationPattern, parseDuration } from './duration.js';
import type { TypedFamily } from './families.js';
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

const isoDate = z.iso
  .date()
  .meta({ description: 'A real calendar date, YYYY-MM-DD (quoted or not; YAML 1.2 keeps it a string).' });

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

const count = z.int().min(0).max(100_000_000);

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
    preconditions: z
      .array(vocabEnum(v.ceasefirePrecondition))
      .min(1)
      .optional()
      .meta({ description: 'The typed conditions behind `condition`.' }),
    effective_date: isoDate.optional().meta({ description: 'A fixed date the ceasefire starts.' }),
    duration: duration
      .optional()
      .meta({ description: 'For a ceasefire of limited length (a 30-day truce).' }),
    line: vocabEnum(v.ceasefireLine).optional(),
    monitoring: z
      .array(vocabEnum(v.monitoring))
      .min(1)
      .optional()
      .meta({ description: 'Who or what watches the ceasefire; several may combine.' }),
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

const territory = z
  .strictObject({
    status: vocabEnum(v.territorialStatus),
    extent: vocabEnum(v.territorialExtent).optional(),
    recognized_by: z.array(actor).min(1).optional().meta({ description: 'Who recognises the status.' }),
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
    non_use_of_force: z
      .boolean()
      .optional()
      .meta({ description: 'Both sides pledge not to change the territorial arrangement by force.' }),
  })
  .meta({ description: 'What happens to territory, region by region.' });

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
    scope: z
      .array(vocabEnum(v.electionScope))
      .min(1)
      .optional()
      .meta({ description: 'Which votes are held.' }),
    monitoring: vocabEnum(v.electionMonitoring).optional(),
  })
  .meta({ description: 'Elections and referendums.' });

export const neutralityClause = z
  .strictObject({
    ...clauseBase,
    nato: vocabEnum(v.natoStance).optional(),
    nato_enlargement_halt: z
      .boolean()
      .optional()
      .meta({ description: 'NATO pledges not to expand further.' }),
    eu: vocabEnum(v.euStance).optional(),
    foreign_troops: vocabEnum(v.foreignTroops).optional(),
    non_nuclear: z
      .boolean()
      .optional()
      .meta({ description: 'Ukraine stays (or becomes) a non-nuclear state.' }),
  })
  .meta({ description: "Ukraine's alignment: NATO, EU, foreign forces, nuclear status." });

export const sanctionsClause = z
  .strictObject({
    ...clauseBase,
    relief: vocabEnum(v.sanctionsRelief).optional(),
    conditions: z
      .array(z.string().min(1).max(1000))
      .min(1)
      .optional()
      .meta({ description: 'What relief depends on, in plain words.' }),
    snapback: z.boolean().optional().meta({ description: 'Sanctions return if Russia attacks again.' }),
    new_sanctions_barred: z.boolean().optional().meta({ description: 'No new sanctions may be imposed.' }),
    frozen_assets: vocabEnum(v.frozenAssets).optional(),
    frozen_assets_usd_bn: z
      .number()
      .positive()
      .max(10_000)
      .optional()
      .meta({ description: 'Amount of frozen assets the clause assigns, in billions of US dollars.' }),
    g8_return: z.boolean().optional().meta({ description: 'Russia is invited back to the G8.' }),
  })
  .meta({ description: 'Sanctions on Russia and its frozen assets.' });

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
    guarantors: z.array(actor).min(1).optional().meta({ description: 'Who gives the guarantee.' }),
    guarantee_term: duration.optional().meta({ description: 'How long the guarantee lasts.' }),
    army_cap: z
      .union([count.min(1), vocabEnum(v.armyCapWord)], {
        error: 'expected a whole number of troops, "none" or "unspecified"',
      })
      .optional()
      .meta({
        description:
          "Cap on Ukraine's armed forces: a number of troops, `none` (explicitly no cap) or `unspecified` (a cap, size not given).",
      }),
    army_cap_scope: vocabEnum(v.armyCapScope).optional(),
    force_caps: z
      .array(forceCap)
      .min(1)
      .optional()
      .meta({ description: 'Competing offers of force limits, one per proposer (e.g. Istanbul 2022).' }),
    peacekeepers: vocabEnum(v.peacekeepers).optional(),
    non_aggression: z.boolean().optional().meta({ description: 'A non-aggression pact or pledge.' }),
  })
  .meta({ description: 'Security guarantees, force limits and peacekeeping.' });

const nppOption = z.strictObject({
  proposed_by: actor,
  control: vocabEnum(v.nppControl),
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
    zaporizhzhia_npp: vocabEnum(v.nppControl).optional(),
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
    infrastructure_truce: z
      .boolean()
      .optional()
      .meta({ description: 'Strikes on energy infrastructure stop.' }),
  })
  .meta({ description: 'Gas transit, the Zaporizhzhia plant and energy infrastructure.' });

export const otherProvision = z.strictObject({
  topic: z.string().regex(new RegExp(kebab)).max(60).meta({
    description: 'Short kebab-case topic, unique in the plan: amnesty, prisoner-exchange, language …',
  }),
  ...clauseBase,
});

export const clauseSchemas = {
  ceasefire: ceasefireClause,
  recognition: recognitionClause,
  elections: electionsClause,
  neutrality: neutralityClause,
  sanctions: sanctionsClause,
  security_package: securityPackageClause,
  energy_transit: energyTransitClause,
} as const satisfies Record<TypedFamily, z.ZodType>;

// The family names are declared in families.ts (no zod); `satisfies` checks the set, and
// tests/unit/schema.test.ts the order.
export { type Family, families, type TypedFamily } from './families.js';

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

export const planSchema = z
  .strictObject({
    id: planId,
    title: title.meta({ description: 'The plan’s name as readers know it.' }),
    proposed_by: z.array(actor).min(1).meta({ description: 'Who put the plan forward.' }),
    date: isoDate.meta({
      description:
        'When the plan was put forward or reported; a composite position takes its latest source’s date.',
    }),
    status: vocabEnum(v.planStatus),
    revises: planId.optional().meta({ description: 'Id of the plan this one revises; it must exist.' }),
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
          .meta({ description: 'Free-form provisions outside the seven families.' }),
      } as { [K in TypedFamily]: z.ZodOptional<(typeof clauseSchemas)[K]> } & {
        other: z.ZodOptional<z.ZodArray<typeof otherProvision>>;
      })
      .meta({ description: 'The clause families the plan addresses; an omitted family means silence.' }),
  })
  .meta({ title: 'Peace plan', description: 'One peace plan, as read by the `plans` tool.' });

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
