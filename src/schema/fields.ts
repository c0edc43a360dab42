/**
 * Roles of fields that several layers treat alike, declared once (zod-free, so the diff and
 * the renderers can use them without loading the schema): lists of mappings and the field that
 * names each entry, the fields every clause carries beside its typed ones, and free text.
 */

/** Lists of mappings, and the field that names each entry (unique within its list). */
export const listKeyFields: Readonly<Record<string, string>> = {
  other: 'topic',
  force_caps: 'proposed_by',
  force_limits: 'party',
  frozen_assets_shares: 'to',
  zones: 'kind',
  zaporizhzhia_npp_options: 'proposed_by',
  disputed: 'field',
  reaffirms: 'plan',
};

/** Lists whose order is part of their meaning (the steps of a settlement); other lists are sets. */
export const orderedLists: ReadonlySet<string> = new Set(['order']);

/** What every clause carries besides its typed fields (see `clauseBase` in plan.ts). */
export const clauseBaseFields: ReadonlySet<string> = new Set(['summary', 'sources', 'note', 'disputed']);

/** Free text: a difference here rewords a clause, it never makes the clause differ. */
export const textFields: ReadonlySet<string> = new Set([
  'summary',
  'note',
  'condition',
  'after',
  'conditions',
  'claim',
]);

/**
 * Fields that qualify another and are read with it: a ceasefire's `start` with its delay,
 * condition and typed preconditions; a force limit's `troops` with when it `applies`. The
 * comparison puts them in one cell (two values agree only if they say the same thing), and a
 * plan that states the main field inherits none of its qualifiers.
 */
export const qualifiers: Readonly<Record<string, readonly string[]>> = {
  start: ['within', 'condition', 'preconditions'],
  troops: ['applies'],
};
