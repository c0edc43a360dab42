/** Compares strings by their UTF-16 code units, as `<` does: an order that no locale changes. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
