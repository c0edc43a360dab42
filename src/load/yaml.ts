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
} from 'yaml';
import type { DiagnosticCode, Severity } from './diagnostic.js';
import { limits } from './limits.js';

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
  /** Undefined when the text could not be turned into a single document. */
  readonly doc?: Document.Parsed;
  readonly problems: readonly Problem[];
}

/** Explicit tags that only restate what YAML 1.2's core schema would infer anyway. */
const allowedTags = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export function excerpt(s: string): string {
  const clean = s.replace(/\s+/g, ' ');
  return clean.length > limits.maxExcerpt ? `${clean.slice(0, limits.maxExcerpt - 1)}…` : clean;
}

interface CstSummary {
  readonly depth: number;
  /** Where the deepest node starts. */
  readonly offset: number;
  /** Quoted scalars and flow collections: where an unclosed one was opened (see `reanchor`). */
  readonly openers: readonly (CST.FlowScalar | CST.FlowCollection)[];
}

function summariseCst(tokens: readonly CST.Token[]): CstSummary {
  let max = 0;
  let at = 0;
  const openers: (CST.FlowScalar | CST.FlowCollection)[] = [];
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    if (t === undefined) continue;
    if (d > max) {
      max = d;
      at = t.offset;
    }
    if (
      t.type === 'single-quoted-scalar' ||
      t.type === 'double-quoted-scalar' ||
      t.type === 'flow-collection'
    )
      openers.push(t);
    if (t.type === 'document') stack.push([t.value, d]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const it of t.items) {
        if ('key' in it) stack.push([it.key ?? undefined, d + 1]);
        stack.push([it.value, d + 1]);
      }
    }
  }
  return { depth: max, offset: at, openers };
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
 * quote or bracket instead: that is where the fix goes.
 */
function reanchor(
  code: string,
  message: string,
  at: number,
  openers: CstSummary['openers'],
): number | undefined {
  if (code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(message)) {
    const quoted = openers.find((t) => t.type !== 'flow-collection' && t.offset + t.source.length === at);
    return quoted?.offset;
  }
  const unclosed = /^Flow (sequence|map)\b.*must .*end with a ([\]}])$/.exec(message);
  if (unclosed) {
    // The innermost collection opened before `at` that lacks its closing bracket.
    let best: number | undefined;
    for (const t of openers) {
      if (t.type !== 'flow-collection' || t.start.source !== (unclosed[2] === ']' ? '[' : '{')) continue;
      if (t.end[0]?.source === unclosed[2] || t.start.offset > at) continue;
      if (best === undefined || t.start.offset > best) best = t.start.offset;
    }
    return best;
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

  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  let count = 0;
  lineCounter.addNewLine(0);
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
  const { depth, offset: deepAt, openers } = summariseCst(tokens);
  if (depth > limits.maxDepth) {
    return fail('too-complex', `document is nested more than ${limits.maxDepth} levels deep`, deepAt);
  }

  const composer = new Composer({
    schema: 'core',
    merge: false,
    uniqueKeys: true,
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

  for (const e of doc.errors) {
    if (e.code === 'MULTIPLE_DOCS') continue;
    const [start, end] = e.pos;
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyStartingAt(doc, start);
      const range = rangeOf(key) ?? [start, Math.max(end, start + 1)];
      problems.push({
        code: 'duplicate-key',
        severity: 'error',
        message: `duplicate key "${excerpt(text.slice(range[0], range[1]))}"`,
        range,
      });
    } else if (e.code === 'RESOURCE_EXHAUSTION') {
      return fail('too-complex', 'document is too complex to parse', start);
    } else {
      const opened = reanchor(e.code, e.message, start, openers);
      problems.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: `${lowerFirst(e.message.split('\n')[0]!)}${opened === undefined ? '' : ' (opened here)'} (${e.code})`,
        range: opened === undefined ? [start, Math.max(end, start + 1)] : [opened, opened + 1],
      });
    }
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported below, at the tagged node
    problems.push({
      code: 'yaml-syntax',
      severity: 'warning',
      message: `${lowerFirst(w.message.split('\n')[0]!)} (${w.code})`,
      range: [w.pos[0], Math.max(w.pos[1], w.pos[0] + 1)],
    });
  }
  const before = problems.length;
  checkNodes(doc, text, problems);
  // A tree with aliases, custom tags or non-string keys must never be turned into JS values:
  // toJS() throws on aliases (maxAliasCount 0) and warns on the process for collection keys.
  // Later steps (the corpus check reads ids of invalid files) only use `doc` when present.
  if (problems.length > before) return { text, lineCounter, problems };
  return { text, lineCounter, doc, problems };
}

function keyStartingAt(doc: Document.Parsed, offset: number): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key?.range?.[0] === offset) {
        found = key;
        return visit.BREAK;
      }
    },
  });
  return found;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], Math.max(r[1], r[0] + 1)] : undefined;
}

/** Reject what a plan file has no use for and what would make positions ambiguous. */
function checkNodes(doc: Document.Parsed, text: string, problems: Problem[]): void {
  // Never drop a finding for want of a range: the caller relies on the count (see above).
  const add = (code: DiagnosticCode, message: string, range: [number, number] | undefined) => {
    problems.push({ code, severity: 'error', message, range: range ?? [0, 1] });
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
          rangeOf(node),
        );
      }
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
      const p = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!p) break;
      pair = p as Pair;
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
