/**
 * Roles of fields that several layers treat alike, declared once (zod-free, so the diff and
 * the renderers can use them without loading the schema): lists of mappings and the field that
 * names each entry, the fields every clause carries beside its typed ones, and free text.
 */
/** Lists of mappings, and the field that names each entry (unique within its list). */
export declare const listKeyFields: Readonly<Record<string, string>>;
/** Lists whose order is part of their meaning (the steps of a settlement); other lists are sets. */
export declare const orderedLists: ReadonlySet<string>;
/** What every clause carries besides its typed fields (see `clauseBase` in plan.ts). */
export declare const clauseBaseFields: ReadonlySet<string>;
/** Free text: a difference here rewords a clause, it never makes the clause differ. */
export declare const textFields: ReadonlySet<string>;
/**
 * Fields that qualify another and are read with it: a ceasefire's `start` with its delay,
 * condition and typed preconditions; a force limit's `troops` with when it `applies`. The
 * comparison puts them in one cell (two values agree only if they say the same thing), and a
 * plan that states the main field inherits none of its qualifiers.
 */
export declare const qualifiers: Readonly<Record<string, readonly string[]>>;
