/**
 * Fields required by another field's value. Declared once: the zod schema enforces them
 * (at the field whose value makes the demand) and the JSON Schema export turns each into an
 * `if`/`then`, so editors and other validators agree with `plans validate`.
 */
export interface DependentRule {
    readonly family: 'ceasefire';
    readonly field: string;
    readonly equals: string;
    readonly requires: string;
    readonly why: string;
}
export declare const dependentRules: readonly DependentRule[];
