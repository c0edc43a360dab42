/**
 * The clause families, in canonical order: the typed families, then `other`. Declared apart
 * from the zod schema (plan.ts checks that they match) so that code which only needs the
 * names — the diff, the renderers — does not load zod. The order follows how an analyst reads
 * a settlement: principles, the fighting, territory, politics and alignment, security,
 * economics, implementation, justice and people.
 */
export declare const typedFamilies: readonly ['sovereignty', 'ceasefire', 'recognition', 'elections', 'neutrality', 'security_package', 'sanctions', 'economy', 'energy_transit', 'implementation', 'signatories', 'accountability', 'humanitarian', 'rights'];
export type TypedFamily = (typeof typedFamilies)[number];
export declare const families: readonly ["sovereignty", "ceasefire", "recognition", "elections", "neutrality", "security_package", "sanctions", "economy", "energy_transit", "implementation", "signatories", "accountability", "humanitarian", "rights", "other"];
export type Family = (typeof families)[number];
/** The current plan format; files without `format` are format 1 and are migrated on loading. */
export declare const planFormat: 2;
