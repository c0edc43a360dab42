/**
 * Amounts of money as plans state them — `100 bn USD`, `210 bn EUR`, `800 bn USD` — a number,
 * a scale (`m`, `bn`, `tn`) and an ISO 4217 currency, normalised to billions so that
 * `1 tn USD` equals `1000 bn USD`. Amounts in different currencies are not converted: the
 * diff says only that they differ.
 */
export interface Money {
    /** As written in the plan file. */
    readonly text: string;
    /** The amount in billions of `currency`. */
    readonly bn: number;
    readonly currency: string;
}
/** The accepted syntax; shared by the zod schema and the JSON Schema pattern. */
export declare const moneyPattern = "^[0-9]+(\\.[0-9]+)? (m|bn|tn) (USD|EUR|GBP)$";
export declare function parseMoney(text: string): Money | undefined;
/** A parsed amount of money (as the schema outputs it). */
export declare function isMoney(v: unknown): v is Money;
