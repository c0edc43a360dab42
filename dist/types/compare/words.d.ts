/** The words of a comparison's summary, declared apart so that help texts need not load the comparison. */
/**
 * Every word a comparison's summary uses, with its one definition: the legends of the
 * Markdown and table outputs, `plans compare --help` and the README read them from here.
 */
export declare const verdictWords: {
    readonly agree: 'every plan that states the field says the same thing (qualifiers included)';
    readonly differ: 'at least two plans state the field and they do not all say the same thing';
    readonly 'one plan': 'only one of the compared plans states the field';
    readonly 'common ground': 'a family two or more plans state some of the same fields in, and agree on every field they both state';
    readonly contested: 'families ranked by how many of their fields differ (then by the share that differ)';
    readonly silent: 'the plan states nothing in the family, not even by keeping an earlier plan (reaffirms)';
    readonly inherited: 'a value the plan keeps from an earlier plan of its party that it reaffirms, named after "from"';
};
