import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/vocab.ts
var planStatus = {
  name: "plan-status",
  noun: "plan status",
  description: "How solid the text behind the plan is.",
  values: {
    official: "A text released by a party, or a signed document.",
    leaked: "A text obtained by the media whose authenticity officials have confirmed.",
    reported: "Described by officials or journalists; no full text is public.",
    statement: "Public remarks by a leader or spokesperson; a party's stated position.",
    speculative: "A single unverified outlet's account, or an author's own guess."
  }
}, sourceFlag = {
  name: "source-flag",
  noun: "source flag",
  description: "Caveats a reader should know about a source.",
  values: {
    "state-media": "State or state-aligned outlet (TASS, RIA, Sputnik, RT; Global Times, CGTN \u2026).",
    aggregator: "Re-publishing network or aggregator (e.g. the news-pravda network).",
    republisher: "Low-quality re-publisher, used only where it carries a text better sources confirm.",
    translation: "A translation of the original text.",
    official: "Published by a party to the talks (a government site or joint statement)."
  }
}, ceasefireStart = {
  name: "ceasefire-start",
  noun: "ceasefire start",
  description: "When the ceasefire takes effect.",
  values: {
    immediate: "At once, as soon as the plan is accepted.",
    "on-signature": "When the agreement is signed.",
    within: "Within a stated period (see `within`).",
    conditional: "Only once a condition is met (see `condition`).",
    none: "The plan explicitly foresees no ceasefire before a settlement.",
    unspecified: "A ceasefire is foreseen, but its timing is vague."
  }
}, ceasefirePrecondition = {
  name: "ceasefire-precondition",
  noun: "ceasefire precondition",
  description: "Typed conditions a conditional ceasefire waits for.",
  values: {
    "ukrainian-withdrawal": "Ukrainian forces withdraw from territory Russia claims.",
    "russian-withdrawal": "Russian forces withdraw.",
    "nato-renunciation": "Ukraine formally renounces NATO membership.",
    "agreement-accepted": "All parties accept the framework or memorandum.",
    "pullback-to-agreed-positions": "Both sides pull back to agreed positions.",
    "arms-supply-halt": "Western arms deliveries and intelligence sharing stop.",
    "mobilisation-halt": "Ukraine stops mobilisation and demobilises.",
    "dialogue-resumed": "The parties resume direct talks."
  }
}, ceasefireLine = {
  name: "ceasefire-line",
  noun: "ceasefire line",
  description: "Where the forces stand when the fighting stops.",
  values: {
    "line-of-contact": "The current line of contact.",
    "agreed-positions": "Positions the sides agree on, away from the current line.",
    "withdrawal-to-admin-borders": "Ukraine withdraws to the claimed regions' administrative borders.",
    "pre-2022-lines": "The lines of 23 February 2022.",
    "1991-borders": "Ukraine's internationally recognised borders of 1991.",
    unspecified: "A line is implied but not stated."
  }
}, monitoring = {
  name: "monitoring",
  noun: "monitoring arrangement",
  description: "Who or what watches the ceasefire.",
  values: {
    none: "The plan says there is no monitoring.",
    international: "An international mission, not further named.",
    un: "The United Nations.",
    osce: "The OSCE.",
    "us-led": "A mechanism led by the United States.",
    "peace-council": 'A "Peace Council" or similar political body chaired by a third party.',
    technical: "Technical means: satellites, drones, radar.",
    bilateral: "A joint Russia\u2013Ukraine centre or commission.",
    unspecified: "Monitoring is foreseen, but who does it is vague."
  }
}, ceasefireScope = {
  name: "ceasefire-scope",
  noun: "ceasefire scope",
  description: "What the ceasefire covers.",
  values: {
    full: "Land, air and sea.",
    "air-and-sea": "Air and sea only.",
    "energy-infrastructure": "Strikes on energy infrastructure only.",
    partial: "A named area or front only.",
    unspecified: "Scope not stated."
  },
  scale: ["energy-infrastructure", "partial", "air-and-sea", "full"],
  trend: { up: "wider", down: "narrower" }
}, weaponClass = {
  name: "weapon-class",
  noun: "weapon class",
  description: "Classes of heavy weapons in pull-back rules.",
  values: {
    artillery: "Artillery of 100 mm calibre and more.",
    mlrs: "Multiple-launch rocket systems.",
    "heavy-mlrs": "Heavy rocket and tactical missile systems (Tornado-S, Uragan, Smerch, Tochka-U).",
    tanks: "Tanks.",
    mortars: "Mortars."
  }
}, territorialStatus = {
  name: "territorial-status",
  noun: "territorial status",
  description: "What the plan does with a region.",
  values: {
    ukrainian: "Stays or returns under Ukrainian control, without qualification.",
    "special-status": "Stays in Ukraine with a special self-government status.",
    deferred: "Status left to later talks or to the leaders.",
    "frozen-at-line": "Divided at the line of contact, without settling sovereignty.",
    "demilitarized-zone": "A demilitarised or buffer zone.",
    "russian-de-facto": "Russian control is recognised in fact, not in law.",
    "russian-de-jure": "Recognised as Russian territory in law.",
    unspecified: "Addressed, but what happens is vague."
  },
  scale: [
    "ukrainian",
    "special-status",
    "deferred",
    "frozen-at-line",
    "demilitarized-zone",
    "russian-de-facto",
    "russian-de-jure"
  ],
  trend: { up: "toward Russia", down: "toward Ukraine" }
}, territorialExtent = {
  name: "territorial-extent",
  noun: "territorial extent",
  description: "Which part of a region the status applies to.",
  values: {
    whole: "The whole region within its administrative borders.",
    "russian-held-part": "Only the part Russia holds.",
    "ukrainian-held-part": "Only the part Ukraine holds.",
    unspecified: "Not stated."
  }
}, territorialBasis = {
  name: "territorial-basis",
  noun: "territorial basis",
  description: "The principle the plan applies to territory as a whole.",
  values: {
    "territorial-integrity": "Ukraine's territorial integrity within its 1991 borders.",
    "line-of-contact": "Talks start from the current line of contact.",
    "recognition-of-annexation": "The annexations Russia has declared are recognised.",
    "negotiated-later": "Territory is left to later negotiation.",
    unspecified: "Territory is addressed only vaguely."
  }
}, electionScope = {
  name: "election-scope",
  noun: "election scope",
  description: "Which votes the plan foresees.",
  values: {
    national: "National elections (presidential and parliamentary).",
    presidential: "Presidential election.",
    parliamentary: "Parliamentary (Verkhovna Rada) election.",
    local: "Local elections.",
    "occupied-areas": "Votes in occupied or contested areas.",
    referendum: "A referendum (on the agreement or on a status)."
  }
}, electionMonitoring = {
  name: "election-monitoring",
  noun: "election monitoring",
  description: "Who observes the vote.",
  values: {
    international: "International observers, not further named.",
    osce: "The OSCE and its ODIHR.",
    un: "The United Nations.",
    none: "The plan says there is no outside monitoring.",
    unspecified: "Monitoring mentioned, but vague."
  }
}, electionTiming = {
  name: "election-timing",
  noun: "election timing",
  description: "Election timing without a number of days.",
  values: {
    "as-soon-as-possible": "As soon as possible after signing, no period given.",
    unspecified: "Elections foreseen, timing vague."
  }
}, natoStance = {
  name: "nato-stance",
  noun: "NATO stance",
  description: "What the plan says about Ukraine's NATO membership.",
  values: {
    open: "Membership stays possible.",
    "consensus-dependent": "Left to NATO's consensus rule.",
    deferred: "Postponed, not excluded.",
    barred: "Excluded by the agreement.",
    "barred-constitutionally": "Excluded and written into Ukraine's constitution (or NATO's statutes).",
    unspecified: "Addressed, but vague."
  },
  scale: ["open", "consensus-dependent", "deferred", "barred", "barred-constitutionally"],
  trend: { up: "more restrictive", down: "less restrictive" }
}, euStance = {
  name: "eu-stance",
  noun: "EU stance",
  description: "What the plan says about Ukraine's EU membership.",
  values: {
    barred: "Excluded.",
    open: "Ukraine may apply.",
    "fast-track": "Accelerated accession: a target date or a fast procedure (market access on its own is `eu_market_access`).",
    unspecified: "Addressed, but vague."
  },
  scale: ["barred", "open", "fast-track"],
  trend: { up: "more open", down: "less open" }
}, foreignTroops = {
  name: "foreign-troops",
  noun: "foreign-troops rule",
  description: "Whether foreign forces may be stationed in Ukraine.",
  values: {
    allowed: "Allowed.",
    "peacekeepers-only": "Only a peacekeeping or reassurance force.",
    "nato-barred": "NATO forces barred; others not excluded.",
    barred: "All foreign forces, bases and infrastructure barred.",
    unspecified: "Addressed, but vague."
  },
  scale: ["allowed", "peacekeepers-only", "nato-barred", "barred"],
  trend: { up: "more restrictive", down: "less restrictive" }
}, sanctionsRelief = {
  name: "sanctions-relief",
  noun: "sanctions relief",
  description: "How far sanctions on Russia are lifted.",
  values: {
    none: "Sanctions stay.",
    selective: "Selected sanctions lifted.",
    phased: "Lifted in stages.",
    full: "All lifted.",
    unspecified: "Relief mentioned, but vague."
  },
  scale: ["none", "selective", "phased", "full"],
  trend: { up: "more relief", down: "less relief" }
}, frozenAssets = {
  name: "frozen-assets",
  noun: "frozen-assets arrangement",
  description: "What happens to Russia's frozen sovereign assets.",
  values: {
    returned: "Unfrozen and returned to Russia.",
    "reconstruction-fund": "Put into a fund for rebuilding Ukraine.",
    "frozen-until-reparations": "Kept frozen until Russia compensates Ukraine.",
    split: "Divided between purposes or parties.",
    unspecified: "Mentioned, but vague."
  }
}, guarantee = {
  name: "guarantee",
  noun: "guarantee type",
  description: "The kind of security guarantee Ukraine gets.",
  values: {
    none: "No guarantee.",
    "reassurance-force": "A foreign force on the ground, without a treaty commitment.",
    bilateral: "Bilateral commitments (e.g. a US\u2013Ukraine pact).",
    multilateral: "Commitments by a group of states, below an Article 5 pledge.",
    "article-5-like": "A commitment to respond to an attack as NATO Article 5 does.",
    unspecified: "Guarantees promised, but their kind is vague."
  },
  scale: ["none", "reassurance-force", "bilateral", "multilateral", "article-5-like"],
  trend: { up: "stronger", down: "weaker" }
}, armyCapWord = {
  name: "force-cap",
  noun: "troop limit",
  description: "A limit on a party's armed forces without a number.",
  values: {
    none: "The plan explicitly sets no limit.",
    unspecified: "A limit is foreseen, but its size is not given."
  }
}, peacekeepers = {
  name: "peacekeepers",
  noun: "peacekeeping arrangement",
  description: "Who, if anyone, keeps the peace on the ground.",
  values: {
    none: "No peacekeepers.",
    european: "A European-led force.",
    multinational: "A multinational coalition force.",
    neutral: "Troops from neutral or non-aligned states.",
    un: "A UN mission.",
    unspecified: "A force foreseen, composition vague."
  }
}, gasTransit = {
  name: "gas-transit",
  noun: "gas-transit arrangement",
  description: "Russian gas transit through Ukraine.",
  values: {
    guaranteed: "Guaranteed for a period.",
    resumed: "Restored.",
    ended: "Ended.",
    unspecified: "Mentioned, but vague."
  }
}, facilityControl = {
  name: "facility-control",
  noun: "facility arrangement",
  description: "Who controls or runs a facility: the Zaporizhzhia nuclear plant, the Kakhovka dam, the gas network.",
  values: {
    ukrainian: "Returned to, or kept by, Ukraine.",
    russian: "Stays under Russia.",
    "us-operated": "Operated by the United States.",
    "us-ukraine-joint": "A US\u2013Ukraine joint venture.",
    "us-led-consortium": "A consortium of the US, Ukraine and Russia with the US as operator.",
    "third-party": "Handed to a neutral third party.",
    "iaea-supervised": "Restarted under IAEA supervision, control not settled.",
    unspecified: "Mentioned, but vague or disputed."
  }
}, zoneKind = {
  name: "zone-kind",
  noun: "zone kind",
  description: "What kind of zone a plan creates inside a region.",
  values: {
    demilitarized: "No military forces or heavy weapons; a buffer between the sides.",
    "free-economic-zone": "A demilitarised area run as a special economic zone.",
    "security-zone": "A zone watched by monitors, with limits on forces near the line.",
    unspecified: "A zone is foreseen, its kind is vague."
  }
}, zonePart = {
  name: "zone-part",
  noun: "zone area",
  description: "Which part of the region the zone covers.",
  values: {
    "ukrainian-held-part": "The part of the region Ukraine holds.",
    "russian-held-part": "The part of the region Russia holds.",
    "both-sides-of-line": "A strip on both sides of the line of contact.",
    whole: "The whole region.",
    unspecified: "Not stated."
  }
}, zoneAuthority = {
  name: "zone-authority",
  noun: "zone authority",
  description: "Who administers, or who polices, a zone.",
  values: {
    ukrainian: "Ukrainian authorities (administration, or Ukrainian police).",
    russian: "Russian authorities (administration, or police).",
    rosgvardiya: "Russia's National Guard (Rosgvardiya).",
    international: "An international mission or monitors.",
    joint: "The sides jointly.",
    none: "Explicitly no one (no forces at all).",
    unspecified: "Not stated."
  }
}, zoneRecognition = {
  name: "zone-recognition",
  noun: "zone recognition",
  description: "Whose territory the zone is recognised as.",
  values: {
    russian: "Recognised as Russian territory.",
    ukrainian: "Stays Ukrainian territory.",
    undetermined: "Explicitly left undetermined.",
    unspecified: "Not stated."
  },
  scale: ["ukrainian", "undetermined", "russian"],
  trend: { up: "toward Russia", down: "toward Ukraine" }
}, recognitionScope = {
  name: "recognition-scope",
  noun: "recognition scope",
  description: "Who recognises the territorial arrangement.",
  values: {
    "united-states": "The United States alone.",
    signatories: "The signatories of the agreement.",
    international: "The international community at large.",
    "un-security-council": "A UN Security Council resolution.",
    unspecified: "Not stated."
  },
  scale: ["united-states", "signatories", "international", "un-security-council"],
  trend: { up: "more international recognition", down: "less international recognition" }
}, recognitionInstrument = {
  name: "recognition-instrument",
  noun: "recognition instrument",
  description: "In what form the recognition is given.",
  values: {
    "political-statement": "A statement or declaration.",
    agreement: "The peace agreement itself.",
    treaty: 'A ratified treaty or "fundamental international agreements".',
    "unsc-resolution": "A UN Security Council resolution.",
    unspecified: "Not stated."
  },
  scale: ["political-statement", "agreement", "treaty", "unsc-resolution"],
  trend: { up: "firmer", down: "softer" }
}, guaranteeForm = {
  name: "guarantee-form",
  noun: "guarantee form",
  description: "The legal form of the security guarantee.",
  values: {
    "political-declaration": "A political declaration or statement of intent.",
    "executive-agreement": "An agreement between governments, not ratified.",
    "legally-binding": "Legally binding, the procedure not named.",
    "ratified-treaty": "A treaty ratified by parliaments (the US Congress among them where the US guarantees).",
    unspecified: "Not stated."
  },
  scale: ["political-declaration", "executive-agreement", "legally-binding", "ratified-treaty"],
  trend: { up: "firmer", down: "softer" }
}, guaranteeTrigger = {
  name: "guarantee-trigger",
  noun: "guarantee trigger",
  description: "What sets the guarantee off.",
  values: {
    "armed-attack": "An armed attack on Ukraine.",
    "large-scale-attack": "A large-scale, deliberate and sustained attack.",
    "ceasefire-violation": "A violation of the ceasefire.",
    unspecified: "Not stated."
  }
}, guaranteeResponse = {
  name: "guarantee-response",
  noun: "guarantee response",
  description: "What the guarantors do when the guarantee is set off.",
  values: {
    consultations: "Consultations among the guarantors (e.g. within three days).",
    sanctions: "Sanctions on the attacker.",
    "military-aid": "Weapons, intelligence and other military aid.",
    "military-force": "Armed force, as NATO Article 5 allows.",
    unspecified: "Not stated."
  }
}, guaranteeVoid = {
  name: "guarantee-void",
  noun: "guarantee condition",
  description: "What voids the guarantee.",
  values: {
    "ukrainian-attack-on-russia": "Ukraine invades or attacks Russia.",
    "strike-on-russian-cities": "Ukraine fires at Moscow or St Petersburg unprovoked.",
    "breach-of-settlement": "The territorial settlement is changed by force.",
    unspecified: "Not stated."
  }
}, guaranteeStart = {
  name: "guarantee-start",
  noun: "guarantee start",
  description: "When the guarantee takes effect.",
  values: {
    "on-signature": "When the agreement is signed.",
    "on-ceasefire": "When a ceasefire takes effect.",
    "after-ratification": "After ratification (or approval in a referendum).",
    "after-war": "Only after the war has ended.",
    unspecified: "Not stated."
  }
}, forceScope = {
  name: "force-scope",
  noun: "force-limit scope",
  description: "When a troop limit applies.",
  values: {
    always: "At all times.",
    peacetime: "In peacetime only.",
    unspecified: "Not stated."
  }
}, weaponsRule = {
  name: "weapons-rule",
  noun: "weapons rule",
  description: "What a party may keep of a class of weapons or of its defence industry.",
  values: {
    barred: "Not allowed.",
    limited: "Limited (numbers, range or output).",
    unrestricted: "Explicitly not limited.",
    unspecified: "Addressed, but vague."
  },
  scale: ["unrestricted", "limited", "barred"],
  trend: { up: "more restrictive", down: "less restrictive" }
}, aircraftBasing = {
  name: "aircraft-basing",
  noun: "allied aircraft basing",
  description: "Where allied (European) combat aircraft that protect Ukraine are based.",
  values: {
    "in-ukraine": "In Ukraine.",
    "neighbouring-states": "In neighbouring states (e.g. Poland), not in Ukraine.",
    none: "No allied aircraft.",
    unspecified: "Not stated."
  }
}, amnesty = {
  name: "amnesty",
  noun: "amnesty",
  description: "Amnesty for acts committed during the war.",
  values: {
    none: "No amnesty: crimes are prosecuted.",
    partial: "An amnesty with exceptions (e.g. war crimes excluded), or for some people only.",
    full: "A full amnesty for every party.",
    unspecified: "An amnesty is mentioned, its extent is vague."
  },
  scale: ["none", "partial", "full"],
  trend: { up: "broader amnesty", down: "narrower amnesty" }
}, tribunal = {
  name: "tribunal",
  noun: "tribunal",
  description: "Who tries crimes of the war.",
  values: {
    none: "No tribunal.",
    "special-tribunal": "A special tribunal for the crime of aggression.",
    "international-court": "The International Criminal Court or another international court.",
    "national-courts": "The parties' own courts.",
    unspecified: "Justice is mentioned, the court is not named."
  }
}, reparations = {
  name: "reparations",
  noun: "reparations rule",
  description: "Who pays for the damage of the war.",
  values: {
    "mutual-waiver": "Both sides renounce claims against each other.",
    "russia-pays": "Russia compensates Ukraine (and others) for the damage.",
    none: "Explicitly no reparations.",
    unspecified: "Compensation is mentioned, vaguely."
  }
}, sanctionsAuthority = {
  name: "sanctions-authority",
  noun: "sanctions authority",
  description: "Whose sanctions the clause is about.",
  values: {
    "united-states": "Sanctions of the United States (since 2014).",
    "european-union": "Sanctions of the European Union.",
    "united-kingdom": "Sanctions of the United Kingdom.",
    g7: "The G7 states together.",
    bilateral: "Sanctions between Russia and Ukraine only.",
    all: "All sanctions on Russia, whoever imposed them.",
    unspecified: "Not stated."
  }
}, reliefCondition = {
  name: "relief-condition",
  noun: "relief condition",
  description: "The typed conditions sanctions relief waits for.",
  values: {
    "on-ceasefire": "A ceasefire holds.",
    "on-signature": "The agreement is signed.",
    "on-compliance": "Russia complies with the agreement (case by case, in stages).",
    "with-consent": "Each sanctioning state (or the EU) consents.",
    "on-reparations": "Russia pays for the damage."
  }
}, implementationStep = {
  name: "implementation-step",
  noun: "implementation step",
  description: "Steps of a settlement, for the order in which a plan puts them.",
  values: {
    ceasefire: "The ceasefire takes effect.",
    withdrawal: "Forces withdraw (from a region or to agreed positions).",
    memorandum: "A memorandum or framework is signed.",
    summit: "The leaders meet.",
    "martial-law-lifted": "Ukraine's martial law ends.",
    elections: "Elections are held.",
    referendum: "A referendum is held.",
    signature: "The agreement is signed.",
    "guarantees-signed": "The security guarantees are signed.",
    ratification: "Parliaments ratify.",
    "unsc-resolution": "The UN Security Council endorses the agreement.",
    "sanctions-relief": "Sanctions are eased."
  }
}, entryIntoForce = {
  name: "entry-into-force",
  noun: "entry into force",
  description: "When the agreement takes effect.",
  values: {
    "on-acceptance": "When every party accepts it.",
    "on-signature": "When it is signed.",
    "after-ratification": "After ratification by parliaments.",
    "after-referendum": "After approval in a referendum.",
    unspecified: "Not stated."
  }
}, ratifyingBody = {
  name: "ratifying-body",
  noun: "ratifying body",
  description: "Who must ratify the agreement or its guarantees.",
  values: {
    rada: "Ukraine's parliament (Verkhovna Rada).",
    duma: "Russia's State Duma.",
    "us-congress": "The United States Congress.",
    "guarantor-parliaments": "The guarantor states' parliaments.",
    unspecified: "Ratification is foreseen, by whom is not said."
  }
}, referendumSubject = {
  name: "referendum-subject",
  noun: "referendum subject",
  description: "What a referendum decides.",
  values: {
    "on-agreement": "Whether to accept the peace agreement.",
    "on-territory": "A territorial arrangement (e.g. a zone in Donetsk).",
    "on-neutrality": "Ukraine's neutrality or alliances.",
    none: "Explicitly no referendum.",
    unspecified: "A referendum is foreseen, its subject is vague."
  }
}, oversightBody = {
  name: "oversight-body",
  noun: "oversight body",
  description: "Bodies that oversee the implementation of the agreement.",
  values: {
    "peace-council": 'A "Peace Council" chaired by the US president (or a similar political body).',
    "us-russia-working-group": "A joint US\u2013Russian security working group.",
    "special-commission": "A commission that handles breaches (e.g. of the Paris Declaration).",
    "humanitarian-committee": "A humanitarian committee for prisoners, civilians and remains.",
    "joint-commission": "A Russia\u2013Ukraine joint commission or contact group.",
    osce: "The OSCE.",
    un: "The United Nations.",
    unspecified: "Oversight is foreseen, by whom is vague."
  }
}, prisonerExchange = {
  name: "prisoner-exchange",
  noun: "prisoner exchange",
  description: "The exchange of prisoners of war.",
  values: {
    none: "No exchange.",
    partial: "Some prisoners, by category or number.",
    "all-for-all": "All prisoners for all prisoners.",
    unspecified: "An exchange is mentioned, vaguely."
  },
  scale: ["none", "partial", "all-for-all"],
  trend: { up: "broader", down: "narrower" }
}, usUkraineAgreement = {
  name: "us-ukraine-agreement",
  noun: "US\u2013Ukraine agreement",
  description: "Economic agreements between the United States and Ukraine.",
  values: {
    "free-trade": "A free-trade agreement.",
    minerals: "The minerals (natural resources) agreement.",
    investment: "An investment agreement or fund."
  }
}, languageRegime = {
  name: "language-regime",
  noun: "language rule",
  description: "What the plan says about the Russian language in Ukraine.",
  values: {
    "minority-rights": "EU (Council of Europe) rules on minority languages.",
    "official-russian": "Russian becomes an official language.",
    unspecified: "Language is mentioned, vaguely."
  },
  scale: ["minority-rights", "official-russian"],
  trend: { up: "toward Russian demands", down: "toward Ukrainian law" }
}, religionRegime = {
  name: "religion-regime",
  noun: "religion rule",
  description: "What the plan says about churches and religion.",
  values: {
    "eu-tolerance-rules": "EU rules on religious tolerance.",
    "moscow-church-protected": "Restrictions on the Moscow-linked church are lifted or it gets official status.",
    unspecified: "Religion is mentioned, vaguely."
  }
}, nazismBan = {
  name: "nazism-ban",
  noun: "ban on Nazi ideology",
  description: "Who bans Nazi ideology.",
  values: {
    mutual: "Both countries ban it.",
    "ukraine-only": 'Ukraine alone ("denazification").',
    unspecified: "Mentioned, vaguely."
  }
}, vocabularies = {
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
  peacekeepers,
  gasTransit,
  facilityControl,
  zoneKind,
  zonePart,
  zoneAuthority,
  zoneRecognition,
  recognitionScope,
  recognitionInstrument,
  guaranteeForm,
  guaranteeTrigger,
  guaranteeResponse,
  guaranteeVoid,
  guaranteeStart,
  forceScope,
  weaponsRule,
  aircraftBasing,
  amnesty,
  tribunal,
  reparations,
  sanctionsAuthority,
  reliefCondition,
  implementationStep,
  entryIntoForce,
  ratifyingBody,
  referendumSubject,
  oversightBody,
  prisonerExchange,
  usUkraineAgreement,
  languageRegime,
  religionRegime,
  nazismBan
};
function valuesOf(v) {
  return Object.keys(v.values);
}
function rankOf(v, value) {
  let i = v.scale?.indexOf(value) ?? -1;
  return i < 0 ? void 0 : i;
}
var byValues = new Map(
  Object.values(vocabularies).map((v) => [Object.keys(v.values).join("|"), v])
);
function vocabularyOfValues(values) {
  return byValues.get(values.map(String).join("|"));
}

export {
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
  peacekeepers,
  gasTransit,
  facilityControl,
  zoneKind,
  zonePart,
  zoneAuthority,
  zoneRecognition,
  recognitionScope,
  recognitionInstrument,
  guaranteeForm,
  guaranteeTrigger,
  guaranteeResponse,
  guaranteeVoid,
  guaranteeStart,
  forceScope,
  weaponsRule,
  aircraftBasing,
  amnesty,
  tribunal,
  reparations,
  sanctionsAuthority,
  reliefCondition,
  implementationStep,
  entryIntoForce,
  ratifyingBody,
  referendumSubject,
  oversightBody,
  prisonerExchange,
  usUkraineAgreement,
  languageRegime,
  religionRegime,
  nazismBan,
  vocabularies,
  valuesOf,
  rankOf,
  vocabularyOfValues
};
