/**
 * fast-check arbitraries for *valid plan inputs*: plain objects as a YAML plan file holds them
 * (durations as `"30 days"`, dates as `"YYYY-MM-DD"` strings, enums as their words).
 *
 * Everything closed is read from the schema modules, so a value added to a vocabulary, a region
 * added to `regions.ts`, a unit added to the duration syntax or a rule added to `rules.ts` is
 * generated without touching this file (a dependent rule on a field this file does not model
 * throws, rather than silently generating invalid clauses).
 *
 * What holds for every generated plan, beyond `planSchema`:
 * - every cited source key is declared in `sources` (the loader's `undeclared-source` rule);
 * - keyed lists have unique keys (`other[].topic`, `force_caps[].proposed_by`,
 *   `force_limits[].party`, `zones[].kind`, `frozen_assets_shares[].to`,
 *   `zaporizhzhia_npp_options[].proposed_by`, `disputed[].field`);
 * - every dependent rule (`start: within` → `within`, …) is satisfied.
 * Loader warnings (`unused-source`, `all-unspecified`) may occur; they are not errors.
 * `arbPlan` never sets `revises` (its target would have to exist in the same corpus); the
 * differential test uses `planArbitrary({ revises: true })`. The id is not tied to a file name:
 * load with `expectedId: plan.id`.
 */
import fc from 'fast-check';
import { durationPattern } from '../src/schema/duration.js';
import type { PlanInput } from '../src/schema/plan.js';
import { regionKeys } from '../src/schema/regions.js';
import { dependentRules } from '../src/schema/rules.js';
import * as v from '../src/schema/vocab.js';

type Obj = Record<string, unknown>;
type Model = Record<string, fc.Arbitrary<unknown>>;

const plain = { noNullPrototype: true } as const;

// ---------------------------------------------------------------------------------------------
// Scalars

/** Any value of a vocabulary. */
export function arbVocab<V extends string>(vocab: v.Vocabulary<V>): fc.Arbitrary<V> {
  return fc.constantFrom(...v.valuesOf(vocab));
}

/** A non-empty list of distinct values of a vocabulary. */
function arbVocabList<V extends string>(vocab: v.Vocabulary<V>): fc.Arbitrary<V[]> {
  return fc.uniqueArray(arbVocab(vocab), { minLength: 1, maxLength: Math.min(4, v.valuesOf(vocab).length) });
}

const words = [
  'peace',
  'talks',
  'front',
  'border',
  'grain',
  'corridor',
  'amnesty',
  'prisoner',
  'exchange',
  'reconstruction',
  'council',
  'summit',
  'reuters',
  'tass',
  'kyiv',
  'geneva',
  'miami',
  'istanbul',
  '2025',
  'text',
] as const;

const kebabRegex = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case key (plan ids, source keys, topics): readable words or anything the pattern allows. */
export function arbKebab(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc
          .array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 })
          .map((w) => w.join('-')),
      },
      { weight: 1, arbitrary: fc.stringMatching(kebabRegex, { maxLength }) },
    )
    .filter((s) => s.length >= 1 && s.length <= maxLength && kebabRegex.test(s));
}

export const arbPlanId = arbKebab(80);
export const arbSourceKey = arbKebab(80);

const actorRegex = /^[A-Z0-9][A-Za-z0-9 .'&-]*$/;
/** An actor: a real name most of the time, anything the pattern allows otherwise. */
export const arbActor: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'United States',
      'Russia',
      'Ukraine',
      'E3',
      'OSCE',
      'China',
      'Turkey',
      'Coalition of the Willing',
      "People's Republic of China",
      'U.K.',
      'Bosnia & Herzegovina',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.stringMatching(actorRegex, { maxLength: 60 }).filter((s) => s.length <= 60),
  },
);

const codePoints = (s: string) => [...s].length;

/** One line of text, 1..max code points (zod and JSON Schema both count code points). */
export function arbLine(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.lorem({ maxCount: 12, mode: 'words' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
    )
    .filter((s) => s.length >= 1 && codePoints(s) <= max && !/[\n\r]/.test(s));
}

/** Free text that may span lines (notes, conditions, claims). */
export function arbText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.lorem({ maxCount: 3, mode: 'sentences' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }) },
    )
    .filter((s) => s.length >= 1 && codePoints(s) <= max);
}

