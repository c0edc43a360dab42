/**
 * Every closed vocabulary of the plan format, declared once.
 *
 * The zod schema, the generated JSON Schema (descriptions), the validator's messages
 * ("unknown territorial status …"), the diff's trend words and the format docs all read
 * these objects. Adding a value here is the whole change.
 */

export interface Vocabulary<V extends string = string> {
  /** Stable name, used in docs and as the key of `vocabularies`. */
  readonly name: string;
  /** What one value is called in messages: `unknown ${noun} "x"`. */
  readonly noun: string;
  readonly description: string;
  /** Each value with its meaning. Object order is the documented order. */
  readonly values: Readonly<Record<V, string>>;
  /**
   * Values from one end of a scale to the other, for vocabularies where "more" means
   * something. Values left out (typically `unspecified`) are not comparable.
   */
  readonly scale?: readonly V[];
  /** Words for moving up / down the scale, e.g. toward Russian control. */
  readonly trend?: { readonly up: string; readonly down: string };
}

function vocabulary<const V extends string>(
  v: Omit<Vocabulary<V>, 'scale'> & { readonly scale?: readonly NoInfer<V>[] },
): Vocabulary<V> {
  return v;
}

export const planStatus = vocabulary({
  name: 'plan-status',
  noun: 'plan status',
  description: 'How solid the text behind the plan is.',
  values: {
    official: 'A text released by a party, or a signed document.',
    leaked: 'A text obtained by the media whose authenticity officials have confirmed.',
    reported: 'Described by officials or journalists; no full text is public.',
    statement: "Public remarks by a leader or spokesperson; a party's stated position.",
    speculative: "A single unverified outlet's account, or an author's own guess.",
  },
});

export const sourceFlag = vocabulary({
  name: 'source-flag',
  noun: 'source flag',
  description: 'Caveats a reader should know about a source.',
  values: {
    'state-media': 'State or state-aligned outlet (TASS, RIA, Sputnik, RT; Global Times, CGTN …).',
    aggregator: 'Re-publishing network or aggregator (e.g. the news-pravda network).',
    republisher: 'Low-quality re-publisher, used only where it carries a text better sources confirm.',
    translation: 'A translation of the original text.',
    official: 'Published by a party to the talks (a government site or joint statement).',
  },
});

export const ceasefireStart = vocabulary({
  name: 'ceasefire-start',
  noun: 'ceasefire start',
  description: 'When the ceasefire takes effect.',
  values: {
    immediate: 'At once, as soon as the plan is accepted.',
    'on-signature': 'When the agreement is signed.',
    within: 'Within a stated period (see `within`).',
    conditional: 'Only once a condition is met (see `condition`).',
    none: 'The plan explicitly foresees no ceasefire before a settlement.',
    unspecified: 'A ceasefire is foreseen, but its timing is vague.',
  },
});

export const ceasefirePrecondition = vocabulary({
  name: 'ceasefire-precondition',
  noun: 'ceasefire precondition',
  description: 'Typed conditions a conditional ceasefire waits for.',
  values: {
    'ukrainian-withdrawal': 'Ukrainian forces withdraw from territory Russia claims.',
    'russian-withdrawal': 'Russian forces withdraw.',
    'nato-renunciation': 'Ukraine formally renounces NATO membership.',
    'agreement-accepted': 'All parties accept the framework or memorandum.',
    'pullback-to-agreed-positions': 'Both sides pull back to agreed positions.',
    'arms-supply-halt': 'Western arms deliveries and intelligence sharing stop.',
    'mobilisation-halt': 'Ukraine stops mobilisation and demobilises.',
    'dialogue-resumed': 'The parties resume direct talks.',
  },
});

export const ceasefireLine = vocabulary({
  name: 'ceasefire-line',
  noun: 'ceasefire line',
  description: 'Where the forces stand when the fighting stops.',
  values: {
    'line-of-contact': 'The current line of contact.',
    'agreed-positions': 'Positions the sides agree on, away from the current line.',
    'withdrawal-to-admin-borders': "Ukraine withdraws to the claimed regions' administrative borders.",
    'pre-2022-lines': 'The lines of 23 February 2022.',
    '1991-borders': "Ukraine's internationally recognised borders of 1991.",
    unspecified: 'A line is implied but not stated.',
  },
});

