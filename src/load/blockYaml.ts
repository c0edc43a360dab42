/**
 * A reader for the plain block YAML that plan files are written in — and nothing more. It is
 * the first step of the quick path (load/quick.ts): several times faster than a general YAML
 * parser because it works line by line on a small subset, and it answers `undefined` ("not
 * mine") for anything outside that subset, so the caller falls back to a general parser.
 * It never reports errors and never guesses: a file it accepts must read exactly as the
 * `yaml` library reads it with the YAML 1.2 core schema (tests/unit/blockYaml.test.ts checks
 * that on the bundled plans, generated documents in many styles, and byte-level mutations).
 *
 * The subset:
 * - block mappings whose keys are plain words (`[A-Za-z0-9_][A-Za-z0-9_-]*`, not `null`,
 *   `true`, `2025` and the like), each key once; block sequences, also "indentless" under a key; a sequence
 *   item may open a mapping (`- key: value`);
 * - plain scalars, on one line or continued on more-indented lines; null, booleans, decimal
 *   integers and fractions (`-12`, `2.5`) are resolved, any other number-like scalar is
 *   declined;
 * - single- and double-quoted scalars on one line, without backslash escapes;
 * - flow sequences of such scalars on one line (`[a, "b"]`), and `[]`, `{}`;
 * - literal and folded block scalars (`|`, `|-`, `>`, `>-`) without indentation indicators,
 *   and folded ones without more-indented lines;
 * - comments and blank lines anywhere.
 * Declined: tabs, carriage returns, document markers and directives, anchors, aliases, tags,
 * explicit keys, flow mappings with content, multi-line quoted scalars, and more than
 * `maxDepth` levels (the general parser enforces the nesting limit). Size is the caller's
 * business (load/quick.ts sends large files to the parser that counts tokens).
 */

import { forbiddenCharacter } from './text.js';

const maxDepth = 48;

/** Thrown to decline; caught once at the top. */
const decline = Symbol('decline');

/**
 * Where a key (`[A-Za-z0-9_][A-Za-z0-9_-]*`) that starts at `at` ends, when a `:` follows it
 * and then a space or the end of the line; else -1.
 */
function keyEnd(line: string, at: number): number {
  let i = at;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const word =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
    if (!word && (c !== 0x2d || i === at)) break;
  }
  if (i === at || line.charCodeAt(i) !== 0x3a) return -1;
  return i + 1 === line.length || line.charCodeAt(i + 1) === 0x20 ? i : -1;
}
/** A superset of the core schema's numbers other than decimal integers: declined. */
const otherNumber =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
/** Characters that may not begin a plain scalar (YAML indicators), or that we decline. */
const indicators = new Set('-?:,[]{}#&*!|>\'"%@`\\');

/** Trailing spaces cut: YAML's white space is space and tab only (JS `trimEnd` cuts U+00A0 too). */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return end === s.length ? s : s.slice(0, end);
}

function fail(): never {
  throw decline;
}

/** Decimal integers and fractions, read by yaml as by `Number`; other numbers are declined. */
const simpleNumber = /^-?[0-9]+(?:\.[0-9]+)?$/;

