/**
 * YAML text → a located document: the `yaml` library's node tree with a LineCounter, so every
 * value can be traced back to its line and column. Hostile input is bounded before any node
 * is built: the lexer is driven by hand so the token count can be capped, and the syntax tree's
 * depth is measured iteratively (the composer recurses and would exhaust the stack).
 */
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  type Pair,
  Parser,
  visit,
  type YAMLMap,
} from 'yaml';
import { lowerFirst } from '../util/lowerFirst.js';
import type { DiagnosticCode, Severity } from './diagnostic.js';
import { limits } from './limits.js';
import { plainSyntaxErrors } from './syntax.js';
import { excerpt } from './text.js';

export interface Problem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** [start, end) offsets into the text. */
  readonly range: readonly [number, number];
  readonly path?: readonly (string | number)[];
}

export interface LocatedDocument {
  readonly text: string;
  readonly lineCounter: LineCounter;
  /**
   * Undefined when the text could not be turned into a single document, or when the tree
   * holds what must not be converted to values (aliases, custom tags, non-string keys).
   */
  readonly doc?: Document.Parsed;
  readonly problems: readonly Problem[];
}

/** Explicit tags that only restate what YAML 1.2's core schema would infer anyway. */
const allowedTags = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

interface CstSummary {
  readonly depth: number;
  /** Where the deepest node starts. */
  readonly offset: number;
  /** Where each quoted scalar starts, by where it ends (see `reanchor`). */
  readonly quoteStartByEnd: ReadonlyMap<number, number>;
  /** Where each flow collection lacking its closing bracket starts, ascending (see `reanchor`). */
  readonly unclosed: { readonly ']': readonly number[]; readonly '}': readonly number[] };
  /** Every `!tag` property, by offset (the composed node's range starts after it). */
  readonly tags: readonly CST.SourceToken[];
}

function summariseCst(tokens: readonly CST.Token[]): CstSummary {
  let max = 0;
  let at = 0;
  const quoteStartByEnd = new Map<number, number>();
  const unclosed = { ']': [] as number[], '}': [] as number[] };
  const tags: CST.SourceToken[] = [];
  const props = (list: readonly CST.Token[] | undefined) => {
    for (const p of list ?? []) if (p.type === 'tag') tags.push(p);
  };
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    if (t === undefined) continue;
    if (d > max) {
      max = d;
      at = t.offset;
    }
    if (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar')
      quoteStartByEnd.set(t.offset + t.source.length, t.offset);
    if (t.type === 'flow-collection') {
      const close = t.start.source === '[' ? ']' : '}';
      if (t.end[0]?.source !== close) unclosed[close].push(t.start.offset);
    }
    if (t.type === 'document') {
      props(t.start);
      stack.push([t.value, d]);
    } else if (t.type === 'block-scalar') props(t.props);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const it of t.items) {
        props(it.start);
        if ('sep' in it) props(it.sep);
        if ('key' in it) stack.push([it.key ?? undefined, d + 1]);
        stack.push([it.value, d + 1]);
      }
    }
  }
  const byOffset = (a: number, b: number) => a - b;
  unclosed[']'].sort(byOffset);
  unclosed['}'].sort(byOffset);
  tags.sort((a, b) => a.offset - b.offset);
  return { depth: max, offset: at, quoteStartByEnd, unclosed, tags };
}

/** Index of the last element of ascending `sorted` that is below `limit`, or -1. */
function lastBelow<T>(sorted: readonly T[], limit: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** How many collections are open in the parser right now (its stack also holds scalars). */
function openCollections(parser: Parser): number {
  let n = 0;
  for (const t of parser.stack) {
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') n++;
  }
  return n;
}

/**
 * The `yaml` composer reports an unclosed quote or bracket where it gave up looking for the
 * closing character (often the end of the file, or the next line). Point at the opening
 * quote or bracket instead: that is where the fix goes. (Lookups are by map and binary
 * search: a file can hold tens of thousands of such errors.)
 */
function reanchor(code: string, message: string, at: number, cst: CstSummary): number | undefined {
  if (code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(message)) {
    return cst.quoteStartByEnd.get(at);
  }
  const bracket = /^Flow (?:sequence|map)\b.*must .*end with a ([\]}])$/.exec(message)?.[1];
  if (bracket === ']' || bracket === '}') {
    // The innermost collection opened before `at` that lacks its closing bracket.
    const starts = cst.unclosed[bracket];
    return starts[lastBelow(starts, at + 1, (n) => n)];
  }
  return undefined;
}