export const monitoring = vocabulary({
  name: 'monitoring',
  noun: 'monitoring arrangement',
  description: 'Who or what watches the ceasefire.',
  values: {
    none: 'The plan says there is no monitoring.',
    international: 'An international mission, not further named.',
    un: 'The United Nations.',
    osce: 'The OSCE.',
    'us-led': 'A mechanism led by the United States.',
    'peace-council': 'A "Peace Council" or similar political body chaired by a third party.',
    technical: 'Technical means: satellites, drones, radar.',
    bilateral: 'A joint Russia–Ukraine centre or commission.',
    unspecified: 'Monitoring is foreseen, but who does it is vague.',
  },
});

export const ceasefireScope = vocabulary({
  name: 'ceasefire-scope',
  noun: 'ceasefire scope',
  description: 'What the ceasefire covers.',
  values: {
    full: 'Land, air and sea.',
    'air-and-sea': 'Air and sea only.',
    'energy-infrastructure': 'Strikes on energy infrastructure only.',
    partial: 'A named area or front only.',
    unspecified: 'Scope not stated.',
  },
  scale: ['energy-infrastructure', 'partial', 'air-and-sea', 'full'],
  trend: { up: 'wider', down: 'narrower' },
});

export const weaponClass = vocabulary({
  name: 'weapon-class',
  noun: 'weapon class',
  description: 'Classes of heavy weapons in pull-back rules.',
  values: {
    artillery: 'Artillery of 100 mm calibre and more.',
    mlrs: 'Multiple-launch rocket systems.',
    'heavy-mlrs': 'Heavy rocket and tactical missile systems (Tornado-S, Uragan, Smerch, Tochka-U).',
    tanks: 'Tanks.',
    mortars: 'Mortars.',
  },
});

export const territorialStatus = vocabulary({
  name: 'territorial-status',
  noun: 'territorial status',
  description: 'What the plan does with a region.',
  values: {
    ukrainian: 'Stays or returns under Ukrainian control, without qualification.',
    'special-status': 'Stays in Ukraine with a special self-government status.',
    deferred: 'Status left to later talks or to the leaders.',
    'frozen-at-line': 'Divided at the line of contact, without settling sovereignty.',
    'demilitarized-zone': 'A demilitarised or buffer zone.',
    'russian-de-facto': 'Russian control is recognised in fact, not in law.',
    'russian-de-jure': 'Recognised as Russian territory in law.',
    unspecified: 'Addressed, but what happens is vague.',
  },
  scale: [
    'ukrainian',
    'special-status',
    'deferred',
    'frozen-at-line',
    'demilitarized-zone',
    'russian-de-facto',
    'russian-de-jure',
  ],
  trend: { up: 'toward Russia', down: 'toward Ukraine' },
});

export const territorialExtent = vocabulary({
  name: 'territorial-extent',
  noun: 'territorial extent',
  description: 'Which part of a region the status applies to.',
  values: {
    whole: 'The whole region within its administrative borders.',
    'russian-held-part': 'Only the part Russia holds.',
    'ukrainian-held-part': 'Only the part Ukraine holds.',
    unspecified: 'Not stated.',
  },
});

export const territorialBasis = vocabulary({
  name: 'territorial-basis',
  noun: 'territorial basis',
  description: 'The principle the plan applies to territory as a whole.',
  values: {
    'territorial-integrity': "Ukraine's territorial integrity within its 1991 borders.",
    'line-of-contact': 'Talks start from the current line of contact.',
    'recognition-of-annexation': 'The annexations Russia has declared are recognised.',
    'negotiated-later': 'Territory is left to later negotiation.',
    unspecified: 'Territory is addressed only vaguely.',
  },
});

