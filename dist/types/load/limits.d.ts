/**
 * Limits that keep a hostile plan file from exhausting time or memory. A real plan is a few
 * kilobytes, a few hundred nodes and six levels deep; these leave two orders of magnitude.
 * Documented in docs/limits.md.
 */
export declare const limits: {
    /** Largest plan file read, in bytes; checked with stat before reading. */
    readonly maxFileBytes: number;
    /** Most YAML tokens (lexemes) per file; checked while lexing, before any tree is built. */
    readonly maxTokens: 200000;
    /** Deepest nesting of collections; checked on the syntax tree before composing nodes. */
    readonly maxDepth: 64;
    /** Longest excerpt of file content quoted in a message. */
    readonly maxExcerpt: 40;
};