/** Parse plan text (already decoded, BOM removed). Never throws for bad input. */
export function parseLocated(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const fail = (code: DiagnosticCode, message: string, at: number): LocatedDocument => ({
    text,
    lineCounter,
    problems: [{ code, severity: 'error', message, range: [at, at + 1] }],
  });

  // Line starts come from the text itself, not from the parser: the parser reports the
  // newlines inside a multi-line scalar only when the scalar is well placed, so after a
  // syntax error later positions would land on the wrong line.
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
    lineCounter.addNewLine(nl + 1);
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let count = 0;
  for (const lexeme of new Lexer().lex(text, false)) {
    // Where this lexeme starts in the text. The parser keeps count; a running sum of lexeme
    // lengths would not, as the lexer also emits marker lexemes (document start, scalar
    // follows) that are not in the text.
    const offset = parser.offset;
    if (++count > limits.maxTokens) {
      return fail('too-complex', `document has more than ${limits.maxTokens} YAML tokens`, offset);
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser closes nested collections recursively (a generator frame per level), so
    // 10,000 levels of `- - - …` overflow the stack when they are closed. Stop as soon as
    // the nesting passes the limit, pointing at the lexeme that opened one level too many.
    // (Only counted once the parser's stack is deep enough to matter: cheap for real plans.)
    if (parser.stack.length > limits.maxDepth && openCollections(parser) > limits.maxDepth) {
      return fail('too-complex', `document is nested more than ${limits.maxDepth} levels deep`, offset);
    }
  }
  for (const token of parser.end()) tokens.push(token);

  // A second, structural check on the finished syntax tree (the composer recurses too).
  const cst = summariseCst(tokens);
  const { depth, offset: deepAt } = cst;
  if (depth > limits.maxDepth) {
    return fail('too-complex', `document is nested more than ${limits.maxDepth} levels deep`, deepAt);
  }

  const composer = new Composer({
    schema: 'core',
    merge: false,
    // Duplicate keys are found in checkNodes instead: the library compares each key with
    // every earlier one (quadratic; seconds for a 1 MiB file of distinct keys).
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const docs = [...composer.compose(tokens, true, text.length)];
  const doc = docs[0];
  if (docs.length > 1) {
    const second = docs[1]!;
    const at = second.range[0];
    problems.push({
      code: 'multiple-documents',
      severity: 'error',
      message: 'file holds more than one YAML document; put each plan in its own file',
      range: [at, at + 1],
    });
  }
  if (!doc) return { text, lineCounter, problems };

  const errors = doc.errors.filter((e) => e.code !== 'MULTIPLE_DOCS');
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return fail('too-complex', 'document is too complex to parse', exhausted.pos[0]);
  // The commonest slips in plain words (syntax.ts); the rest in the library's words, below.
  const plain = plainSyntaxErrors(text, errors);
  for (const p of plain.problems)
    problems.push({ code: 'yaml-syntax', severity: 'error', message: p.message, range: [p.at, p.at + 1] });
  for (const e of plain.rest) {
    const [start, end] = e.pos;
    const opened = reanchor(e.code, e.message, start, cst);
    let at = opened ?? start;
    // "All mapping items must start at the same column" is reported at the start of the
    // line; the misaligned item starts after its indentation.
    if (e.code === 'BAD_INDENT' && opened === undefined) while (text[at] === ' ') at++;
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      message: `${libraryMessage(e.message)}${opened === undefined ? '' : '; it was opened here'} (${e.code})`,
      range: at === start ? [start, Math.max(end, start + 1)] : [at, at + 1],
    });
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported below, at the tagged node
    problems.push({
      code: 'yaml-syntax',
      severity: 'warning',
      message: `${libraryMessage(w.message)} (${w.code})`,
      range: [w.pos[0], Math.max(w.pos[1], w.pos[0] + 1)],
    });
  }
  const unsafe = checkNodes(doc, text, cst.tags, problems);
  // A tree with aliases, custom tags or non-string keys must never be turned into JS values:
  // toJS() throws on aliases (maxAliasCount 0) and warns on the process for collection keys.
  // Later steps (the corpus check reads ids of invalid files) only use `doc` when present.
  if (unsafe) return { text, lineCounter, problems };
  return { text, lineCounter, doc, problems };
}

const longWord = new RegExp(`\\S{${limits.maxExcerpt + 1},}`, 'g');
/** Longest message taken from the `yaml` library (its own words are far shorter). */
const maxLibraryMessage = 160;

/**
 * The first line of a `yaml` library message. Some quote the source (an unknown directive or
 * tag, extra characters after a block scalar header, an unexpected token), which may be a
 * whole line of the file: cut each long word to an excerpt and the message to a bound, so a
 * diagnostic never reprints more than a short piece of the file.
 */
function libraryMessage(message: string): string {
  const line = lowerFirst(message.split('\n')[0]!).replace(longWord, (word) => excerpt(word));
  return line.length > maxLibraryMessage ? `${line.slice(0, maxLibraryMessage - 1)}…` : line;
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], Math.max(r[1], r[0] + 1)] : undefined;
}

/**
 * Reject what a plan file has no use for and what would make positions ambiguous, and find
 * duplicate keys (one set per mapping: linear). Returns whether the tree is unsafe to turn
 * into values (anything but duplicate keys found).
 */