export const electionScope = vocabulary({
  name: 'election-scope',
  noun: 'election scope',
  description: 'Which votes the plan foresees.',
  values: {
    national: 'National elections (presidential and parliamentary).',
    presidential: 'Presidential election.',
    parliamentary: 'Parliamentary (Verkhovna Rada) election.',
    local: 'Local elections.',
    'occupied-areas': 'Votes in occupied or contested areas.',
    referendum: 'A referendum (on the agreement or on a status).',
  },
});

export const electionMonitoring = vocabulary({
  name: 'election-monitoring',
  noun: 'election monitoring',
  description: 'Who observes the vote.',
  values: {
    international: 'International observers, not further named.',
    osce: 'The OSCE and its ODIHR.',
    un: 'The United Nations.',
    none: 'The plan says there is no outside monitoring.',
    unspecified: 'Monitoring mentioned, but vague.',
  },
});

export const electionTiming = vocabulary({
  name: 'election-timing',
  noun: 'election timing',
  description: 'Election timing without a number of days.',
  values: {
    'as-soon-as-possible': 'As soon as possible after signing, no period given.',
    unspecified: 'Elections foreseen, timing vague.',
  },
});

export const natoStance = vocabulary({
  name: 'nato-stance',
  noun: 'NATO stance',
  description: "What the plan says about Ukraine's NATO membership.",
  values: {
    open: 'Membership stays possible.',
    'consensus-dependent': "Left to NATO's consensus rule.",
    deferred: 'Postponed, not excluded.',
    barred: 'Excluded by the agreement.',
    'barred-constitutionally': "Excluded and written into Ukraine's constitution (or NATO's statutes).",
    unspecified: 'Addressed, but vague.',
  },
  scale: ['open', 'consensus-dependent', 'deferred', 'barred', 'barred-constitutionally'],
  trend: { up: 'more restrictive', down: 'less restrictive' },
});

export const euStance = vocabulary({
  name: 'eu-stance',
  noun: 'EU stance',
  description: "What the plan says about Ukraine's EU membership.",
  values: {
    barred: 'Excluded.',
    open: 'Ukraine may apply.',
    'fast-track': 'Accelerated accession, a date or privileged market access.',
    unspecified: 'Addressed, but vague.',
  },
  scale: ['barred', 'open', 'fast-track'],
  trend: { up: 'more open', down: 'less open' },
});

export const foreignTroops = vocabulary({
  name: 'foreign-troops',
  noun: 'foreign-troops rule',
  description: 'Whether foreign forces may be stationed in Ukraine.',
  values: {
    allowed: 'Allowed.',
    'peacekeepers-only': 'Only a peacekeeping or reassurance force.',
    'nato-barred': 'NATO forces barred; others not excluded.',
    barred: 'All foreign forces, bases and infrastructure barred.',
    unspecified: 'Addressed, but vague.',
  },
  scale: ['allowed', 'peacekeepers-only', 'nato-barred', 'barred'],
  trend: { up: 'more restrictive', down: 'less restrictive' },
});

export const sanctionsRelief = vocabulary({
  name: 'sanctions-relief',
  noun: 'sanctions relief',
  description: 'How far sanctions on Russia are lifted.',
  values: {
    none: 'Sanctions stay.',
    selective: 'Selected sanctions lifted.',
    phased: 'Lifted in stages.',
    full: 'All lifted.',
    unspecified: 'Relief mentioned, but vague.',
  },
  scale: ['none', 'selective', 'phased', 'full'],
  trend: { up: 'more relief', down: 'less relief' },
});

export const frozenAssets = vocabulary({
  name: 'frozen-assets',
  noun: 'frozen-assets arrangement',
  description: "What happens to Russia's frozen sovereign assets.",
  values: {
    returned: 'Unfrozen and returned to Russia.',
    'reconstruction-fund': 'Put into a fund for rebuilding Ukraine.',
    'frozen-until-reparations': 'Kept frozen until Russia compensates Ukraine.',
    split: 'Divided between purposes or parties.',
    unspecified: 'Mentioned, but vague.',
  },
});