/** The units of the duration syntax, read from its pattern: `(hour|day|…)`. */
const durationUnits = (() => {
  const group = /\(([a-z|]+)\)s\?\$$/.exec(durationPattern)?.[1];
  if (!group) throw new Error(`tests/arbitraries.ts cannot read the units of ${durationPattern}`);
  return group.split('|') as [string, ...string[]];
})();

/** A duration as people write it (`30 days`, `1 year`, `1.5 months`), or any string the syntax allows. */
export const arbDurationText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(...durationUnits))
      .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...durationUnits),
      )
      .map(([n, d, unit]) => `${n}.${d} ${unit}s`),
  },
  { weight: 1, arbitrary: fc.stringMatching(new RegExp(durationPattern), { maxLength: 24 }) },
);

/** A duration or `unspecified` (the `duration` type of the format). */
export const arbDuration: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: arbDurationText },
  { weight: 1, arbitrary: fc.constant('unspecified') },
);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A real calendar date, `YYYY-MM-DD`: mostly recent, sometimes any year 0000–9999 (leap days included). */
export const arbIsoDate: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(isoDay),
  },
  {
    weight: 1,
    arbitrary: fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(isoDay),
  },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2000-02-29', '2025-12-31', '1991-08-24') },
);

/** An amount of money, `<number> <m|bn|tn> <USD|EUR|GBP>`. */
export const arbMoney: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 5000 }).map(String), fc.constantFrom('0.5', '12.75', '100', '210')),
    fc.constantFrom('m', 'bn', 'tn'),
    fc.constantFrom('USD', 'EUR', 'GBP'),
  )
  .map(([n, scale, currency]) => `${n} ${scale} ${currency}`);

const arbPercent = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.double({ min: 0.1, max: 100, noNaN: true, noDefaultInfinity: true }),
);

const arbKm = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.double({ min: 0.1, max: 1000, noNaN: true, noDefaultInfinity: true }),
);
const arbCount = fc.integer({ min: 0, max: 100_000_000 });
const arbSplit = fc
  .array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 4 })
  .map((parts) => parts.join('/'));
const arbUrl = fc.oneof(
  fc.constantFrom('https://www.reuters.com/world/europe/', 'http://kremlin.ru/events/president/news/70000'),
  fc.webUrl().filter((u) => /^https?:\/\/[^\s]+$/.test(u) && u.length <= 2000),
);
const arbFile = fc
  .stringMatching(/^[A-Za-z0-9._/-]+$/, { maxLength: 300 })
  .filter((s) => s.length >= 1 && s.length <= 300);

// ---------------------------------------------------------------------------------------------
// Building blocks

/**
 * A record whose `required` keys are always present and whose other keys come and go. Objects
 * have Object.prototype (as the YAML parser builds them).
 */
function arbObject(model: Model, required: readonly string[]): fc.Arbitrary<Obj> {
  return fc.record(model, { requiredKeys: [...required], ...plain }) as fc.Arbitrary<Obj>;
}

/** A mapping from a subset of `keys` to values. */
function arbKeyed(keys: readonly [string, ...string[]], value: fc.Arbitrary<unknown>, maxKeys: number) {
  return fc.dictionary(fc.constantFrom(...keys), value, { maxKeys, ...plain });
}

/**
 * A citation whose keys are not known yet: 1..3 picks, resolved against the declared keys by
 * `resolveCitations` once the plan's sources are drawn. (Building the clause arbitraries inside
 * a `chain` over the keys would rebuild every arbitrary for every plan: ten times slower.)
 */
class Citation {
  constructor(readonly picks: readonly number[]) {}
}
const arbCited: fc.Arbitrary<unknown> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 3 })
  .map((picks) => new Citation(picks));

