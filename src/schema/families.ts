/**
 * The clause families, in canonical order: the seven typed families, then `other`. Declared
 * apart from the zod schema (plan.ts checks that they match) so that code which only needs
 * the names — the diff, the renderers — does not load zod.
 */
export const typedFamilies = [
  'ceasefire',
  'recognition',
  'elections',
  'neutrality',
  'sanctions',
  'security_package',
  'energy_transit',
] as const;

export type TypedFamily = (typeof typedFamilies)[number];

export const families = [...typedFamilies, 'other'] as const;

export type Family = (typeof families)[number];