export const guarantee = vocabulary({
  name: 'guarantee',
  noun: 'guarantee type',
  description: 'The kind of security guarantee Ukraine gets.',
  values: {
    none: 'No guarantee.',
    'reassurance-force': 'A foreign force on the ground, without a treaty commitment.',
    bilateral: 'Bilateral commitments (e.g. a US–Ukraine pact).',
    multilateral: 'Commitments by a group of states, below an Article 5 pledge.',
    'article-5-like': 'A commitment to respond to an attack as NATO Article 5 does.',
    unspecified: 'Guarantees promised, but their kind is vague.',
  },
  scale: ['none', 'reassurance-force', 'bilateral', 'multilateral', 'article-5-like'],
  trend: { up: 'stronger', down: 'weaker' },
});

export const armyCapWord = vocabulary({
  name: 'army-cap',
  noun: 'army cap',
  description: "A cap on Ukraine's armed forces without a number.",
  values: {
    none: 'The plan explicitly sets no cap.',
    unspecified: 'A cap is foreseen, but its size is not given.',
  },
});

export const armyCapScope = vocabulary({
  name: 'army-cap-scope',
  noun: 'army-cap scope',
  description: 'When the army cap applies.',
  values: {
    always: 'At all times.',
    peacetime: 'In peacetime only.',
    unspecified: 'Not stated.',
  },
});

export const peacekeepers = vocabulary({
  name: 'peacekeepers',
  noun: 'peacekeeping arrangement',
  description: 'Who, if anyone, keeps the peace on the ground.',
  values: {
    none: 'No peacekeepers.',
    european: 'A European-led force.',
    multinational: 'A multinational coalition force.',
    neutral: 'Troops from neutral or non-aligned states.',
    un: 'A UN mission.',
    unspecified: 'A force foreseen, composition vague.',
  },
});

export const gasTransit = vocabulary({
  name: 'gas-transit',
  noun: 'gas-transit arrangement',
  description: 'Russian gas transit through Ukraine.',
  values: {
    guaranteed: 'Guaranteed for a period.',
    resumed: 'Restored.',
    ended: 'Ended.',
    unspecified: 'Mentioned, but vague.',
  },
});

export const nppControl = vocabulary({
  name: 'npp-control',
  noun: 'Zaporizhzhia NPP arrangement',
  description: 'Who controls or runs the Zaporizhzhia nuclear power plant.',
  values: {
    ukrainian: 'Returned to Ukraine.',
    russian: 'Stays under Russia.',
    'us-operated': 'Operated by the United States.',
    'us-ukraine-joint': 'A US–Ukraine joint venture.',
    'us-led-consortium': 'A consortium of the US, Ukraine and Russia with the US as operator.',
    'iaea-supervised': 'Restarted under IAEA supervision, control not settled.',
    unspecified: 'Mentioned, but vague or disputed.',
  },
});

/** Every vocabulary, keyed by name; the docs generator and tests iterate over this. */
export const vocabularies = {
  planStatus,
  sourceFlag,
  ceasefireStart,
  ceasefirePrecondition,
  ceasefireLine,
  monitoring,
  ceasefireScope,
  weaponClass,
  territorialStatus,
  territorialExtent,
  territorialBasis,
  electionScope,
  electionMonitoring,
  electionTiming,
  natoStance,
  euStance,
  foreignTroops,
  sanctionsRelief,
  frozenAssets,
  guarantee,
  armyCapWord,
  armyCapScope,
  peacekeepers,
  gasTransit,
  nppControl,
} as const;

export function valuesOf<V extends string>(v: Vocabulary<V>): [V, ...V[]] {
  return Object.keys(v.values) as [V, ...V[]];
}

/** Position of a value on the vocabulary's scale, or undefined when it is not on it. */
export function rankOf(v: Vocabulary, value: string): number | undefined {
  const i = v.scale?.indexOf(value) ?? -1;
  return i < 0 ? undefined : i;
}

const byValues = new Map<string, Vocabulary>(
  Object.values(vocabularies).map((v) => [Object.keys(v.values).join('|'), v as Vocabulary]),
);

/** The vocabulary an enum's values come from, found by its value set. */
export function vocabularyOfValues(values: readonly unknown[]): Vocabulary | undefined {
  return byValues.get(values.map(String).join('|'));
}
