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

export const dependentRules: readonly DependentRule[] = [
  {
    family: 'ceasefire',
    field: 'start',
    equals: 'within',
    requires: 'within',
    why: 'a duration such as "30 days"',
  },
  {
    family: 'ceasefire',
    field: 'start',
    equals: 'conditional',
    requires: 'condition',
    why: 'the condition, in plain words',
  },
];
