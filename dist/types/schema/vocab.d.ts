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
    readonly trend?: {
        readonly up: string;
        readonly down: string;
    };
}
export declare const planStatus: Vocabulary<"leaked" | "official" | "reported" | "speculative" | "statement">;
export declare const sourceFlag: Vocabulary<"aggregator" | "official" | "republisher" | "state-media" | "translation">;
export declare const ceasefireStart: Vocabulary<"conditional" | "immediate" | "none" | "on-signature" | "unspecified" | "within">;
export declare const ceasefirePrecondition: Vocabulary<"agreement-accepted" | "arms-supply-halt" | "dialogue-resumed" | "mobilisation-halt" | "nato-renunciation" | "pullback-to-agreed-positions" | "russian-withdrawal" | "ukrainian-withdrawal">;
export declare const ceasefireLine: Vocabulary<"1991-borders" | "agreed-positions" | "line-of-contact" | "pre-2022-lines" | "unspecified" | "withdrawal-to-admin-borders">;
export declare const monitoring: Vocabulary<"bilateral" | "international" | "none" | "osce" | "peace-council" | "technical" | "un" | "unspecified" | "us-led">;
export declare const ceasefireScope: Vocabulary<"air-and-sea" | "energy-infrastructure" | "full" | "partial" | "unspecified">;
export declare const weaponClass: Vocabulary<"artillery" | "heavy-mlrs" | "mlrs" | "mortars" | "tanks">;
export declare const territorialStatus: Vocabulary<"deferred" | "demilitarized-zone" | "frozen-at-line" | "russian-de-facto" | "russian-de-jure" | "special-status" | "ukrainian" | "unspecified">;
export declare const territorialExtent: Vocabulary<"russian-held-part" | "ukrainian-held-part" | "unspecified" | "whole">;
export declare const territorialBasis: Vocabulary<"line-of-contact" | "negotiated-later" | "recognition-of-annexation" | "territorial-integrity" | "unspecified">;
export declare const electionScope: Vocabulary<"local" | "national" | "occupied-areas" | "parliamentary" | "presidential" | "referendum">;
export declare const electionMonitoring: Vocabulary<"international" | "none" | "osce" | "un" | "unspecified">;
export declare const electionTiming: Vocabulary<"as-soon-as-possible" | "unspecified">;
export declare const natoStance: Vocabulary<"barred" | "barred-constitutionally" | "consensus-dependent" | "deferred" | "open" | "unspecified">;
export declare const euStance: Vocabulary<"barred" | "fast-track" | "open" | "unspecified">;
export declare const foreignTroops: Vocabulary<"allowed" | "barred" | "nato-barred" | "peacekeepers-only" | "unspecified">;
export declare const sanctionsRelief: Vocabulary<"full" | "none" | "phased" | "selective" | "unspecified">;
export declare const frozenAssets: Vocabulary<"frozen-until-reparations" | "reconstruction-fund" | "returned" | "split" | "unspecified">;
export declare const guarantee: Vocabulary<"article-5-like" | "bilateral" | "multilateral" | "none" | "reassurance-force" | "unspecified">;
export declare const armyCapWord: Vocabulary<"none" | "unspecified">;
export declare const peacekeepers: Vocabulary<"european" | "multinational" | "neutral" | "none" | "un" | "unspecified">;
export declare const gasTransit: Vocabulary<"ended" | "guaranteed" | "resumed" | "unspecified">;
export declare const facilityControl: Vocabulary<"iaea-supervised" | "russian" | "third-party" | "ukrainian" | "unspecified" | "us-led-consortium" | "us-operated" | "us-ukraine-joint">;
export declare const zoneKind: Vocabulary<"demilitarized" | "free-economic-zone" | "security-zone" | "unspecified">;
export declare const zonePart: Vocabulary<"both-sides-of-line" | "russian-held-part" | "ukrainian-held-part" | "unspecified" | "whole">;
export declare const zoneAuthority: Vocabulary<"international" | "joint" | "none" | "rosgvardiya" | "russian" | "ukrainian" | "unspecified">;
export declare const zoneRecognition: Vocabulary<"russian" | "ukrainian" | "undetermined" | "unspecified">;
export declare const recognitionScope: Vocabulary<"international" | "signatories" | "un-security-council" | "united-states" | "unspecified">;
export declare const recognitionInstrument: Vocabulary<"agreement" | "political-statement" | "treaty" | "unsc-resolution" | "unspecified">;
export declare const guaranteeForm: Vocabulary<"executive-agreement" | "legally-binding" | "political-declaration" | "ratified-treaty" | "unspecified">;
export declare const guaranteeTrigger: Vocabulary<"armed-attack" | "ceasefire-violation" | "large-scale-attack" | "unspecified">;
export declare const guaranteeResponse: Vocabulary<"consultations" | "military-aid" | "military-force" | "sanctions" | "unspecified">;
export declare const guaranteeVoid: Vocabulary<"breach-of-settlement" | "strike-on-russian-cities" | "ukrainian-attack-on-russia" | "unspecified">;
export declare const guaranteeStart: Vocabulary<"after-ratification" | "after-war" | "on-ceasefire" | "on-signature" | "unspecified">;
export declare const forceScope: Vocabulary<"always" | "peacetime" | "unspecified">;
export declare const weaponsRule: Vocabulary<"barred" | "limited" | "unrestricted" | "unspecified">;
export declare const aircraftBasing: Vocabulary<"in-ukraine" | "neighbouring-states" | "none" | "unspecified">;
export declare const amnesty: Vocabulary<"full" | "none" | "partial" | "unspecified">;
export declare const tribunal: Vocabulary<"international-court" | "national-courts" | "none" | "special-tribunal" | "unspecified">;
export declare const reparations: Vocabulary<"mutual-waiver" | "none" | "russia-pays" | "unspecified">;
export declare const sanctionsAuthority: Vocabulary<"all" | "bilateral" | "european-union" | "g7" | "united-kingdom" | "united-states" | "unspecified">;
export declare const reliefCondition: Vocabulary<"on-ceasefire" | "on-compliance" | "on-reparations" | "on-signature" | "with-consent">;
export declare const implementationStep: Vocabulary<"ceasefire" | "elections" | "guarantees-signed" | "martial-law-lifted" | "memorandum" | "ratification" | "referendum" | "sanctions-relief" | "signature" | "summit" | "unsc-resolution" | "withdrawal">;
export declare const entryIntoForce: Vocabulary<"after-ratification" | "after-referendum" | "on-acceptance" | "on-signature" | "unspecified">;
export declare const ratifyingBody: Vocabulary<"duma" | "guarantor-parliaments" | "rada" | "unspecified" | "us-congress">;
export declare const referendumSubject: Vocabulary<"none" | "on-agreement" | "on-neutrality" | "on-territory" | "unspecified">;
export declare const oversightBody: Vocabulary<"humanitarian-committee" | "joint-commission" | "osce" | "peace-council" | "special-commission" | "un" | "unspecified" | "us-russia-working-group">;
export declare const prisonerExchange: Vocabulary<"all-for-all" | "none" | "partial" | "unspecified">;
export declare const usUkraineAgreement: Vocabulary<"free-trade" | "investment" | "minerals">;
export declare const languageRegime: Vocabulary<"minority-rights" | "official-russian" | "unspecified">;
export declare const religionRegime: Vocabulary<"eu-tolerance-rules" | "moscow-church-protected" | "unspecified">;
export declare const nazismBan: Vocabulary<"mutual" | "ukraine-only" | "unspecified">;
/** Every vocabulary, keyed by name; the docs generator and tests iterate over this. */
export declare const vocabularies: {
    readonly planStatus: Vocabulary<"leaked" | "official" | "reported" | "speculative" | "statement">;
    readonly sourceFlag: Vocabulary<"aggregator" | "official" | "republisher" | "state-media" | "translation">;
    readonly ceasefireStart: Vocabulary<"conditional" | "immediate" | "none" | "on-signature" | "unspecified" | "within">;
    readonly ceasefirePrecondition: Vocabulary<"agreement-accepted" | "arms-supply-halt" | "dialogue-resumed" | "mobilisation-halt" | "nato-renunciation" | "pullback-to-agreed-positions" | "russian-withdrawal" | "ukrainian-withdrawal">;
    readonly ceasefireLine: Vocabulary<"1991-borders" | "agreed-positions" | "line-of-contact" | "pre-2022-lines" | "unspecified" | "withdrawal-to-admin-borders">;
    readonly monitoring: Vocabulary<"bilateral" | "international" | "none" | "osce" | "peace-council" | "technical" | "un" | "unspecified" | "us-led">;
    readonly ceasefireScope: Vocabulary<"air-and-sea" | "energy-infrastructure" | "full" | "partial" | "unspecified">;
    readonly weaponClass: Vocabulary<"artillery" | "heavy-mlrs" | "mlrs" | "mortars" | "tanks">;
    readonly territorialStatus: Vocabulary<"deferred" | "demilitarized-zone" | "frozen-at-line" | "russian-de-facto" | "russian-de-jure" | "special-status" | "ukrainian" | "unspecified">;
    readonly territorialExtent: Vocabulary<"russian-held-part" | "ukrainian-held-part" | "unspecified" | "whole">;
    readonly territorialBasis: Vocabulary<"line-of-contact" | "negotiated-later" | "recognition-of-annexation" | "territorial-integrity" | "unspecified">;
    readonly electionScope: Vocabulary<"local" | "national" | "occupied-areas" | "parliamentary" | "presidential" | "referendum">;
    readonly electionMonitoring: Vocabulary<"international" | "none" | "osce" | "un" | "unspecified">;
    readonly electionTiming: Vocabulary<"as-soon-as-possible" | "unspecified">;
    readonly natoStance: Vocabulary<"barred" | "barred-constitutionally" | "consensus-dependent" | "deferred" | "open" | "unspecified">;
    readonly euStance: Vocabulary<"barred" | "fast-track" | "open" | "unspecified">;
    readonly foreignTroops: Vocabulary<"allowed" | "barred" | "nato-barred" | "peacekeepers-only" | "unspecified">;
    readonly sanctionsRelief: Vocabulary<"full" | "none" | "phased" | "selective" | "unspecified">;
    readonly frozenAssets: Vocabulary<"frozen-until-reparations" | "reconstruction-fund" | "returned" | "split" | "unspecified">;
    readonly guarantee: Vocabulary<"article-5-like" | "bilateral" | "multilateral" | "none" | "reassurance-force" | "unspecified">;
    readonly armyCapWord: Vocabulary<"none" | "unspecified">;
    readonly peacekeepers: Vocabulary<"european" | "multinational" | "neutral" | "none" | "un" | "unspecified">;
    readonly gasTransit: Vocabulary<"ended" | "guaranteed" | "resumed" | "unspecified">;
    readonly facilityControl: Vocabulary<"iaea-supervised" | "russian" | "third-party" | "ukrainian" | "unspecified" | "us-led-consortium" | "us-operated" | "us-ukraine-joint">;
    readonly zoneKind: Vocabulary<"demilitarized" | "free-economic-zone" | "security-zone" | "unspecified">;
    readonly zonePart: Vocabulary<"both-sides-of-line" | "russian-held-part" | "ukrainian-held-part" | "unspecified" | "whole">;
    readonly zoneAuthority: Vocabulary<"international" | "joint" | "none" | "rosgvardiya" | "russian" | "ukrainian" | "unspecified">;
    readonly zoneRecognition: Vocabulary<"russian" | "ukrainian" | "undetermined" | "unspecified">;
    readonly recognitionScope: Vocabulary<"international" | "signatories" | "un-security-council" | "united-states" | "unspecified">;
    readonly recognitionInstrument: Vocabulary<"agreement" | "political-statement" | "treaty" | "unsc-resolution" | "unspecified">;
    readonly guaranteeForm: Vocabulary<"executive-agreement" | "legally-binding" | "political-declaration" | "ratified-treaty" | "unspecified">;
    readonly guaranteeTrigger: Vocabulary<"armed-attack" | "ceasefire-violation" | "large-scale-attack" | "unspecified">;
    readonly guaranteeResponse: Vocabulary<"consultations" | "military-aid" | "military-force" | "sanctions" | "unspecified">;
    readonly guaranteeVoid: Vocabulary<"breach-of-settlement" | "strike-on-russian-cities" | "ukrainian-attack-on-russia" | "unspecified">;
    readonly guaranteeStart: Vocabulary<"after-ratification" | "after-war" | "on-ceasefire" | "on-signature" | "unspecified">;
    readonly forceScope: Vocabulary<"always" | "peacetime" | "unspecified">;
    readonly weaponsRule: Vocabulary<"barred" | "limited" | "unrestricted" | "unspecified">;
    readonly aircraftBasing: Vocabulary<"in-ukraine" | "neighbouring-states" | "none" | "unspecified">;
    readonly amnesty: Vocabulary<"full" | "none" | "partial" | "unspecified">;
    readonly tribunal: Vocabulary<"international-court" | "national-courts" | "none" | "special-tribunal" | "unspecified">;
    readonly reparations: Vocabulary<"mutual-waiver" | "none" | "russia-pays" | "unspecified">;
    readonly sanctionsAuthority: Vocabulary<"all" | "bilateral" | "european-union" | "g7" | "united-kingdom" | "united-states" | "unspecified">;
    readonly reliefCondition: Vocabulary<"on-ceasefire" | "on-compliance" | "on-reparations" | "on-signature" | "with-consent">;
    readonly implementationStep: Vocabulary<"ceasefire" | "elections" | "guarantees-signed" | "martial-law-lifted" | "memorandum" | "ratification" | "referendum" | "sanctions-relief" | "signature" | "summit" | "unsc-resolution" | "withdrawal">;
    readonly entryIntoForce: Vocabulary<"after-ratification" | "after-referendum" | "on-acceptance" | "on-signature" | "unspecified">;
    readonly ratifyingBody: Vocabulary<"duma" | "guarantor-parliaments" | "rada" | "unspecified" | "us-congress">;
    readonly referendumSubject: Vocabulary<"none" | "on-agreement" | "on-neutrality" | "on-territory" | "unspecified">;
    readonly oversightBody: Vocabulary<"humanitarian-committee" | "joint-commission" | "osce" | "peace-council" | "special-commission" | "un" | "unspecified" | "us-russia-working-group">;
    readonly prisonerExchange: Vocabulary<"all-for-all" | "none" | "partial" | "unspecified">;
    readonly usUkraineAgreement: Vocabulary<"free-trade" | "investment" | "minerals">;
    readonly languageRegime: Vocabulary<"minority-rights" | "official-russian" | "unspecified">;
    readonly religionRegime: Vocabulary<"eu-tolerance-rules" | "moscow-church-protected" | "unspecified">;
    readonly nazismBan: Vocabulary<"mutual" | "ukraine-only" | "unspecified">;
};
export declare function valuesOf<V extends string>(v: Vocabulary<V>): [V, ...V[]];
/** Position of a value on the vocabulary's scale, or undefined when it is not on it. */
export declare function rankOf(v: Vocabulary, value: string): number | undefined;
/** The vocabulary an enum's values come from, found by its value set. */
export declare function vocabularyOfValues(values: readonly unknown[]): Vocabulary | undefined;