/** Replace every citation in `value` by distinct keys from `keys` (non-empty). */
function resolveCitations(value: unknown, keys: readonly string[]): unknown {
  if (value instanceof Citation) return [...new Set(value.picks.map((i) => keys[i % keys.length]!))];
  if (Array.isArray(value)) return value.map((item) => resolveCitations(item, keys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, resolveCitations(item, keys)]));
  }
  return value;
}

/** Source keys for clause arbitraries used on their own (outside `planArbitrary`). */
type Keys = readonly [string, ...string[]];
function cited<T>(arb: fc.Arbitrary<T>, keys: Keys): fc.Arbitrary<T> {
  return arb.map((value) => resolveCitations(value, keys) as T);
}

const disputedFields = fc.oneof(
  fc.constantFrom(
    'points',
    'start',
    'within',
    'territories.donetsk.status',
    'force_limits.troops',
    'nato',
    'date',
  ),
  fc.stringMatching(/^[a-z0-9_.-]+$/, { maxLength: 120 }).filter((s) => s.length >= 1 && s.length <= 120),
);

const arbDisputed: fc.Arbitrary<Obj[]> = fc.uniqueArray(
  arbObject({ field: disputedFields, claim: arbText(2000), sources: arbCited }, [
    'field',
    'claim',
    'sources',
  ]),
  { minLength: 1, maxLength: 3, selector: (d) => d.field },
);

const clauseBase: Model = {
  summary: arbLine(1000),
  sources: arbCited,
  note: arbText(4000),
  disputed: arbDisputed,
};

/**
 * A clause of `family`: its required fields always, optional ones at random, and every
 * dependent rule of `rules.ts` for the family satisfied (the required field is filled in from
 * a complete draw of the model whenever the triggering value was drawn).
 */
function clauseOf(family: string, model: Model, required: readonly string[]): fc.Arbitrary<Obj> {
  const rules = dependentRules.filter((r) => r.family === family);
  for (const rule of rules) {
    if (!(rule.requires in model) || !(rule.field in model)) {
      throw new Error(
        `tests/arbitraries.ts: dependent rule ${rule.field} → ${rule.requires} names a field not modelled`,
      );
    }
  }
  const drawn = arbObject(model, ['summary', 'sources', ...required]);
  if (rules.length === 0) return drawn;
  return fc.tuple(drawn, arbObject(model, Object.keys(model))).map(([clause, full]) => {
    for (const rule of rules) {
      if (clause[rule.field] === rule.equals && clause[rule.requires] === undefined) {
        clause[rule.requires] = full[rule.requires];
      }
    }
    return clause;
  });
}

// ---------------------------------------------------------------------------------------------
// Clause families

const flag = fc.boolean();
const arbActors = (max: number) => fc.uniqueArray(arbActor, { minLength: 1, maxLength: max });

const draftSovereignty: fc.Arbitrary<Obj> = clauseOf(
  'sovereignty',
  { ...clauseBase, affirmed: flag, un_charter: flag, past_disputes_settled: flag },
  [],
);

const draftCeasefire: fc.Arbitrary<Obj> = clauseOf(
  'ceasefire',
  {
    ...clauseBase,
    start: arbVocab(v.ceasefireStart),
    within: arbDuration,
    condition: arbText(1000),
    preconditions: arbVocabList(v.ceasefirePrecondition),
    effective_date: arbIsoDate,
    end_date: arbIsoDate,
    duration: arbDuration,
    line: arbVocab(v.ceasefireLine),
    monitoring: arbVocabList(v.monitoring),
    scope: arbVocab(v.ceasefireScope),
    heavy_weapons_pullback_km: arbKeyed(v.valuesOf(v.weaponClass), arbKm, 5),
    pullback_within: arbDuration,
  },
  ['start'],
);

const arbZone = arbObject(
  {
    kind: arbVocab(v.zoneKind),
    part: arbVocab(v.zonePart),
    share_pct: arbPercent,
    administered_by: arbVocab(v.zoneAuthority),
    policed_by: arbVocabList(v.zoneAuthority),
    pullback_km: fc.array(arbKm, { minLength: 1, maxLength: 3 }),
    recognized_as: arbVocab(v.zoneRecognition),
    note: arbText(4000),
  },
  ['kind'],
);