function checkNodes(
  doc: Document.Parsed,
  text: string,
  tags: readonly CST.SourceToken[],
  problems: Problem[],
): boolean {
  let unsafe = false;
  // A node's own tag is the last `!tag` property before the node starts.
  const tagBefore = (offset: number): [number, number] | undefined => {
    const tag = tags[lastBelow(tags, offset, (t) => t.offset)];
    return tag ? [tag.offset, tag.offset + tag.source.length] : undefined;
  };
  // Never drop a finding for want of a range (the caller relies on `unsafe`).
  const add = (code: DiagnosticCode, message: string, range: [number, number] | undefined) => {
    problems.push({ code, severity: 'error', message, range: range ?? [0, 1] });
    if (code !== 'duplicate-key') unsafe = true;
  };
  // Each key of a mapping once; a repeat is reported at the repeat. Keys that are not plain
  // scalars are reported as key-type below.
  const duplicates = (map: YAMLMap.Parsed) => {
    const seen = new Set<unknown>();
    for (const pair of map.items) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      if (!seen.has(key.value)) {
        seen.add(key.value);
        continue;
      }
      const range = rangeOf(key);
      const shown = range ? text.slice(range[0], range[1]) : String(key.value);
      add('duplicate-key', `duplicate key "${excerpt(shown)}"`, range);
    }
  };
  visit(doc, {
    Alias(_, node) {
      add(
        'alias',
        `alias *${excerpt(node.source)} is not allowed in plan files; write the value out`,
        rangeOf(node),
      );
      return visit.SKIP;
    },
    Node(_, node) {
      if (isAlias(node)) return;
      if (node.anchor) {
        // The node's range starts after its properties; point at the `&anchor` itself.
        const start = node.range ? text.lastIndexOf(`&${node.anchor}`, node.range[0]) : -1;
        const range: [number, number] | undefined =
          start >= 0 ? [start, start + node.anchor.length + 1] : rangeOf(node);
        add('alias', `anchor &${excerpt(node.anchor)} is not allowed in plan files`, range);
      }
      if (node.tag && !allowedTags.has(node.tag)) {
        add(
          'tag',
          `tag ${excerpt(node.tag.replace('tag:yaml.org,2002:', '!!'))} is not allowed in plan files`,
          // The node's range starts after its properties; point at the tag itself.
          (node.range ? tagBefore(node.range[0]) : undefined) ?? rangeOf(node),
        );
      }
      // (A `Map` visitor would replace this one for mappings, so the check is made here.)
      if (isMap(node)) duplicates(node as YAMLMap.Parsed);
    },
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (isScalar(key) && typeof key.value === 'string') {
        if (key.value === '<<' && !key.tag)
          add('alias', 'merge keys (<<) are not allowed in plan files', rangeOf(key));
        return;
      }
      const r = rangeOf(key) ?? rangeOf(pair.value as Node | null);
      const shown = key?.range ? excerpt(text.slice(key.range[0], key.range[1])) : '';
      add('key-type', `mapping key ${shown ? `"${shown}" ` : ''}must be a plain string`, r);
      return visit.SKIP;
    },
  });
  return unsafe;
}

/**
 * A mapping's pairs by key (the first pair for a repeated key, as a search from the start
 * would find), built once per mapping: a file with 20,000 problems in one mapping would
 * otherwise search it 20,000 times.
 */
const pairIndexes = new WeakMap<object, Map<string, Pair>>();
function pairByKey(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const it of map.items) {
      if (!isScalar(it.key)) continue;
      const k = String(it.key.value);
      if (!index.has(k)) index.set(k, it as Pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

/** The node at `path` and the pair that holds it (when its parent is a mapping). */
export function nodeAt(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
): { node: Node | null | undefined; pair?: Pair; found: number } {
  let node: Node | null | undefined = doc.contents;
  let pair: Pair | undefined;
  let found = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const p = pairByKey(node, String(seg));
      if (!p) break;
      pair = p;
      node = p.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else break;
    found++;
  }
  return pair === undefined ? { node, found } : { node, pair, found };
}

/**
 * Offsets of the node a finding is about. `key` → the key of the pair at `path` (unknown
 * keys); `value` → the value (bad values); `owner` → the key of the mapping that contains
 * `path` (missing fields). Falls back to the deepest node that exists.
 */
export function rangeAt(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  target: 'key' | 'value' | 'owner',
): [number, number] {
  const want = target === 'owner' ? path.slice(0, -1) : path;
  if (target === 'owner' && want.length === 0) return [0, 1];
  const { node, pair, found } = nodeAt(doc, want);
  if (found < want.length) {
    // The path runs out early: point at what exists.
    return rangeOf(pair?.key as Node | null) ?? rangeOf(node) ?? [0, 1];
  }
  if (target === 'key' || target === 'owner') {
    return rangeOf(pair?.key as Node | null) ?? rangeOf(node) ?? [0, 1];
  }
  return rangeOf(node) ?? rangeOf(pair?.key as Node | null) ?? [0, 1];
}