function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c === 0x7e /* ~ */ || c === 0x6e /* n */ || c === 0x4e /* N */) {
    if (s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  } else if (c === 0x74 /* t */ || c === 0x54 /* T */) {
    if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  } else if (c === 0x66 /* f */ || c === 0x46 /* F */) {
    if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  } else if ((c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === 0x2d /* - */ || c === 0x2e /* . */) {
    if (simpleNumber.test(s)) {
      const n = Number(s);
      if (Object.is(n, -0)) fail();
      return n;
    }
    if (otherNumber.test(s)) fail();
  }
  return s;
}

/** Whether the core schema reads this plain text as itself: not null, a boolean or a number. */
export function isStringScalar(s: string): boolean {
  try {
    return resolvePlain(s) === s;
  } catch (e) {
    if (e === decline) return false; // a number this reader does not resolve
    throw e;
  }
}

/** Whether a plain scalar may start at `i`: not an indicator, except `-` before a non-space. */
function plainStart(line: string, i: number): boolean {
  const c = line[i];
  if (c === undefined) return false;
  if (c === '-')
    return i + 1 < line.length && line[i + 1] !== ' ' && line[i + 1] !== ',' && line[i + 1] !== ']';
  return !indicators.has(c);
}

/** The text after a closing quote or bracket may only be spaces and a comment. */
function expectEnd(line: string, from: number): void {
  let i = from;
  while (line.charCodeAt(i) === 0x20) i++;
  if (i === line.length) return;
  if (line.charCodeAt(i) === 0x23 /* # */ && i > from) return;
  fail();
}

/** A quoted scalar starting at `at` on one line: [value, index after the closing quote]. */
function quoted(line: string, at: number): [string, number] {
  const q = line[at]!;
  if (q === '"') {
    const end = line.indexOf('"', at + 1);
    if (end < 0) fail(); // continues on the next line
    const value = line.slice(at + 1, end);
    if (value.includes('\\')) fail();
    return [value, end + 1];
  }
  let value = '';
  let i = at + 1;
  for (;;) {
    const end = line.indexOf("'", i);
    if (end < 0) fail();
    value += line.slice(i, end);
    if (line[end + 1] === "'") {
      value += "'";
      i = end + 2;
    } else return [value, end + 1];
  }
}

/** `[a, "b", c]` on one line, starting at `at`. */
function flowSequence(line: string, at: number): unknown[] {
  const items: unknown[] = [];
  let i = at + 1;
  const skip = () => {
    while (line.charCodeAt(i) === 0x20) i++;
  };
  skip();
  if (line[i] === ']') {
    expectEnd(line, i + 1);
    return items;
  }
  for (;;) {
    skip();
    const c = line[i];
    if (c === '"' || c === "'") {
      const [value, next] = quoted(line, i);
      items.push(value);
      i = next;
    } else {
      const start = i;
      while (i < line.length && !',[]{}#'.includes(line[i]!)) i++;
      const text = trimSpaces(line.slice(start, i));
      if (text === '' || !plainStart(text, 0) || text.includes(': ') || text.endsWith(':')) fail();
      items.push(resolvePlain(text));
    }
    skip();
    if (line[i] === ',') {
      i++;
      continue;
    }
    if (line[i] === ']') {
      expectEnd(line, i + 1);
      return items;
    }
    fail();
  }
}

class Reader {
  private readonly lines: string[];
  /** Each line's indent (leading spaces). */
  private readonly indents: Int32Array;
  /** Whether each line holds content (is neither blank nor a comment). */
  private readonly content: Uint8Array;
  private i = 0;
  /** Where a mapping opened by `- key: value` starts: its first line's effective indent. */
  private overrideLine = -1;
  private overrideIndent = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.indents = new Int32Array(this.lines.length);
    this.content = new Uint8Array(this.lines.length);
    for (let n = 0; n < this.lines.length; n++) {
      const line = this.lines[n]!;
      let k = 0;
      while (line.charCodeAt(k) === 0x20) k++;
      this.indents[n] = k;
      this.content[n] = k < line.length && line.charCodeAt(k) !== 0x23 ? 1 : 0;
    }
  }

  private indentOf(n: number): number {
    return n === this.overrideLine ? this.overrideIndent : this.indents[n]!;
  }

  /** The next line holding content, or -1. */
  private nextContent(from: number): number {
    const { content } = this;
    for (let n = from; n < content.length; n++) if (content[n] === 1) return n;
    return -1;
  }

  document(): unknown {
    const n = this.nextContent(0);
    if (n < 0 || this.indentOf(n) !== 0) fail();
    this.i = n;
    const doc = this.mapping(0, 1);
    if (this.nextContent(this.i) >= 0) fail(); // e.g. a sequence after the mapping
    return doc;
  }

  private isSequenceLine(n: number, indent: number): boolean {
    const line = this.lines[n]!;
    return (
      line.charCodeAt(indent) === 0x2d /* - */ &&
      (line.length === indent + 1 || line.charCodeAt(indent + 1) === 0x20)
    );
  }

  /** The next content line of a collection at `indent`, or -1 where the collection ends. */
  private nextEntry(indent: number): number {
    const n = this.nextContent(this.i);
    if (n < 0) return -1;
    const k = this.indentOf(n);
    if (k > indent) fail(); // more indented than an entry may be
    return k < indent ? -1 : n;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > maxDepth) fail();
    const out: Record<string, unknown> = {};
    for (;;) {
      const n = this.nextEntry(indent);
      if (n < 0) break;
      const line = this.lines[n]!;
      const end = keyEnd(line, indent);
      if (end < 0) {
        if (this.isSequenceLine(n, indent)) break; // an indentless sequence ends here; the caller decides
        fail();
      }
      if (end - indent > 1024) fail(); // YAML's limit on an implicit key
      const key = line.slice(indent, end);
      // A key the core schema reads as null, a boolean or a number is not a string key.
      if (resolvePlain(key) !== key || key === '__proto__' || Object.hasOwn(out, key)) fail();
      this.i = n + 1;
      if (n === this.overrideLine) this.overrideLine = -1;
      out[key] = this.value(line, end + 1, indent, depth, true);
    }
    return out;
  }

  private sequence(indent: number, depth: number, indentless: boolean): unknown[] {
    if (depth > maxDepth) fail();
    const out: unknown[] = [];
    for (;;) {
      const n = this.nextEntry(indent);
      if (n < 0) break;
      if (!this.isSequenceLine(n, indent)) {
        if (indentless) break; // the next key of the mapping that holds this sequence
        fail();
      }
      const line = this.lines[n]!;
      this.i = n + 1;
      let at = indent + 1;
      while (line.charCodeAt(at) === 0x20) at++;
      if (at < line.length && line.charCodeAt(at) !== 0x23 && keyEnd(line, at) >= 0) {
        // `- key: value`: a mapping whose first line starts at column `at`.
        this.i = n;
        this.overrideLine = n;
        this.overrideIndent = at;
        out.push(this.mapping(at, depth + 1));
        continue;
      }
      if (this.isSequenceLine(n, at)) fail(); // `- - a`
      out.push(this.value(line, indent + 1, indent, depth, false));
    }
    return out;
  }

  /**
   * The value that follows `key:` or `-` on `line`, from column `from`. `owner` is the indent
   * of the mapping or sequence the value belongs to.
   */
  private value(line: string, from: number, owner: number, depth: number, inMapping: boolean): unknown {
    let at = from;
    while (line.charCodeAt(at) === 0x20) at++;
    if (at === line.length || (line.charCodeAt(at) === 0x23 && at > from)) {
      return this.nested(owner, depth, inMapping);
    }
    if (at === from) fail(); // `key:value` cannot reach here; `-x` is not an item
    const c = line[at]!;
    if (c === '"' || c === "'") {
      const [value, next] = quoted(line, at);
      expectEnd(line, next);
      return value;
    }
    if (c === '[') return flowSequence(line, at);
    if (c === '{') {
      expectEnd(line, at + 1 + (line.slice(at + 1).match(/^ *\}/)?.[0].length ?? fail()));
      return {};
    }
    if (c === '|' || c === '>') return this.blockScalar(line, at, owner);
    if (!plainStart(line, at)) fail();
    return this.plain(line, at, owner);
  }

  /** A value on the lines below its key or dash: a mapping, a sequence, or nothing (null). */
  private nested(owner: number, depth: number, inMapping: boolean): unknown {
    const n = this.nextContent(this.i);
    if (n < 0) return null;
    const k = this.indentOf(n);
    if (k > owner) {
      const line = this.lines[n]!;
      const c = line[k];
      if (c === '{' || c === '[') {
        // An empty collection on a line of its own (how yaml writes one under a key).
        const close = line.indexOf(c === '{' ? '}' : ']', k + 1);
        if (close < 0 || trimSpaces(line.slice(k + 1, close)) !== '') fail();
        expectEnd(line, close + 1);
        this.i = n + 1;
        return c === '{' ? {} : [];
      }
      return this.isSequenceLine(n, k) ? this.sequence(k, depth + 1, false) : this.mapping(k, depth + 1);
    }
    if (k === owner && inMapping && this.isSequenceLine(n, k)) return this.sequence(k, depth + 1, true);
    return null;
  }

  /** A plain scalar from column `at`, continued on lines indented more than `owner`. */
  private plain(line: string, at: number, owner: number): unknown {
    let [text, ended] = plainLine(line, at);
    let multi = false;
    let blanks = 0;
    for (let n = this.i; n < this.lines.length; n++) {
      const next = this.lines[n]!;
      const k = this.indentOf(n);
      if (k === next.length) {
        blanks++;
        continue;
      }
      if (next.charCodeAt(k) === 0x23) {
        ended = true; // a comment line ends a plain scalar
        continue;
      }
      if (k <= owner) break;
      // Text after a comment, or an indicator that would start something else.
      if (ended || !plainStart(next, k)) fail();
      const [more, comment] = plainLine(next, k);
      text += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + more;
      ended = comment;
      blanks = 0;
      multi = true;
      this.i = n + 1;
    }
    return multi ? text : resolvePlain(text);
  }

  /** `|`, `|-`, `>` or `>-` at column `at`, its lines indented more than `owner`. */
  private blockScalar(line: string, at: number, owner: number): string {
    const folded = line[at] === '>';
    const strip = line[at + 1] === '-';
    expectEnd(line, at + (strip ? 2 : 1));
    const body: string[] = [];
    let indent = -1;
    let n = this.i;
    for (; n < this.lines.length; n++) {
      const text = this.lines[n]!;
      const k = this.indentOf(n);
      if (k === text.length) {
        // A blank line: before the first content line it must be empty (else YAML has rules
        // on its spaces that this reader does not follow); later it may not exceed the indent.
        if (indent < 0 ? k > 0 : k > indent) fail();
        body.push('');
        continue;
      }
      if (indent < 0) {
        if (k <= owner) break;
        indent = k;
      } else if (k < indent) break;
      if (folded && k > indent) fail(); // more-indented lines fold differently
      body.push(text.slice(indent));
    }
    if (indent < 0) fail(); // empty: keep it simple
    this.i = n;
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    if (body[0] === '') fail();
    let value: string;
    if (folded) {
      value = body[0]!;
      let blanks = 0;
      for (let j = 1; j < body.length; j++) {
        if (body[j] === '') blanks++;
        else {
          value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + body[j];
          blanks = 0;
        }
      }
    } else value = body.join('\n');
    return strip ? value : `${value}\n`;
  }
}

/**
 * One line of a plain scalar from column `at`, to a comment or the end, trailing spaces cut;
 * and whether a comment ended it.
 */
function plainLine(line: string, at: number): [string, boolean] {
  const hash = line.indexOf(' #', at);
  const text = trimSpaces(hash < 0 ? line.slice(at) : line.slice(at, hash));
  // `: ` would make it a key; a trailing `:` too.
  if (text.includes(': ') || text.endsWith(':')) fail();
  return [text, hash >= 0];
}

/**
 * The document `text` holds, read as the `yaml` library would read it (core schema), or
 * undefined when the text is outside the subset this reader handles.
 */
export function readBlockYaml(text: string, options: { charactersChecked?: boolean } = {}): unknown {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  // Characters YAML forbids (the caller may have looked already).
  if (!options.charactersChecked && forbiddenCharacter.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === decline) return undefined;
    throw e;
  }
}