export const arbTerritory: fc.Arbitrary<Obj> = arbObject(
  {
    status: arbVocab(v.territorialStatus),
    extent: arbVocab(v.territorialExtent),
    recognized_by: arbActors(3),
    zones: fc.uniqueArray(arbZone, { minLength: 1, maxLength: 2, selector: (z) => z.kind }),
    note: arbText(4000),
  },
  ['status'],
);

const draftRecognition: fc.Arbitrary<Obj> = clauseOf(
  'recognition',
  {
    ...clauseBase,
    basis: arbVocab(v.territorialBasis),
    territories: arbKeyed(regionKeys, arbTerritory, 8),
    scope: arbVocab(v.recognitionScope),
    instrument: arbVocab(v.recognitionInstrument),
    revocable: flag,
    non_use_of_force: flag,
  },
  [],
);

const draftElections: fc.Arbitrary<Obj> = clauseOf(
  'elections',
  {
    ...clauseBase,
    within: fc.oneof(arbDurationText, arbVocab(v.electionTiming)),
    after: arbText(1000),
    scope: arbVocabList(v.electionScope),
    monitoring: arbVocab(v.electionMonitoring),
  },
  [],
);

const draftNeutrality: fc.Arbitrary<Obj> = clauseOf(
  'neutrality',
  {
    ...clauseBase,
    nato: arbVocab(v.natoStance),
    nato_enlargement_halt: flag,
    russia_nato_dialogue: flag,
    eu: arbVocab(v.euStance),
    eu_target_date: arbIsoDate,
    eu_market_access: flag,
    foreign_troops: arbVocab(v.foreignTroops),
    non_nuclear: flag,
  },
  [],
);

const arbForceCap = arbObject(
  {
    proposed_by: arbActor,
    troops: arbCount,
    tanks: arbCount,
    artillery: arbCount,
    combat_aircraft: arbCount,
    missile_range_km: arbCount,
    note: arbText(4000),
  },
  ['proposed_by'],
);

const arbForceLimit = arbObject(
  {
    party: arbActor,
    troops: fc.oneof(fc.integer({ min: 1, max: 100_000_000 }), arbVocab(v.armyCapWord)),
    applies: arbVocab(v.forceScope),
    tanks: arbCount,
    artillery: arbCount,
    combat_aircraft: arbCount,
    missile_range_km: arbCount,
    long_range_weapons: arbVocab(v.weaponsRule),
    defence_industry: arbVocab(v.weaponsRule),
    note: arbText(4000),
  },
  ['party'],
);

const draftSecurityPackage: fc.Arbitrary<Obj> = clauseOf(
  'security_package',
  {
    ...clauseBase,
    guarantee: arbVocab(v.guarantee),
    guarantors: arbActors(4),
    guarantee_form: arbVocab(v.guaranteeForm),
    guarantee_term: arbDuration,
    guarantee_renewable: flag,
    guarantee_starts: arbVocab(v.guaranteeStart),
    guarantee_trigger: arbVocab(v.guaranteeTrigger),
    guarantee_response: arbVocabList(v.guaranteeResponse),
    guarantee_backstop: arbActors(2),
    guarantee_void_if: arbVocabList(v.guaranteeVoid),
    guarantee_compensated: flag,
    force_limits: fc.uniqueArray(arbForceLimit, { minLength: 1, maxLength: 2, selector: (c) => c.party }),
    force_caps: fc.uniqueArray(arbForceCap, { minLength: 1, maxLength: 3, selector: (c) => c.proposed_by }),
    peacekeepers: arbVocab(v.peacekeepers),
    allied_aircraft: arbVocab(v.aircraftBasing),
    non_aggression: flag,
    non_aggression_parties: arbActors(3),
    non_aggression_law: arbActors(2),
    arms_control: flag,
  },
  [],
);

const arbShare = arbObject({ to: arbActor, share_pct: arbPercent, amount: arbMoney, note: arbText(4000) }, [
  'to',
]);

