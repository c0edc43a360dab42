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
import { type Duration } from './duration.js';
import { type Money } from './money.js';
export declare const planId: z.ZodString;
/** A duration string, normalised to days. */
export declare const durationText: z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>;
/** A duration, or `unspecified` for "a fixed period" with no number. */
export declare const duration: z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>;
/** An amount of money, normalised to billions of its currency. */
export declare const money: z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>;
export declare const sovereigntyClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    affirmed: z.ZodOptional<z.ZodBoolean>;
    un_charter: z.ZodOptional<z.ZodBoolean>;
    past_disputes_settled: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const ceasefireClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    start: z.ZodEnum<{
        conditional: "conditional";
        immediate: "immediate";
        none: "none";
        "on-signature": "on-signature";
        unspecified: "unspecified";
        within: "within";
    }>;
    within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    condition: z.ZodOptional<z.ZodString>;
    preconditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "agreement-accepted": "agreement-accepted";
        "arms-supply-halt": "arms-supply-halt";
        "dialogue-resumed": "dialogue-resumed";
        "mobilisation-halt": "mobilisation-halt";
        "nato-renunciation": "nato-renunciation";
        "pullback-to-agreed-positions": "pullback-to-agreed-positions";
        "russian-withdrawal": "russian-withdrawal";
        "ukrainian-withdrawal": "ukrainian-withdrawal";
    }>>>;
    effective_date: z.ZodOptional<z.ZodISODate>;
    end_date: z.ZodOptional<z.ZodISODate>;
    duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    line: z.ZodOptional<z.ZodEnum<{
        "1991-borders": "1991-borders";
        "agreed-positions": "agreed-positions";
        "line-of-contact": "line-of-contact";
        "pre-2022-lines": "pre-2022-lines";
        unspecified: "unspecified";
        "withdrawal-to-admin-borders": "withdrawal-to-admin-borders";
    }>>;
    monitoring: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        bilateral: "bilateral";
        international: "international";
        none: "none";
        osce: "osce";
        "peace-council": "peace-council";
        technical: "technical";
        un: "un";
        unspecified: "unspecified";
        "us-led": "us-led";
    }>>>;
    scope: z.ZodOptional<z.ZodEnum<{
        "air-and-sea": "air-and-sea";
        "energy-infrastructure": "energy-infrastructure";
        full: "full";
        partial: "partial";
        unspecified: "unspecified";
    }>>;
    heavy_weapons_pullback_km: z.ZodOptional<z.ZodObject<{
        artillery: z.ZodOptional<z.ZodNumber>;
        "heavy-mlrs": z.ZodOptional<z.ZodNumber>;
        mlrs: z.ZodOptional<z.ZodNumber>;
        mortars: z.ZodOptional<z.ZodNumber>;
        tanks: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    pullback_within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
}, z.core.$strict>;
export declare const recognitionClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    basis: z.ZodOptional<z.ZodEnum<{
        "line-of-contact": "line-of-contact";
        "negotiated-later": "negotiated-later";
        "recognition-of-annexation": "recognition-of-annexation";
        "territorial-integrity": "territorial-integrity";
        unspecified: "unspecified";
    }>>;
    territories: z.ZodOptional<z.ZodObject<{
        cherkasy: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        chernihiv: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        chernivtsi: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        crimea: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        dnipropetrovsk: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        donetsk: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        "ivano-frankivsk": z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        kharkiv: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        kherson: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        khmelnytskyi: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        "kinburn-spit": z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        kirovohrad: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        kyiv: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        "kyiv-city": z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        luhansk: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        lviv: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        mykolaiv: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        odesa: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        poltava: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        rivne: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        sevastopol: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        sumy: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        ternopil: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        vinnytsia: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        volyn: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        zakarpattia: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        zaporizhzhia: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        zhytomyr: z.ZodOptional<z.ZodObject<{
            status: z.ZodEnum<{
                deferred: "deferred";
                "demilitarized-zone": "demilitarized-zone";
                "frozen-at-line": "frozen-at-line";
                "russian-de-facto": "russian-de-facto";
                "russian-de-jure": "russian-de-jure";
                "special-status": "special-status";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
            }>;
            extent: z.ZodOptional<z.ZodEnum<{
                "russian-held-part": "russian-held-part";
                "ukrainian-held-part": "ukrainian-held-part";
                unspecified: "unspecified";
                whole: "whole";
            }>>;
            recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                kind: z.ZodEnum<{
                    demilitarized: "demilitarized";
                    "free-economic-zone": "free-economic-zone";
                    "security-zone": "security-zone";
                    unspecified: "unspecified";
                }>;
                part: z.ZodOptional<z.ZodEnum<{
                    "both-sides-of-line": "both-sides-of-line";
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                share_pct: z.ZodOptional<z.ZodNumber>;
                administered_by: z.ZodOptional<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>;
                policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    international: "international";
                    joint: "joint";
                    none: "none";
                    rosgvardiya: "rosgvardiya";
                    russian: "russian";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>>>;
                pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                recognized_as: z.ZodOptional<z.ZodEnum<{
                    russian: "russian";
                    ukrainian: "ukrainian";
                    undetermined: "undetermined";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    scope: z.ZodOptional<z.ZodEnum<{
        international: "international";
        signatories: "signatories";
        "un-security-council": "un-security-council";
        "united-states": "united-states";
        unspecified: "unspecified";
    }>>;
    instrument: z.ZodOptional<z.ZodEnum<{
        agreement: "agreement";
        "political-statement": "political-statement";
        treaty: "treaty";
        "unsc-resolution": "unsc-resolution";
        unspecified: "unspecified";
    }>>;
    revocable: z.ZodOptional<z.ZodBoolean>;
    non_use_of_force: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const electionsClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodEnum<{
        "as-soon-as-possible": "as-soon-as-possible";
        unspecified: "unspecified";
    }>]>>;
    after: z.ZodOptional<z.ZodString>;
    scope: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        local: "local";
        national: "national";
        "occupied-areas": "occupied-areas";
        parliamentary: "parliamentary";
        presidential: "presidential";
        referendum: "referendum";
    }>>>;
    monitoring: z.ZodOptional<z.ZodEnum<{
        international: "international";
        none: "none";
        osce: "osce";
        un: "un";
        unspecified: "unspecified";
    }>>;
}, z.core.$strict>;
export declare const neutralityClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    nato: z.ZodOptional<z.ZodEnum<{
        barred: "barred";
        "barred-constitutionally": "barred-constitutionally";
        "consensus-dependent": "consensus-dependent";
        deferred: "deferred";
        open: "open";
        unspecified: "unspecified";
    }>>;
    nato_enlargement_halt: z.ZodOptional<z.ZodBoolean>;
    russia_nato_dialogue: z.ZodOptional<z.ZodBoolean>;
    eu: z.ZodOptional<z.ZodEnum<{
        barred: "barred";
        "fast-track": "fast-track";
        open: "open";
        unspecified: "unspecified";
    }>>;
    eu_target_date: z.ZodOptional<z.ZodISODate>;
    eu_market_access: z.ZodOptional<z.ZodBoolean>;
    foreign_troops: z.ZodOptional<z.ZodEnum<{
        allowed: "allowed";
        barred: "barred";
        "nato-barred": "nato-barred";
        "peacekeepers-only": "peacekeepers-only";
        unspecified: "unspecified";
    }>>;
    non_nuclear: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const securityPackageClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    guarantee: z.ZodOptional<z.ZodEnum<{
        "article-5-like": "article-5-like";
        bilateral: "bilateral";
        multilateral: "multilateral";
        none: "none";
        "reassurance-force": "reassurance-force";
        unspecified: "unspecified";
    }>>;
    guarantors: z.ZodOptional<z.ZodArray<z.ZodString>>;
    guarantee_form: z.ZodOptional<z.ZodEnum<{
        "executive-agreement": "executive-agreement";
        "legally-binding": "legally-binding";
        "political-declaration": "political-declaration";
        "ratified-treaty": "ratified-treaty";
        unspecified: "unspecified";
    }>>;
    guarantee_term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    guarantee_renewable: z.ZodOptional<z.ZodBoolean>;
    guarantee_starts: z.ZodOptional<z.ZodEnum<{
        "after-ratification": "after-ratification";
        "after-war": "after-war";
        "on-ceasefire": "on-ceasefire";
        "on-signature": "on-signature";
        unspecified: "unspecified";
    }>>;
    guarantee_trigger: z.ZodOptional<z.ZodEnum<{
        "armed-attack": "armed-attack";
        "ceasefire-violation": "ceasefire-violation";
        "large-scale-attack": "large-scale-attack";
        unspecified: "unspecified";
    }>>;
    guarantee_response: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        consultations: "consultations";
        "military-aid": "military-aid";
        "military-force": "military-force";
        sanctions: "sanctions";
        unspecified: "unspecified";
    }>>>;
    guarantee_backstop: z.ZodOptional<z.ZodArray<z.ZodString>>;
    guarantee_void_if: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "breach-of-settlement": "breach-of-settlement";
        "strike-on-russian-cities": "strike-on-russian-cities";
        "ukrainian-attack-on-russia": "ukrainian-attack-on-russia";
        unspecified: "unspecified";
    }>>>;
    guarantee_compensated: z.ZodOptional<z.ZodBoolean>;
    force_limits: z.ZodOptional<z.ZodArray<z.ZodObject<{
        party: z.ZodString;
        troops: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodEnum<{
            none: "none";
            unspecified: "unspecified";
        }>]>>;
        applies: z.ZodOptional<z.ZodEnum<{
            always: "always";
            peacetime: "peacetime";
            unspecified: "unspecified";
        }>>;
        tanks: z.ZodOptional<z.ZodInt>;
        artillery: z.ZodOptional<z.ZodInt>;
        combat_aircraft: z.ZodOptional<z.ZodInt>;
        missile_range_km: z.ZodOptional<z.ZodInt>;
        long_range_weapons: z.ZodOptional<z.ZodEnum<{
            barred: "barred";
            limited: "limited";
            unrestricted: "unrestricted";
            unspecified: "unspecified";
        }>>;
        defence_industry: z.ZodOptional<z.ZodEnum<{
            barred: "barred";
            limited: "limited";
            unrestricted: "unrestricted";
            unspecified: "unspecified";
        }>>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    force_caps: z.ZodOptional<z.ZodArray<z.ZodObject<{
        proposed_by: z.ZodString;
        troops: z.ZodOptional<z.ZodInt>;
        tanks: z.ZodOptional<z.ZodInt>;
        artillery: z.ZodOptional<z.ZodInt>;
        combat_aircraft: z.ZodOptional<z.ZodInt>;
        missile_range_km: z.ZodOptional<z.ZodInt>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    peacekeepers: z.ZodOptional<z.ZodEnum<{
        european: "european";
        multinational: "multinational";
        neutral: "neutral";
        none: "none";
        un: "un";
        unspecified: "unspecified";
    }>>;
    allied_aircraft: z.ZodOptional<z.ZodEnum<{
        "in-ukraine": "in-ukraine";
        "neighbouring-states": "neighbouring-states";
        none: "none";
        unspecified: "unspecified";
    }>>;
    non_aggression: z.ZodOptional<z.ZodBoolean>;
    non_aggression_parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
    non_aggression_law: z.ZodOptional<z.ZodArray<z.ZodString>>;
    arms_control: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const sanctionsClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    relief: z.ZodOptional<z.ZodEnum<{
        full: "full";
        none: "none";
        phased: "phased";
        selective: "selective";
        unspecified: "unspecified";
    }>>;
    lifted_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        all: "all";
        bilateral: "bilateral";
        "european-union": "european-union";
        g7: "g7";
        "united-kingdom": "united-kingdom";
        "united-states": "united-states";
        unspecified: "unspecified";
    }>>>;
    relief_conditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "on-ceasefire": "on-ceasefire";
        "on-compliance": "on-compliance";
        "on-reparations": "on-reparations";
        "on-signature": "on-signature";
        "with-consent": "with-consent";
    }>>>;
    conditions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    snapback: z.ZodOptional<z.ZodBoolean>;
    new_sanctions_barred: z.ZodOptional<z.ZodBoolean>;
    frozen_assets: z.ZodOptional<z.ZodEnum<{
        "frozen-until-reparations": "frozen-until-reparations";
        "reconstruction-fund": "reconstruction-fund";
        returned: "returned";
        split: "split";
        unspecified: "unspecified";
    }>>;
    frozen_assets_amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
    frozen_assets_shares: z.ZodOptional<z.ZodArray<z.ZodObject<{
        to: z.ZodString;
        share_pct: z.ZodOptional<z.ZodNumber>;
        amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    g8_return: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const economyClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    reconstruction_fund: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
    development_fund: z.ZodOptional<z.ZodBoolean>;
    us_ukraine: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "free-trade": "free-trade";
        investment: "investment";
        minerals: "minerals";
    }>>>;
    us_russia_cooperation: z.ZodOptional<z.ZodBoolean>;
    russia_reintegration: z.ZodOptional<z.ZodBoolean>;
    dnipro_passage: z.ZodOptional<z.ZodBoolean>;
    black_sea_shipping: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const energyTransitClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    gas_transit: z.ZodOptional<z.ZodEnum<{
        ended: "ended";
        guaranteed: "guaranteed";
        resumed: "resumed";
        unspecified: "unspecified";
    }>>;
    term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    gas_infrastructure: z.ZodOptional<z.ZodEnum<{
        "iaea-supervised": "iaea-supervised";
        russian: "russian";
        "third-party": "third-party";
        ukrainian: "ukrainian";
        unspecified: "unspecified";
        "us-led-consortium": "us-led-consortium";
        "us-operated": "us-operated";
        "us-ukraine-joint": "us-ukraine-joint";
    }>>;
    zaporizhzhia_npp: z.ZodOptional<z.ZodEnum<{
        "iaea-supervised": "iaea-supervised";
        russian: "russian";
        "third-party": "third-party";
        ukrainian: "ukrainian";
        unspecified: "unspecified";
        "us-led-consortium": "us-led-consortium";
        "us-operated": "us-operated";
        "us-ukraine-joint": "us-ukraine-joint";
    }>>;
    zaporizhzhia_npp_options: z.ZodOptional<z.ZodArray<z.ZodObject<{
        proposed_by: z.ZodString;
        control: z.ZodEnum<{
            "iaea-supervised": "iaea-supervised";
            russian: "russian";
            "third-party": "third-party";
            ukrainian: "ukrainian";
            unspecified: "unspecified";
            "us-led-consortium": "us-led-consortium";
            "us-operated": "us-operated";
            "us-ukraine-joint": "us-ukraine-joint";
        }>;
        electricity_split: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    electricity_split: z.ZodOptional<z.ZodString>;
    kakhovka_dam: z.ZodOptional<z.ZodEnum<{
        "iaea-supervised": "iaea-supervised";
        russian: "russian";
        "third-party": "third-party";
        ukrainian: "ukrainian";
        unspecified: "unspecified";
        "us-led-consortium": "us-led-consortium";
        "us-operated": "us-operated";
        "us-ukraine-joint": "us-ukraine-joint";
    }>>;
    infrastructure_truce: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const implementationClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    order: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        ceasefire: "ceasefire";
        elections: "elections";
        "guarantees-signed": "guarantees-signed";
        "martial-law-lifted": "martial-law-lifted";
        memorandum: "memorandum";
        ratification: "ratification";
        referendum: "referendum";
        "sanctions-relief": "sanctions-relief";
        signature: "signature";
        summit: "summit";
        "unsc-resolution": "unsc-resolution";
        withdrawal: "withdrawal";
    }>>>;
    entry_into_force: z.ZodOptional<z.ZodEnum<{
        "after-ratification": "after-ratification";
        "after-referendum": "after-referendum";
        "on-acceptance": "on-acceptance";
        "on-signature": "on-signature";
        unspecified: "unspecified";
    }>>;
    legally_binding: z.ZodOptional<z.ZodBoolean>;
    ratification: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        duma: "duma";
        "guarantor-parliaments": "guarantor-parliaments";
        rada: "rada";
        unspecified: "unspecified";
        "us-congress": "us-congress";
    }>>>;
    unsc_resolution: z.ZodOptional<z.ZodBoolean>;
    referendum: z.ZodOptional<z.ZodEnum<{
        none: "none";
        "on-agreement": "on-agreement";
        "on-neutrality": "on-neutrality";
        "on-territory": "on-territory";
        unspecified: "unspecified";
    }>>;
    referendum_with_elections: z.ZodOptional<z.ZodBoolean>;
    ceasefire_before_vote: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    oversight: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "humanitarian-committee": "humanitarian-committee";
        "joint-commission": "joint-commission";
        osce: "osce";
        "peace-council": "peace-council";
        "special-commission": "special-commission";
        un: "un";
        unspecified: "unspecified";
        "us-russia-working-group": "us-russia-working-group";
    }>>>;
    deadline: z.ZodOptional<z.ZodISODate>;
}, z.core.$strict>;
export declare const signatoriesClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
    documents: z.ZodOptional<z.ZodInt>;
    legitimacy_disputed: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const accountabilityClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    amnesty: z.ZodOptional<z.ZodEnum<{
        full: "full";
        none: "none";
        partial: "partial";
        unspecified: "unspecified";
    }>>;
    tribunal: z.ZodOptional<z.ZodEnum<{
        "international-court": "international-court";
        "national-courts": "national-courts";
        none: "none";
        "special-tribunal": "special-tribunal";
        unspecified: "unspecified";
    }>>;
    reparations: z.ZodOptional<z.ZodEnum<{
        "mutual-waiver": "mutual-waiver";
        none: "none";
        "russia-pays": "russia-pays";
        unspecified: "unspecified";
    }>>;
    compensation_mechanism: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const humanitarianClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    prisoners: z.ZodOptional<z.ZodEnum<{
        "all-for-all": "all-for-all";
        none: "none";
        partial: "partial";
        unspecified: "unspecified";
    }>>;
    civilians: z.ZodOptional<z.ZodBoolean>;
    children: z.ZodOptional<z.ZodBoolean>;
    political_prisoners: z.ZodOptional<z.ZodBoolean>;
    remains: z.ZodOptional<z.ZodBoolean>;
    family_reunification: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const rightsClause: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    language: z.ZodOptional<z.ZodEnum<{
        "minority-rights": "minority-rights";
        "official-russian": "official-russian";
        unspecified: "unspecified";
    }>>;
    religion: z.ZodOptional<z.ZodEnum<{
        "eu-tolerance-rules": "eu-tolerance-rules";
        "moscow-church-protected": "moscow-church-protected";
        unspecified: "unspecified";
    }>>;
    nazism_ban: z.ZodOptional<z.ZodEnum<{
        mutual: "mutual";
        "ukraine-only": "ukraine-only";
        unspecified: "unspecified";
    }>>;
    tolerance_education: z.ZodOptional<z.ZodBoolean>;
    media_rights: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const otherProvision: z.ZodObject<{
    summary: z.ZodString;
    sources: z.ZodArray<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    topic: z.ZodString;
}, z.core.$strict>;
export declare const clauseSchemas: {
    readonly sovereignty: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        affirmed: z.ZodOptional<z.ZodBoolean>;
        un_charter: z.ZodOptional<z.ZodBoolean>;
        past_disputes_settled: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly ceasefire: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        start: z.ZodEnum<{
            conditional: "conditional";
            immediate: "immediate";
            none: "none";
            "on-signature": "on-signature";
            unspecified: "unspecified";
            within: "within";
        }>;
        within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        condition: z.ZodOptional<z.ZodString>;
        preconditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "agreement-accepted": "agreement-accepted";
            "arms-supply-halt": "arms-supply-halt";
            "dialogue-resumed": "dialogue-resumed";
            "mobilisation-halt": "mobilisation-halt";
            "nato-renunciation": "nato-renunciation";
            "pullback-to-agreed-positions": "pullback-to-agreed-positions";
            "russian-withdrawal": "russian-withdrawal";
            "ukrainian-withdrawal": "ukrainian-withdrawal";
        }>>>;
        effective_date: z.ZodOptional<z.ZodISODate>;
        end_date: z.ZodOptional<z.ZodISODate>;
        duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        line: z.ZodOptional<z.ZodEnum<{
            "1991-borders": "1991-borders";
            "agreed-positions": "agreed-positions";
            "line-of-contact": "line-of-contact";
            "pre-2022-lines": "pre-2022-lines";
            unspecified: "unspecified";
            "withdrawal-to-admin-borders": "withdrawal-to-admin-borders";
        }>>;
        monitoring: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            bilateral: "bilateral";
            international: "international";
            none: "none";
            osce: "osce";
            "peace-council": "peace-council";
            technical: "technical";
            un: "un";
            unspecified: "unspecified";
            "us-led": "us-led";
        }>>>;
        scope: z.ZodOptional<z.ZodEnum<{
            "air-and-sea": "air-and-sea";
            "energy-infrastructure": "energy-infrastructure";
            full: "full";
            partial: "partial";
            unspecified: "unspecified";
        }>>;
        heavy_weapons_pullback_km: z.ZodOptional<z.ZodObject<{
            artillery: z.ZodOptional<z.ZodNumber>;
            "heavy-mlrs": z.ZodOptional<z.ZodNumber>;
            mlrs: z.ZodOptional<z.ZodNumber>;
            mortars: z.ZodOptional<z.ZodNumber>;
            tanks: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        pullback_within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
    }, z.core.$strict>;
    readonly recognition: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        basis: z.ZodOptional<z.ZodEnum<{
            "line-of-contact": "line-of-contact";
            "negotiated-later": "negotiated-later";
            "recognition-of-annexation": "recognition-of-annexation";
            "territorial-integrity": "territorial-integrity";
            unspecified: "unspecified";
        }>>;
        territories: z.ZodOptional<z.ZodObject<{
            cherkasy: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            chernihiv: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            chernivtsi: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            crimea: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            dnipropetrovsk: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            donetsk: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            "ivano-frankivsk": z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            kharkiv: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            kherson: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            khmelnytskyi: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            "kinburn-spit": z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            kirovohrad: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            kyiv: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            "kyiv-city": z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            luhansk: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            lviv: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            mykolaiv: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            odesa: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            poltava: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            rivne: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            sevastopol: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            sumy: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            ternopil: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            vinnytsia: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            volyn: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            zakarpattia: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            zaporizhzhia: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
            zhytomyr: z.ZodOptional<z.ZodObject<{
                status: z.ZodEnum<{
                    deferred: "deferred";
                    "demilitarized-zone": "demilitarized-zone";
                    "frozen-at-line": "frozen-at-line";
                    "russian-de-facto": "russian-de-facto";
                    "russian-de-jure": "russian-de-jure";
                    "special-status": "special-status";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                }>;
                extent: z.ZodOptional<z.ZodEnum<{
                    "russian-held-part": "russian-held-part";
                    "ukrainian-held-part": "ukrainian-held-part";
                    unspecified: "unspecified";
                    whole: "whole";
                }>>;
                recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    kind: z.ZodEnum<{
                        demilitarized: "demilitarized";
                        "free-economic-zone": "free-economic-zone";
                        "security-zone": "security-zone";
                        unspecified: "unspecified";
                    }>;
                    part: z.ZodOptional<z.ZodEnum<{
                        "both-sides-of-line": "both-sides-of-line";
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    share_pct: z.ZodOptional<z.ZodNumber>;
                    administered_by: z.ZodOptional<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>;
                    policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        international: "international";
                        joint: "joint";
                        none: "none";
                        rosgvardiya: "rosgvardiya";
                        russian: "russian";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>>>;
                    pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                    recognized_as: z.ZodOptional<z.ZodEnum<{
                        russian: "russian";
                        ukrainian: "ukrainian";
                        undetermined: "undetermined";
                        unspecified: "unspecified";
                    }>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        scope: z.ZodOptional<z.ZodEnum<{
            international: "international";
            signatories: "signatories";
            "un-security-council": "un-security-council";
            "united-states": "united-states";
            unspecified: "unspecified";
        }>>;
        instrument: z.ZodOptional<z.ZodEnum<{
            agreement: "agreement";
            "political-statement": "political-statement";
            treaty: "treaty";
            "unsc-resolution": "unsc-resolution";
            unspecified: "unspecified";
        }>>;
        revocable: z.ZodOptional<z.ZodBoolean>;
        non_use_of_force: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly elections: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodEnum<{
            "as-soon-as-possible": "as-soon-as-possible";
            unspecified: "unspecified";
        }>]>>;
        after: z.ZodOptional<z.ZodString>;
        scope: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            local: "local";
            national: "national";
            "occupied-areas": "occupied-areas";
            parliamentary: "parliamentary";
            presidential: "presidential";
            referendum: "referendum";
        }>>>;
        monitoring: z.ZodOptional<z.ZodEnum<{
            international: "international";
            none: "none";
            osce: "osce";
            un: "un";
            unspecified: "unspecified";
        }>>;
    }, z.core.$strict>;
    readonly neutrality: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        nato: z.ZodOptional<z.ZodEnum<{
            barred: "barred";
            "barred-constitutionally": "barred-constitutionally";
            "consensus-dependent": "consensus-dependent";
            deferred: "deferred";
            open: "open";
            unspecified: "unspecified";
        }>>;
        nato_enlargement_halt: z.ZodOptional<z.ZodBoolean>;
        russia_nato_dialogue: z.ZodOptional<z.ZodBoolean>;
        eu: z.ZodOptional<z.ZodEnum<{
            barred: "barred";
            "fast-track": "fast-track";
            open: "open";
            unspecified: "unspecified";
        }>>;
        eu_target_date: z.ZodOptional<z.ZodISODate>;
        eu_market_access: z.ZodOptional<z.ZodBoolean>;
        foreign_troops: z.ZodOptional<z.ZodEnum<{
            allowed: "allowed";
            barred: "barred";
            "nato-barred": "nato-barred";
            "peacekeepers-only": "peacekeepers-only";
            unspecified: "unspecified";
        }>>;
        non_nuclear: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly security_package: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        guarantee: z.ZodOptional<z.ZodEnum<{
            "article-5-like": "article-5-like";
            bilateral: "bilateral";
            multilateral: "multilateral";
            none: "none";
            "reassurance-force": "reassurance-force";
            unspecified: "unspecified";
        }>>;
        guarantors: z.ZodOptional<z.ZodArray<z.ZodString>>;
        guarantee_form: z.ZodOptional<z.ZodEnum<{
            "executive-agreement": "executive-agreement";
            "legally-binding": "legally-binding";
            "political-declaration": "political-declaration";
            "ratified-treaty": "ratified-treaty";
            unspecified: "unspecified";
        }>>;
        guarantee_term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        guarantee_renewable: z.ZodOptional<z.ZodBoolean>;
        guarantee_starts: z.ZodOptional<z.ZodEnum<{
            "after-ratification": "after-ratification";
            "after-war": "after-war";
            "on-ceasefire": "on-ceasefire";
            "on-signature": "on-signature";
            unspecified: "unspecified";
        }>>;
        guarantee_trigger: z.ZodOptional<z.ZodEnum<{
            "armed-attack": "armed-attack";
            "ceasefire-violation": "ceasefire-violation";
            "large-scale-attack": "large-scale-attack";
            unspecified: "unspecified";
        }>>;
        guarantee_response: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            consultations: "consultations";
            "military-aid": "military-aid";
            "military-force": "military-force";
            sanctions: "sanctions";
            unspecified: "unspecified";
        }>>>;
        guarantee_backstop: z.ZodOptional<z.ZodArray<z.ZodString>>;
        guarantee_void_if: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "breach-of-settlement": "breach-of-settlement";
            "strike-on-russian-cities": "strike-on-russian-cities";
            "ukrainian-attack-on-russia": "ukrainian-attack-on-russia";
            unspecified: "unspecified";
        }>>>;
        guarantee_compensated: z.ZodOptional<z.ZodBoolean>;
        force_limits: z.ZodOptional<z.ZodArray<z.ZodObject<{
            party: z.ZodString;
            troops: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodEnum<{
                none: "none";
                unspecified: "unspecified";
            }>]>>;
            applies: z.ZodOptional<z.ZodEnum<{
                always: "always";
                peacetime: "peacetime";
                unspecified: "unspecified";
            }>>;
            tanks: z.ZodOptional<z.ZodInt>;
            artillery: z.ZodOptional<z.ZodInt>;
            combat_aircraft: z.ZodOptional<z.ZodInt>;
            missile_range_km: z.ZodOptional<z.ZodInt>;
            long_range_weapons: z.ZodOptional<z.ZodEnum<{
                barred: "barred";
                limited: "limited";
                unrestricted: "unrestricted";
                unspecified: "unspecified";
            }>>;
            defence_industry: z.ZodOptional<z.ZodEnum<{
                barred: "barred";
                limited: "limited";
                unrestricted: "unrestricted";
                unspecified: "unspecified";
            }>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        force_caps: z.ZodOptional<z.ZodArray<z.ZodObject<{
            proposed_by: z.ZodString;
            troops: z.ZodOptional<z.ZodInt>;
            tanks: z.ZodOptional<z.ZodInt>;
            artillery: z.ZodOptional<z.ZodInt>;
            combat_aircraft: z.ZodOptional<z.ZodInt>;
            missile_range_km: z.ZodOptional<z.ZodInt>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        peacekeepers: z.ZodOptional<z.ZodEnum<{
            european: "european";
            multinational: "multinational";
            neutral: "neutral";
            none: "none";
            un: "un";
            unspecified: "unspecified";
        }>>;
        allied_aircraft: z.ZodOptional<z.ZodEnum<{
            "in-ukraine": "in-ukraine";
            "neighbouring-states": "neighbouring-states";
            none: "none";
            unspecified: "unspecified";
        }>>;
        non_aggression: z.ZodOptional<z.ZodBoolean>;
        non_aggression_parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
        non_aggression_law: z.ZodOptional<z.ZodArray<z.ZodString>>;
        arms_control: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly sanctions: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        relief: z.ZodOptional<z.ZodEnum<{
            full: "full";
            none: "none";
            phased: "phased";
            selective: "selective";
            unspecified: "unspecified";
        }>>;
        lifted_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            all: "all";
            bilateral: "bilateral";
            "european-union": "european-union";
            g7: "g7";
            "united-kingdom": "united-kingdom";
            "united-states": "united-states";
            unspecified: "unspecified";
        }>>>;
        relief_conditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "on-ceasefire": "on-ceasefire";
            "on-compliance": "on-compliance";
            "on-reparations": "on-reparations";
            "on-signature": "on-signature";
            "with-consent": "with-consent";
        }>>>;
        conditions: z.ZodOptional<z.ZodArray<z.ZodString>>;
        snapback: z.ZodOptional<z.ZodBoolean>;
        new_sanctions_barred: z.ZodOptional<z.ZodBoolean>;
        frozen_assets: z.ZodOptional<z.ZodEnum<{
            "frozen-until-reparations": "frozen-until-reparations";
            "reconstruction-fund": "reconstruction-fund";
            returned: "returned";
            split: "split";
            unspecified: "unspecified";
        }>>;
        frozen_assets_amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
        frozen_assets_shares: z.ZodOptional<z.ZodArray<z.ZodObject<{
            to: z.ZodString;
            share_pct: z.ZodOptional<z.ZodNumber>;
            amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        g8_return: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly economy: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        reconstruction_fund: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
        development_fund: z.ZodOptional<z.ZodBoolean>;
        us_ukraine: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "free-trade": "free-trade";
            investment: "investment";
            minerals: "minerals";
        }>>>;
        us_russia_cooperation: z.ZodOptional<z.ZodBoolean>;
        russia_reintegration: z.ZodOptional<z.ZodBoolean>;
        dnipro_passage: z.ZodOptional<z.ZodBoolean>;
        black_sea_shipping: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly energy_transit: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        gas_transit: z.ZodOptional<z.ZodEnum<{
            ended: "ended";
            guaranteed: "guaranteed";
            resumed: "resumed";
            unspecified: "unspecified";
        }>>;
        term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        gas_infrastructure: z.ZodOptional<z.ZodEnum<{
            "iaea-supervised": "iaea-supervised";
            russian: "russian";
            "third-party": "third-party";
            ukrainian: "ukrainian";
            unspecified: "unspecified";
            "us-led-consortium": "us-led-consortium";
            "us-operated": "us-operated";
            "us-ukraine-joint": "us-ukraine-joint";
        }>>;
        zaporizhzhia_npp: z.ZodOptional<z.ZodEnum<{
            "iaea-supervised": "iaea-supervised";
            russian: "russian";
            "third-party": "third-party";
            ukrainian: "ukrainian";
            unspecified: "unspecified";
            "us-led-consortium": "us-led-consortium";
            "us-operated": "us-operated";
            "us-ukraine-joint": "us-ukraine-joint";
        }>>;
        zaporizhzhia_npp_options: z.ZodOptional<z.ZodArray<z.ZodObject<{
            proposed_by: z.ZodString;
            control: z.ZodEnum<{
                "iaea-supervised": "iaea-supervised";
                russian: "russian";
                "third-party": "third-party";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
                "us-led-consortium": "us-led-consortium";
                "us-operated": "us-operated";
                "us-ukraine-joint": "us-ukraine-joint";
            }>;
            electricity_split: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        electricity_split: z.ZodOptional<z.ZodString>;
        kakhovka_dam: z.ZodOptional<z.ZodEnum<{
            "iaea-supervised": "iaea-supervised";
            russian: "russian";
            "third-party": "third-party";
            ukrainian: "ukrainian";
            unspecified: "unspecified";
            "us-led-consortium": "us-led-consortium";
            "us-operated": "us-operated";
            "us-ukraine-joint": "us-ukraine-joint";
        }>>;
        infrastructure_truce: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly implementation: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        order: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            ceasefire: "ceasefire";
            elections: "elections";
            "guarantees-signed": "guarantees-signed";
            "martial-law-lifted": "martial-law-lifted";
            memorandum: "memorandum";
            ratification: "ratification";
            referendum: "referendum";
            "sanctions-relief": "sanctions-relief";
            signature: "signature";
            summit: "summit";
            "unsc-resolution": "unsc-resolution";
            withdrawal: "withdrawal";
        }>>>;
        entry_into_force: z.ZodOptional<z.ZodEnum<{
            "after-ratification": "after-ratification";
            "after-referendum": "after-referendum";
            "on-acceptance": "on-acceptance";
            "on-signature": "on-signature";
            unspecified: "unspecified";
        }>>;
        legally_binding: z.ZodOptional<z.ZodBoolean>;
        ratification: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            duma: "duma";
            "guarantor-parliaments": "guarantor-parliaments";
            rada: "rada";
            unspecified: "unspecified";
            "us-congress": "us-congress";
        }>>>;
        unsc_resolution: z.ZodOptional<z.ZodBoolean>;
        referendum: z.ZodOptional<z.ZodEnum<{
            none: "none";
            "on-agreement": "on-agreement";
            "on-neutrality": "on-neutrality";
            "on-territory": "on-territory";
            unspecified: "unspecified";
        }>>;
        referendum_with_elections: z.ZodOptional<z.ZodBoolean>;
        ceasefire_before_vote: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        oversight: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "humanitarian-committee": "humanitarian-committee";
            "joint-commission": "joint-commission";
            osce: "osce";
            "peace-council": "peace-council";
            "special-commission": "special-commission";
            un: "un";
            unspecified: "unspecified";
            "us-russia-working-group": "us-russia-working-group";
        }>>>;
        deadline: z.ZodOptional<z.ZodISODate>;
    }, z.core.$strict>;
    readonly signatories: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
        documents: z.ZodOptional<z.ZodInt>;
        legitimacy_disputed: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>;
    readonly accountability: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        amnesty: z.ZodOptional<z.ZodEnum<{
            full: "full";
            none: "none";
            partial: "partial";
            unspecified: "unspecified";
        }>>;
        tribunal: z.ZodOptional<z.ZodEnum<{
            "international-court": "international-court";
            "national-courts": "national-courts";
            none: "none";
            "special-tribunal": "special-tribunal";
            unspecified: "unspecified";
        }>>;
        reparations: z.ZodOptional<z.ZodEnum<{
            "mutual-waiver": "mutual-waiver";
            none: "none";
            "russia-pays": "russia-pays";
            unspecified: "unspecified";
        }>>;
        compensation_mechanism: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly humanitarian: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        prisoners: z.ZodOptional<z.ZodEnum<{
            "all-for-all": "all-for-all";
            none: "none";
            partial: "partial";
            unspecified: "unspecified";
        }>>;
        civilians: z.ZodOptional<z.ZodBoolean>;
        children: z.ZodOptional<z.ZodBoolean>;
        political_prisoners: z.ZodOptional<z.ZodBoolean>;
        remains: z.ZodOptional<z.ZodBoolean>;
        family_reunification: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
    readonly rights: z.ZodObject<{
        summary: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            claim: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        language: z.ZodOptional<z.ZodEnum<{
            "minority-rights": "minority-rights";
            "official-russian": "official-russian";
            unspecified: "unspecified";
        }>>;
        religion: z.ZodOptional<z.ZodEnum<{
            "eu-tolerance-rules": "eu-tolerance-rules";
            "moscow-church-protected": "moscow-church-protected";
            unspecified: "unspecified";
        }>>;
        nazism_ban: z.ZodOptional<z.ZodEnum<{
            mutual: "mutual";
            "ukraine-only": "ukraine-only";
            unspecified: "unspecified";
        }>>;
        tolerance_education: z.ZodOptional<z.ZodBoolean>;
        media_rights: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>;
};
export { type Family, families, planFormat, type TypedFamily } from './families.js';
export declare const source: z.ZodObject<{
    title: z.ZodString;
    publisher: z.ZodOptional<z.ZodString>;
    published: z.ZodOptional<z.ZodISODate>;
    url: z.ZodOptional<z.ZodString>;
    file: z.ZodOptional<z.ZodString>;
    flags: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        aggregator: "aggregator";
        official: "official";
        republisher: "republisher";
        "state-media": "state-media";
        translation: "translation";
    }>>>;
    note: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const planSchema: z.ZodObject<{
    format: z.ZodLiteral<2>;
    id: z.ZodString;
    title: z.ZodString;
    proposed_by: z.ZodArray<z.ZodString>;
    date: z.ZodISODate;
    status: z.ZodEnum<{
        leaked: "leaked";
        official: "official";
        reported: "reported";
        speculative: "speculative";
        statement: "statement";
    }>;
    revises: z.ZodOptional<z.ZodString>;
    reaffirms: z.ZodOptional<z.ZodArray<z.ZodObject<{
        plan: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    points: z.ZodOptional<z.ZodInt>;
    note: z.ZodOptional<z.ZodString>;
    disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        claim: z.ZodString;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    sources: z.ZodRecord<z.ZodString, z.ZodObject<{
        title: z.ZodString;
        publisher: z.ZodOptional<z.ZodString>;
        published: z.ZodOptional<z.ZodISODate>;
        url: z.ZodOptional<z.ZodString>;
        file: z.ZodOptional<z.ZodString>;
        flags: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            aggregator: "aggregator";
            official: "official";
            republisher: "republisher";
            "state-media": "state-media";
            translation: "translation";
        }>>>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    clauses: z.ZodObject<{
        other: z.ZodOptional<z.ZodArray<typeof otherProvision>>;
        accountability: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            amnesty: z.ZodOptional<z.ZodEnum<{
                full: "full";
                none: "none";
                partial: "partial";
                unspecified: "unspecified";
            }>>;
            tribunal: z.ZodOptional<z.ZodEnum<{
                "international-court": "international-court";
                "national-courts": "national-courts";
                none: "none";
                "special-tribunal": "special-tribunal";
                unspecified: "unspecified";
            }>>;
            reparations: z.ZodOptional<z.ZodEnum<{
                "mutual-waiver": "mutual-waiver";
                none: "none";
                "russia-pays": "russia-pays";
                unspecified: "unspecified";
            }>>;
            compensation_mechanism: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        ceasefire: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            start: z.ZodEnum<{
                conditional: "conditional";
                immediate: "immediate";
                none: "none";
                "on-signature": "on-signature";
                unspecified: "unspecified";
                within: "within";
            }>;
            within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
            condition: z.ZodOptional<z.ZodString>;
            preconditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                "agreement-accepted": "agreement-accepted";
                "arms-supply-halt": "arms-supply-halt";
                "dialogue-resumed": "dialogue-resumed";
                "mobilisation-halt": "mobilisation-halt";
                "nato-renunciation": "nato-renunciation";
                "pullback-to-agreed-positions": "pullback-to-agreed-positions";
                "russian-withdrawal": "russian-withdrawal";
                "ukrainian-withdrawal": "ukrainian-withdrawal";
            }>>>;
            effective_date: z.ZodOptional<z.ZodISODate>;
            end_date: z.ZodOptional<z.ZodISODate>;
            duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
            line: z.ZodOptional<z.ZodEnum<{
                "1991-borders": "1991-borders";
                "agreed-positions": "agreed-positions";
                "line-of-contact": "line-of-contact";
                "pre-2022-lines": "pre-2022-lines";
                unspecified: "unspecified";
                "withdrawal-to-admin-borders": "withdrawal-to-admin-borders";
            }>>;
            monitoring: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                bilateral: "bilateral";
                international: "international";
                none: "none";
                osce: "osce";
                "peace-council": "peace-council";
                technical: "technical";
                un: "un";
                unspecified: "unspecified";
                "us-led": "us-led";
            }>>>;
            scope: z.ZodOptional<z.ZodEnum<{
                "air-and-sea": "air-and-sea";
                "energy-infrastructure": "energy-infrastructure";
                full: "full";
                partial: "partial";
                unspecified: "unspecified";
            }>>;
            heavy_weapons_pullback_km: z.ZodOptional<z.ZodObject<{
                artillery: z.ZodOptional<z.ZodNumber>;
                "heavy-mlrs": z.ZodOptional<z.ZodNumber>;
                mlrs: z.ZodOptional<z.ZodNumber>;
                mortars: z.ZodOptional<z.ZodNumber>;
                tanks: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            pullback_within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
        }, z.core.$strict>>;
        economy: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            reconstruction_fund: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
            development_fund: z.ZodOptional<z.ZodBoolean>;
            us_ukraine: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                "free-trade": "free-trade";
                investment: "investment";
                minerals: "minerals";
            }>>>;
            us_russia_cooperation: z.ZodOptional<z.ZodBoolean>;
            russia_reintegration: z.ZodOptional<z.ZodBoolean>;
            dnipro_passage: z.ZodOptional<z.ZodBoolean>;
            black_sea_shipping: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        elections: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            within: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodEnum<{
                "as-soon-as-possible": "as-soon-as-possible";
                unspecified: "unspecified";
            }>]>>;
            after: z.ZodOptional<z.ZodString>;
            scope: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                local: "local";
                national: "national";
                "occupied-areas": "occupied-areas";
                parliamentary: "parliamentary";
                presidential: "presidential";
                referendum: "referendum";
            }>>>;
            monitoring: z.ZodOptional<z.ZodEnum<{
                international: "international";
                none: "none";
                osce: "osce";
                un: "un";
                unspecified: "unspecified";
            }>>;
        }, z.core.$strict>>;
        energy_transit: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            gas_transit: z.ZodOptional<z.ZodEnum<{
                ended: "ended";
                guaranteed: "guaranteed";
                resumed: "resumed";
                unspecified: "unspecified";
            }>>;
            term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
            gas_infrastructure: z.ZodOptional<z.ZodEnum<{
                "iaea-supervised": "iaea-supervised";
                russian: "russian";
                "third-party": "third-party";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
                "us-led-consortium": "us-led-consortium";
                "us-operated": "us-operated";
                "us-ukraine-joint": "us-ukraine-joint";
            }>>;
            zaporizhzhia_npp: z.ZodOptional<z.ZodEnum<{
                "iaea-supervised": "iaea-supervised";
                russian: "russian";
                "third-party": "third-party";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
                "us-led-consortium": "us-led-consortium";
                "us-operated": "us-operated";
                "us-ukraine-joint": "us-ukraine-joint";
            }>>;
            zaporizhzhia_npp_options: z.ZodOptional<z.ZodArray<z.ZodObject<{
                proposed_by: z.ZodString;
                control: z.ZodEnum<{
                    "iaea-supervised": "iaea-supervised";
                    russian: "russian";
                    "third-party": "third-party";
                    ukrainian: "ukrainian";
                    unspecified: "unspecified";
                    "us-led-consortium": "us-led-consortium";
                    "us-operated": "us-operated";
                    "us-ukraine-joint": "us-ukraine-joint";
                }>;
                electricity_split: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            electricity_split: z.ZodOptional<z.ZodString>;
            kakhovka_dam: z.ZodOptional<z.ZodEnum<{
                "iaea-supervised": "iaea-supervised";
                russian: "russian";
                "third-party": "third-party";
                ukrainian: "ukrainian";
                unspecified: "unspecified";
                "us-led-consortium": "us-led-consortium";
                "us-operated": "us-operated";
                "us-ukraine-joint": "us-ukraine-joint";
            }>>;
            infrastructure_truce: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        humanitarian: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            prisoners: z.ZodOptional<z.ZodEnum<{
                "all-for-all": "all-for-all";
                none: "none";
                partial: "partial";
                unspecified: "unspecified";
            }>>;
            civilians: z.ZodOptional<z.ZodBoolean>;
            children: z.ZodOptional<z.ZodBoolean>;
            political_prisoners: z.ZodOptional<z.ZodBoolean>;
            remains: z.ZodOptional<z.ZodBoolean>;
            family_reunification: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        implementation: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            order: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                ceasefire: "ceasefire";
                elections: "elections";
                "guarantees-signed": "guarantees-signed";
                "martial-law-lifted": "martial-law-lifted";
                memorandum: "memorandum";
                ratification: "ratification";
                referendum: "referendum";
                "sanctions-relief": "sanctions-relief";
                signature: "signature";
                summit: "summit";
                "unsc-resolution": "unsc-resolution";
                withdrawal: "withdrawal";
            }>>>;
            entry_into_force: z.ZodOptional<z.ZodEnum<{
                "after-ratification": "after-ratification";
                "after-referendum": "after-referendum";
                "on-acceptance": "on-acceptance";
                "on-signature": "on-signature";
                unspecified: "unspecified";
            }>>;
            legally_binding: z.ZodOptional<z.ZodBoolean>;
            ratification: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                duma: "duma";
                "guarantor-parliaments": "guarantor-parliaments";
                rada: "rada";
                unspecified: "unspecified";
                "us-congress": "us-congress";
            }>>>;
            unsc_resolution: z.ZodOptional<z.ZodBoolean>;
            referendum: z.ZodOptional<z.ZodEnum<{
                none: "none";
                "on-agreement": "on-agreement";
                "on-neutrality": "on-neutrality";
                "on-territory": "on-territory";
                unspecified: "unspecified";
            }>>;
            referendum_with_elections: z.ZodOptional<z.ZodBoolean>;
            ceasefire_before_vote: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
            oversight: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                "humanitarian-committee": "humanitarian-committee";
                "joint-commission": "joint-commission";
                osce: "osce";
                "peace-council": "peace-council";
                "special-commission": "special-commission";
                un: "un";
                unspecified: "unspecified";
                "us-russia-working-group": "us-russia-working-group";
            }>>>;
            deadline: z.ZodOptional<z.ZodISODate>;
        }, z.core.$strict>>;
        neutrality: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            nato: z.ZodOptional<z.ZodEnum<{
                barred: "barred";
                "barred-constitutionally": "barred-constitutionally";
                "consensus-dependent": "consensus-dependent";
                deferred: "deferred";
                open: "open";
                unspecified: "unspecified";
            }>>;
            nato_enlargement_halt: z.ZodOptional<z.ZodBoolean>;
            russia_nato_dialogue: z.ZodOptional<z.ZodBoolean>;
            eu: z.ZodOptional<z.ZodEnum<{
                barred: "barred";
                "fast-track": "fast-track";
                open: "open";
                unspecified: "unspecified";
            }>>;
            eu_target_date: z.ZodOptional<z.ZodISODate>;
            eu_market_access: z.ZodOptional<z.ZodBoolean>;
            foreign_troops: z.ZodOptional<z.ZodEnum<{
                allowed: "allowed";
                barred: "barred";
                "nato-barred": "nato-barred";
                "peacekeepers-only": "peacekeepers-only";
                unspecified: "unspecified";
            }>>;
            non_nuclear: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        recognition: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            basis: z.ZodOptional<z.ZodEnum<{
                "line-of-contact": "line-of-contact";
                "negotiated-later": "negotiated-later";
                "recognition-of-annexation": "recognition-of-annexation";
                "territorial-integrity": "territorial-integrity";
                unspecified: "unspecified";
            }>>;
            territories: z.ZodOptional<z.ZodObject<{
                cherkasy: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                chernihiv: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                chernivtsi: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                crimea: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                dnipropetrovsk: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                donetsk: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                "ivano-frankivsk": z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                kharkiv: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                kherson: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                khmelnytskyi: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                "kinburn-spit": z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                kirovohrad: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                kyiv: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                "kyiv-city": z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                luhansk: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                lviv: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                mykolaiv: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                odesa: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                poltava: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                rivne: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                sevastopol: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                sumy: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                ternopil: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                vinnytsia: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                volyn: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                zakarpattia: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                zaporizhzhia: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
                zhytomyr: z.ZodOptional<z.ZodObject<{
                    status: z.ZodEnum<{
                        deferred: "deferred";
                        "demilitarized-zone": "demilitarized-zone";
                        "frozen-at-line": "frozen-at-line";
                        "russian-de-facto": "russian-de-facto";
                        "russian-de-jure": "russian-de-jure";
                        "special-status": "special-status";
                        ukrainian: "ukrainian";
                        unspecified: "unspecified";
                    }>;
                    extent: z.ZodOptional<z.ZodEnum<{
                        "russian-held-part": "russian-held-part";
                        "ukrainian-held-part": "ukrainian-held-part";
                        unspecified: "unspecified";
                        whole: "whole";
                    }>>;
                    recognized_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    zones: z.ZodOptional<z.ZodArray<z.ZodObject<{
                        kind: z.ZodEnum<{
                            demilitarized: "demilitarized";
                            "free-economic-zone": "free-economic-zone";
                            "security-zone": "security-zone";
                            unspecified: "unspecified";
                        }>;
                        part: z.ZodOptional<z.ZodEnum<{
                            "both-sides-of-line": "both-sides-of-line";
                            "russian-held-part": "russian-held-part";
                            "ukrainian-held-part": "ukrainian-held-part";
                            unspecified: "unspecified";
                            whole: "whole";
                        }>>;
                        share_pct: z.ZodOptional<z.ZodNumber>;
                        administered_by: z.ZodOptional<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>;
                        policed_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                            international: "international";
                            joint: "joint";
                            none: "none";
                            rosgvardiya: "rosgvardiya";
                            russian: "russian";
                            ukrainian: "ukrainian";
                            unspecified: "unspecified";
                        }>>>;
                        pullback_km: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                        recognized_as: z.ZodOptional<z.ZodEnum<{
                            russian: "russian";
                            ukrainian: "ukrainian";
                            undetermined: "undetermined";
                            unspecified: "unspecified";
                        }>>;
                        note: z.ZodOptional<z.ZodString>;
                    }, z.core.$strict>>>;
                    note: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            scope: z.ZodOptional<z.ZodEnum<{
                international: "international";
                signatories: "signatories";
                "un-security-council": "un-security-council";
                "united-states": "united-states";
                unspecified: "unspecified";
            }>>;
            instrument: z.ZodOptional<z.ZodEnum<{
                agreement: "agreement";
                "political-statement": "political-statement";
                treaty: "treaty";
                "unsc-resolution": "unsc-resolution";
                unspecified: "unspecified";
            }>>;
            revocable: z.ZodOptional<z.ZodBoolean>;
            non_use_of_force: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        rights: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            language: z.ZodOptional<z.ZodEnum<{
                "minority-rights": "minority-rights";
                "official-russian": "official-russian";
                unspecified: "unspecified";
            }>>;
            religion: z.ZodOptional<z.ZodEnum<{
                "eu-tolerance-rules": "eu-tolerance-rules";
                "moscow-church-protected": "moscow-church-protected";
                unspecified: "unspecified";
            }>>;
            nazism_ban: z.ZodOptional<z.ZodEnum<{
                mutual: "mutual";
                "ukraine-only": "ukraine-only";
                unspecified: "unspecified";
            }>>;
            tolerance_education: z.ZodOptional<z.ZodBoolean>;
            media_rights: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        sanctions: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            relief: z.ZodOptional<z.ZodEnum<{
                full: "full";
                none: "none";
                phased: "phased";
                selective: "selective";
                unspecified: "unspecified";
            }>>;
            lifted_by: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                all: "all";
                bilateral: "bilateral";
                "european-union": "european-union";
                g7: "g7";
                "united-kingdom": "united-kingdom";
                "united-states": "united-states";
                unspecified: "unspecified";
            }>>>;
            relief_conditions: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                "on-ceasefire": "on-ceasefire";
                "on-compliance": "on-compliance";
                "on-reparations": "on-reparations";
                "on-signature": "on-signature";
                "with-consent": "with-consent";
            }>>>;
            conditions: z.ZodOptional<z.ZodArray<z.ZodString>>;
            snapback: z.ZodOptional<z.ZodBoolean>;
            new_sanctions_barred: z.ZodOptional<z.ZodBoolean>;
            frozen_assets: z.ZodOptional<z.ZodEnum<{
                "frozen-until-reparations": "frozen-until-reparations";
                "reconstruction-fund": "reconstruction-fund";
                returned: "returned";
                split: "split";
                unspecified: "unspecified";
            }>>;
            frozen_assets_amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
            frozen_assets_shares: z.ZodOptional<z.ZodArray<z.ZodObject<{
                to: z.ZodString;
                share_pct: z.ZodOptional<z.ZodNumber>;
                amount: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<Money, string>>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            g8_return: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        security_package: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            guarantee: z.ZodOptional<z.ZodEnum<{
                "article-5-like": "article-5-like";
                bilateral: "bilateral";
                multilateral: "multilateral";
                none: "none";
                "reassurance-force": "reassurance-force";
                unspecified: "unspecified";
            }>>;
            guarantors: z.ZodOptional<z.ZodArray<z.ZodString>>;
            guarantee_form: z.ZodOptional<z.ZodEnum<{
                "executive-agreement": "executive-agreement";
                "legally-binding": "legally-binding";
                "political-declaration": "political-declaration";
                "ratified-treaty": "ratified-treaty";
                unspecified: "unspecified";
            }>>;
            guarantee_term: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<Duration, string>>, z.ZodLiteral<"unspecified">]>>;
            guarantee_renewable: z.ZodOptional<z.ZodBoolean>;
            guarantee_starts: z.ZodOptional<z.ZodEnum<{
                "after-ratification": "after-ratification";
                "after-war": "after-war";
                "on-ceasefire": "on-ceasefire";
                "on-signature": "on-signature";
                unspecified: "unspecified";
            }>>;
            guarantee_trigger: z.ZodOptional<z.ZodEnum<{
                "armed-attack": "armed-attack";
                "ceasefire-violation": "ceasefire-violation";
                "large-scale-attack": "large-scale-attack";
                unspecified: "unspecified";
            }>>;
            guarantee_response: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                consultations: "consultations";
                "military-aid": "military-aid";
                "military-force": "military-force";
                sanctions: "sanctions";
                unspecified: "unspecified";
            }>>>;
            guarantee_backstop: z.ZodOptional<z.ZodArray<z.ZodString>>;
            guarantee_void_if: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                "breach-of-settlement": "breach-of-settlement";
                "strike-on-russian-cities": "strike-on-russian-cities";
                "ukrainian-attack-on-russia": "ukrainian-attack-on-russia";
                unspecified: "unspecified";
            }>>>;
            guarantee_compensated: z.ZodOptional<z.ZodBoolean>;
            force_limits: z.ZodOptional<z.ZodArray<z.ZodObject<{
                party: z.ZodString;
                troops: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodEnum<{
                    none: "none";
                    unspecified: "unspecified";
                }>]>>;
                applies: z.ZodOptional<z.ZodEnum<{
                    always: "always";
                    peacetime: "peacetime";
                    unspecified: "unspecified";
                }>>;
                tanks: z.ZodOptional<z.ZodInt>;
                artillery: z.ZodOptional<z.ZodInt>;
                combat_aircraft: z.ZodOptional<z.ZodInt>;
                missile_range_km: z.ZodOptional<z.ZodInt>;
                long_range_weapons: z.ZodOptional<z.ZodEnum<{
                    barred: "barred";
                    limited: "limited";
                    unrestricted: "unrestricted";
                    unspecified: "unspecified";
                }>>;
                defence_industry: z.ZodOptional<z.ZodEnum<{
                    barred: "barred";
                    limited: "limited";
                    unrestricted: "unrestricted";
                    unspecified: "unspecified";
                }>>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            force_caps: z.ZodOptional<z.ZodArray<z.ZodObject<{
                proposed_by: z.ZodString;
                troops: z.ZodOptional<z.ZodInt>;
                tanks: z.ZodOptional<z.ZodInt>;
                artillery: z.ZodOptional<z.ZodInt>;
                combat_aircraft: z.ZodOptional<z.ZodInt>;
                missile_range_km: z.ZodOptional<z.ZodInt>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            peacekeepers: z.ZodOptional<z.ZodEnum<{
                european: "european";
                multinational: "multinational";
                neutral: "neutral";
                none: "none";
                un: "un";
                unspecified: "unspecified";
            }>>;
            allied_aircraft: z.ZodOptional<z.ZodEnum<{
                "in-ukraine": "in-ukraine";
                "neighbouring-states": "neighbouring-states";
                none: "none";
                unspecified: "unspecified";
            }>>;
            non_aggression: z.ZodOptional<z.ZodBoolean>;
            non_aggression_parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
            non_aggression_law: z.ZodOptional<z.ZodArray<z.ZodString>>;
            arms_control: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        signatories: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            parties: z.ZodOptional<z.ZodArray<z.ZodString>>;
            documents: z.ZodOptional<z.ZodInt>;
            legitimacy_disputed: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        sovereignty: z.ZodOptional<z.ZodObject<{
            summary: z.ZodString;
            sources: z.ZodArray<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            disputed: z.ZodOptional<z.ZodArray<z.ZodObject<{
                field: z.ZodString;
                claim: z.ZodString;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>>;
            affirmed: z.ZodOptional<z.ZodBoolean>;
            un_charter: z.ZodOptional<z.ZodBoolean>;
            past_disputes_settled: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
}, z.core.$strict>;
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
export declare function parsePlan(input: unknown): z.ZodSafeParseResult<Plan>;
