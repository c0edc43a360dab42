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

const unitDays = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
} as const;

type Unit = keyof typeof unitDays;

/** The accepted syntax; shared by the zod schema and the JSON Schema pattern. */
export const durationPattern = '^[0-9]+(\\.[0-9]+)? (hour|day|week|month|year)s?$';
const durationRegex = new RegExp(durationPattern);

export function parseDuration(text: string): Duration | undefined {
  if (!durationRegex.test(text)) return undefined;
  const [amount, word] = text.split(' ') as [string, string];
  const unit = (word.endsWith('s') ? word.slice(0, -1) : word) as Unit;
  return { text, days: Number(amount) * unitDays[unit] };
}

/** A parsed duration value (as the schema outputs it), as opposed to a word or a number. */
export function isDuration(v: unknown): v is Duration {
  return typeof v === 'object' && v !== null && 'days' in v && 'text' in v;
}

/**
 * A value the schema parses from one piece of text into an object (a duration, an amount of
 * money): a scalar to every walk over a plan, shown as its `text`.
 */
export function isQuantity(v: unknown): v is { readonly text: string } {
  return typeof v === 'object' && v !== null && 'text' in v && ('days' in v || 'bn' in v);
}