const draftSanctions: fc.Arbitrary<Obj> = clauseOf(
  'sanctions',
  {
    ...clauseBase,
    relief: arbVocab(v.sanctionsRelief),
    lifted_by: arbVocabList(v.sanctionsAuthority),
    relief_conditions: arbVocabList(v.reliefCondition),
    conditions: fc.array(arbText(1000), { minLength: 1, maxLength: 3 }),
    snapback: flag,
    new_sanctions_barred: flag,
    frozen_assets: arbVocab(v.frozenAssets),
    frozen_assets_amount: arbMoney,
    frozen_assets_shares: fc.uniqueArray(arbShare, { minLength: 1, maxLength: 3, selector: (x) => x.to }),
    g8_return: flag,
  },
  [],
);

const draftEconomy: fc.Arbitrary<Obj> = clauseOf(
  'economy',
  {
    ...clauseBase,
    reconstruction_fund: arbMoney,
    development_fund: flag,
    us_ukraine: arbVocabList(v.usUkraineAgreement),
    us_russia_cooperation: flag,
    russia_reintegration: flag,
    dnipro_passage: flag,
    black_sea_shipping: flag,
  },
  [],
);

const arbNppOption = arbObject(
  {
    proposed_by: arbActor,
    control: arbVocab(v.facilityControl),
    electricity_split: arbSplit,
    note: arbText(4000),
  },
  ['proposed_by', 'control'],
);

const draftEnergyTransit: fc.Arbitrary<Obj> = clauseOf(
  'energy_transit',
  {
    ...clauseBase,
    gas_transit: arbVocab(v.gasTransit),
    term: arbDuration,
    gas_infrastructure: arbVocab(v.facilityControl),
    zaporizhzhia_npp: arbVocab(v.facilityControl),
    zaporizhzhia_npp_options: fc.uniqueArray(arbNppOption, {
      minLength: 1,
      maxLength: 3,
      selector: (o) => o.proposed_by,
    }),
    electricity_split: arbSplit,
    kakhovka_dam: arbVocab(v.facilityControl),
    infrastructure_truce: flag,
  },
  [],
);

const draftImplementation: fc.Arbitrary<Obj> = clauseOf(
  'implementation',
  {
    ...clauseBase,
    order: fc.array(arbVocab(v.implementationStep), { minLength: 2, maxLength: 6 }),
    entry_into_force: arbVocab(v.entryIntoForce),
    legally_binding: flag,
    ratification: arbVocabList(v.ratifyingBody),
    unsc_resolution: flag,
    referendum: arbVocab(v.referendumSubject),
    referendum_with_elections: flag,
    ceasefire_before_vote: arbDuration,
    oversight: arbVocabList(v.oversightBody),
    deadline: arbIsoDate,
  },
  [],
);

const draftSignatories: fc.Arbitrary<Obj> = clauseOf(
  'signatories',
  {
    ...clauseBase,
    parties: arbActors(5),
    documents: fc.integer({ min: 1, max: 50 }),
    legitimacy_disputed: arbActors(2),
  },
  [],
);

const draftAccountability: fc.Arbitrary<Obj> = clauseOf(
  'accountability',
  {
    ...clauseBase,
    amnesty: arbVocab(v.amnesty),
    tribunal: arbVocab(v.tribunal),
    reparations: arbVocab(v.reparations),
    compensation_mechanism: flag,
  },
  [],
);

const draftHumanitarian: fc.Arbitrary<Obj> = clauseOf(
  'humanitarian',
  {
    ...clauseBase,
    prisoners: arbVocab(v.prisonerExchange),
    civilians: flag,
    children: flag,
    political_prisoners: flag,
    remains: flag,
    family_reunification: flag,
  },
  [],
);

const draftRights: fc.Arbitrary<Obj> = clauseOf(
  'rights',
  {
    ...clauseBase,
    language: arbVocab(v.languageRegime),
    religion: arbVocab(v.religionRegime),
    nazism_ban: arbVocab(v.nazismBan),
    tolerance_education: flag,
    media_rights: flag,
  },
  [],
);

