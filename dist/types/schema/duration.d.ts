/**
 * Durations as people write them — `30 days`, `4 weeks`, `18 months`, `1 year`, `24 hours` —
 * normalised to days so that `4 weeks` equals `28 days`. A month counts 30 days and a year
 * 365: plans speak in round periods, and these are the conventions diplomats' texts use.
 */
export interface Duration {
    /** As written in the plan file. */
    readonly text: string;
    /** Normalised length in days (may be fractional for hours). */
    readonly days: number;
}
/** The accepted syntax; shared by the zod schema and the JSON Schema pattern. */
export declare const durationPattern = "^[0-9]+(\\.[0-9]+)? (hour|day|week|month|year)s?$";
export declare function parseDuration(text: string): Duration | undefined;
/** A parsed duration value (as the schema outputs it), as opposed to a word or a number. */
export declare function isDuration(v: unknown): v is Duration;
/**
 * A value the schema parses from one piece of text into an object (a duration, an amount of
 * money): a scalar to every walk over a plan, shown as its `text`.
 */
export declare function isQuantity(v: unknown): v is {
    readonly text: string;
};
