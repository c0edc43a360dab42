/**
 * Roles of fields that several layers treat alike, declared once (zod-free, so the diff and
 * the renderers can use them without loading the schema): lists of mappings and the field that
 * names each entry, the fields every clause carries beside its typed ones, and free text.
 */

/** Lists of mappings, and the field that names each entry (unique within its list). */
export const listKeyFields: Readonly<Record<string, string>> = {
  other: 'topic',
  force_caps: 'proposed_by',
  zaporizhzhia_npp_options: 'proposed_by',
  disputed: 'field',
};

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
