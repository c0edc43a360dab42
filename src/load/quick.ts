/**
 * The quick path through the loader, for the common case of a plan file with nothing wrong
 * in it. Positions are only needed to report problems, and the located parser (the `yaml`
 * library's node tree) costs several times more than the whole check otherwise, so a file is
 * first read with js-yaml (fast, no positions), validated, and checked; only if anything at
 * all is reported — an error or a warning — is it read again by the full pipeline
 * (`loadPlanBytes`), whose answer is the one returned. The quick path can only ever say "no
 * problems".
 *
 * Its one risk is js-yaml reading a file differently from the `yaml` library (YAML 1.2 core
 * schema in both). Files that use anything where the two could differ never take it: tabs,
 * carriage returns, anchors, aliases, explicit keys, `0b` numbers, and keys that are not plain
 * words. tests/unit/quick.test.ts checks that the two paths give equal results on the bundled
 * plans, generated plans, hostile fixtures and thousands of mutations.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parsePlan } from '../schema/plan.js';
import { checkPlan, controlCharacters } from './checks.js';
import { limits } from './limits.js';
import { type LoadedPlan, type LoadOptions, loadPlanBytes, metaOf } from './loadPlan.js';

/**
 * Anything where js-yaml and the `yaml` library might read the text differently. Checked with
 * `indexOf` first (a native scan) so that the regular expressions only run on the few files
 * that hold the characters at all. Tags, directives, document markers and merge keys need no
 * check: js-yaml's core schema rejects unknown tags, and the others change what the schema sees.
 */
function needsLocatedParser(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return true;
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
  return false;
}

/** A key YAML 1.2 core would read as null, a boolean or a number rather than a string. */
const nonStringKey =
  /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9].*|[-+]?\.[0-9].*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Keys that start with a lowercase letter other than n, t, f are strings in any schema. */
const safeFirst = /^[a-eg-mo-su-z_]/;

function keysArePlainStrings(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (!keysArePlainStrings(v, depth + 1)) return false;
  } else if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false; // e.g. a Date or Buffer
    for (const k of Object.keys(value)) {
      if (!safeFirst.test(k) && nonStringKey.test(k)) return false;
      if (!keysArePlainStrings((value as Record<string, unknown>)[k], depth + 1)) return false;
    }
  }
  return true;
}

/** Like `loadPlanBytes`, and with the same result; faster when the file has no problem. */
export function loadPlanQuick(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan {
  const full = () => loadPlanBytes(bytes, file, options);
  if (bytes.length > limits.maxFileBytes) return full();
  // A lenient decode is faster than the strict one; a replacement character means the bytes
  // may not be UTF-8 (or hold a literal U+FFFD): the full path decides.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.includes('\uFFFD')) return full();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (needsLocatedParser(text)) return full();
  let raw: unknown;
  try {
    // js-yaml also refuses the characters YAML forbids (the same set as load/text.ts), duplicate
    // keys, several documents and unknown tags: each sends the file down the full path.
    raw = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return full();
  }
  if (!keysArePlainStrings(raw)) return full();
  const parsed = parsePlan(raw);
  if (!parsed.success) return full();
  // Control characters in a value need either a raw one in the text or an escape (`"\e"`).
  const controls = text.includes('\\') || controlCharacters.test(text);
  if (checkPlan(raw, options.expectedId, { controlCharacters: controls }).length > 0) return full();
  return { file, plan: parsed.data, diagnostics: [], meta: metaOf(raw) };
}
