/** Compares strings by their UTF-16 code units, as `<` does: an order that no locale changes. */
export declare function byCodeUnits(a: string, b: string): number;
