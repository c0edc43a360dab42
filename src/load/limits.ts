/**
 * Limits that keep a hostile plan file from exhausting time or memory. A real plan is a few
 * kilobytes, a few hundred nodes and six levels deep; these leave two orders of magnitude.
 * Documented in docs/limits.md.
 */
export const limits = {
  /** Largest plan file read, in bytes; checked with stat before reading. */
  maxFileBytes: 1024 * 1024,
  /** Most YAML tokens (lexemes) per file; checked while lexing, before any tree is built. */
  maxTokens: 200_000,
  /** Deepest nesting of collections; checked on the syntax tree before composing nodes. */
  maxDepth: 64,
  /** Longest excerpt of file content quoted in a message. */
  maxExcerpt: 40,
} as const;
