/**
 * The quick path through the loader, for the common case of a plan file with nothing wrong
 * in it. Positions are only needed to report problems, and the located parser (the `yaml`
 * library's node tree) reads a plan file about eight times slower than js-yaml — which made
 * `validate` of 2,500 files take 7–10 s instead of ~1.2 s (docs/performance.md). So a file is
 * first read without positions by js-yaml, validated and checked; only if anything at all is
 * reported — an error or a warning — is it read again by the full pipeline (`loadPlanBytes`),
 * whose answer is the one returned. The quick path can only ever say "no problems".
 *
 * Its one risk is reading a file differently from the `yaml` library (YAML 1.2 core schema).
 * js-yaml is not given files that use anything where the two could differ: tabs, carriage
 * returns, anchors, aliases, explicit keys, `0b` numbers, multi-line quoted scalars, and keys
 * the core schema would not read as strings. tests/unit/quick.test.ts checks that the two
 * paths give equal results on the bundled plans, generated plans, hostile fixtures and
 * mutations.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parsePlan } from '../schema/plan.js';
import { checkPlan, controlCharacters } from './checks.js';
import { type LoadedPlan, type LoadOptions, metaOf } from './result.js';
import { forbiddenCharacter } from './text.js';

/** Largest file the quick path reads: well under half of `limits.maxTokens` characters. */
const quickMaxBytes = 64 * 1024;

/**
 * Either set: the characters YAML forbids (load/text.ts) and the control characters
 * (checks.ts), in one class for one fast scan; tests/unit/quick.test.ts holds it to their union.
 */
export const unusualCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

/**
 * Anything where js-yaml and the `yaml` library might read the text differently. Checked with
 * `indexOf` first (a native scan) so that the regular expressions only run on the few files
 * that hold the characters at all. Tags, directives, document markers and merge keys need no
 * check: js-yaml's core schema rejects unknown tags, and the others change what the schema sees.
 */
function needsLocatedParser(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return true;
  // An escaped line break in a double-quoted scalar: the two parsers fold the lines after it differently.
  if (text.includes('\\\n')) return true;
  // `&anchor`, `*alias`, `? key` begin a token: at a line start or after space, `[`, `{`, `,`.
  for (const ch of ['&', '*', '?']) {
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
      const before = i === 0 ? '\n' : text[i - 1]!;
      if (!/[\s[{,]/.test(before)) continue;
      if (ch !== '?') return true;
      const after = text[i + 1];
      if (after === undefined || /\s/.test(after)) return true;
    }
  }
  if (text.includes('0b') && /(?:^|[\s[{,:-])[-+]?0b/m.test(text)) return true; // 0b101: a number to js-yaml only
  return hasMultiLineQuotedScalar(text);
}

/**
 * A quoted scalar that continues on the next line: the two parsers disagree on how far such a
 * line must be indented. A quote counts as opening a scalar where a token starts (at the start
 * of a line or after `:`, `-`, `[`, `{`, `,`, `?`); an apostrophe inside plain text does not.
 * Lines of block scalars are scanned too, which can only send a file to the full path.
 */
function hasMultiLineQuotedScalar(text: string): boolean {
  const quote = /["']/g;
  for (let m = quote.exec(text); m; m = quote.exec(text)) {
    // Scan only the lines that hold a quote: from the start of this one to its end.
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    let prev = ''; // the previous non-space character on this line
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (c === '#' && (i === start || text[i - 1] === ' ')) break;
      if ((c === '"' || c === "'") && (prev === '' || ':-[{,?'.includes(prev))) {
        let j = i + 1;
        for (; j < end; j++) {
          if (c === '"' && text[j] === '\\') j++;
          else if (text[j] === c) {
            if (c === "'" && text[j + 1] === "'") j++;
            else break;
          }
        }
        if (j >= end) return true;
        i = j;
        prev = c;
      } else if (c !== ' ') prev = c;
    }
    quote.lastIndex = end;
  }
  return false;
}

/** Plain scalars that YAML 1.2's core schema reads as null, a boolean or a number. */
const coreNonString =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A key js-yaml left as, or turned into, text that the core schema reads as a string. js-yaml
 * turns non-string keys into text (`1e3` → "1000", `.inf` → "Infinity", `~` → "null"), so
 * those forms must not pass either.
 */
function stringKey(k: string): boolean {
  return k !== '' && k !== 'Infinity' && k !== '-Infinity' && k !== 'NaN' && !coreNonString.test(k);
}

function keysArePlainStrings(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (!keysArePlainStrings(v, depth + 1)) return false;
  } else if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false; // e.g. a Date or Buffer
    for (const k of Object.keys(value)) {
      if (!stringKey(k)) return false;
      if (!keysArePlainStrings((value as Record<string, unknown>)[k], depth + 1)) return false;
    }
  }
  return true;
}

/**
 * The quick path alone: the loaded plan when the file is clean, undefined when it must go
 * through the full pipeline (anything reported, or anything js-yaml might read differently).
 */
export function tryQuick(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan | undefined {
  // The token limit is counted by the full path's lexer only. A file of this size cannot reach
  // it (a token is at least one character, plus at most one empty token per line), so only
  // files this small may skip the count.
  if (bytes.length > quickMaxBytes) return undefined;
  // A lenient decode is faster than the strict one; a replacement character means the bytes
  // may not be UTF-8 (or hold a literal U+FFFD): the full path decides.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.includes('\uFFFD')) return undefined;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // One scan for the characters YAML forbids and those a warning names; usually neither is there.
  const unusual = unusualCharacter.test(text);
  if (unusual && forbiddenCharacter.test(text)) return undefined;
  if (needsLocatedParser(text)) return undefined;
  let raw: unknown;
  try {
    // js-yaml also refuses duplicate keys, several documents and unknown tags: each sends
    // the file down the full path.
    raw = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (!keysArePlainStrings(raw)) return undefined;
  const parsed = parsePlan(raw);
  if (!parsed.success) return undefined;
  // Control characters in a value need either a raw one in the text or an escape (`"\e"`).
  const controls = text.includes('\\') || (unusual && controlCharacters.test(text));
  if (checkPlan(raw, options.expectedId, { controlCharacters: controls }).length > 0) return undefined;
  return { file, plan: parsed.data, diagnostics: [], meta: metaOf(raw) };
}

/**
 * Load a plan: the quick path, and only for a file that is not clean the full located
 * pipeline — which is loaded (with the `yaml` library) only then. Same answer as `loadPlanBytes`.
 */
export async function loadPlanLazily(
  bytes: Uint8Array,
  file: string,
  options: LoadOptions = {},
): Promise<LoadedPlan> {
  return (
    tryQuick(bytes, file, options) ?? (await import('./loadPlan.js')).loadPlanBytes(bytes, file, options)
  );
}