const draftOther: fc.Arbitrary<Obj[]> = fc.uniqueArray(
  arbObject({ topic: arbKebab(60), ...clauseBase }, ['topic', 'summary', 'sources']),
  {
    minLength: 1,
    maxLength: 4,
    selector: (o) => o.topic,
  },
);

const draftFamilies = {
  sovereignty: draftSovereignty,
  ceasefire: draftCeasefire,
  recognition: draftRecognition,
  elections: draftElections,
  neutrality: draftNeutrality,
  security_package: draftSecurityPackage,
  sanctions: draftSanctions,
  economy: draftEconomy,
  energy_transit: draftEnergyTransit,
  implementation: draftImplementation,
  signatories: draftSignatories,
  accountability: draftAccountability,
  humanitarian: draftHumanitarian,
  rights: draftRights,
  other: draftOther,
} as const;

/** The clause families, keyed as in the file; the differential test checks this covers the schema. */
const draftClauses: fc.Arbitrary<Obj> = arbObject(draftFamilies, []);

/** A clause family's arbitrary, citing keys among `keys` (for tests that build plans their own way). */
export const arbClause = Object.fromEntries(
  Object.entries(draftFamilies).map(([family, draft]) => [
    family,
    (keys: Keys) => cited(draft as fc.Arbitrary<unknown>, keys),
  ]),
) as { readonly [F in keyof typeof draftFamilies]: (keys: Keys) => (typeof draftFamilies)[F] };

/** The `clauses` mapping, citing keys among `keys`. */
export function arbClauses(keys: Keys): fc.Arbitrary<Obj> {
  return cited(draftClauses, keys);
}

// ---------------------------------------------------------------------------------------------
// Sources and plans

export const arbSource: fc.Arbitrary<Obj> = arbObject(
  {
    title: arbLine(300),
    publisher: arbLine(200),
    published: arbIsoDate,
    url: arbUrl,
    file: arbFile,
    flags: arbVocabList(v.sourceFlag),
    note: arbText(4000),
  },
  ['title'],
);

export interface PlanArbitraryOptions {
  /** Sometimes set `revises` (to an arbitrary id: its target is a cross-file rule). Default false. */
  readonly revises?: boolean;
  /** Most sources to declare (at least one is). Default 5. */
  readonly maxSources?: number;
}

export function planArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<PlanInput> {
  const sources = fc.uniqueArray(fc.tuple(arbSourceKey, arbSource), {
    minLength: 1,
    maxLength: options.maxSources ?? 5,
    selector: ([key]) => key,
  });
  const body = arbObject(
    {
      format: fc.constant(2),
      id: arbPlanId,
      title: arbLine(300),
      proposed_by: fc.uniqueArray(arbActor, { minLength: 1, maxLength: 3 }),
      date: arbIsoDate,
      status: arbVocab(v.planStatus),
      ...(options.revises
        ? {
            revises: arbPlanId,
            reaffirms: fc.uniqueArray(
              arbObject({ plan: arbPlanId, sources: arbCited, note: arbText(4000) }, ['plan', 'sources']),
              { minLength: 1, maxLength: 2, selector: (r) => r.plan },
            ),
          }
        : {}),
      points: fc.integer({ min: 1, max: 1000 }),
      note: arbText(4000),
      disputed: arbDisputed,
      clauses: draftClauses,
    },
    ['format', 'id', 'title', 'proposed_by', 'date', 'status', 'clauses'],
  );
  return fc.tuple(body, sources).map(([plan, entries]) => {
    const keys = entries.map(([key]) => key);
    // `sources` goes before `clauses`, in the order a plan file has them.
    const { clauses, ...head } = resolveCitations(plan, keys) as Obj;
    return { ...head, sources: Object.fromEntries(entries), clauses } as PlanInput;
  });
}

/** A valid plan input, as a YAML file would hold it (see the file comment for what holds). */
export const arbPlan: fc.Arbitrary<PlanInput> = planArbitrary();

/** Options for `yaml`'s stringify: the many ways one document can be written. */
export const arbYamlStyle = fc.record({
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_FOLDED',
    'BLOCK_LITERAL',
  ),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  lineWidth: fc.constantFrom(0, 20, 80),
  indent: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
});
