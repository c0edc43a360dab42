/**
 * Rules one plan file can break even when every field has the right type: sources cited but
 * not declared, keys repeated in keyed lists, an id that differs from the file name; and
 * warnings (a source no clause cites, a clause that says nothing definite, control characters).
 */

import { families } from '../schema/families.js';
import { clauseBaseFields, listKeyFields } from '../schema/fields.js';
import { placeholderSummaries, placeholders } from '../schema/placeholders.js';
import type { DiagnosticCode, Severity } from './diagnostic.js';
import { didYouMean } from './suggest.js';
import { excerpt } from './text.js';

export interface PathProblem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly target: 'key' | 'value';
}

type Path = (string | number)[];

/** Most distinct undeclared source keys given a "did you mean" hint per file. */
const maxHints = 100;

export const controlCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Runs on the raw document (not only on a schema-valid plan), so that a file with a typo
 * and an undeclared source reports both at once. Reads defensively.
 */
export interface CheckOptions {
  /** Look for control characters in text values (false when the caller knows there are none). */
  readonly controlCharacters?: boolean;
}

export function checkPlan(
  raw: unknown,
  fileId: string | undefined,
  options: CheckOptions = {},
): PathProblem[] {
  const out: PathProblem[] = [];
  const checkControls = options.controlCharacters ?? true;
  const top = asRecord(raw) ?? {};
  const sources = asRecord(top.sources) ?? {};
  const declared = Object.keys(sources);
  const used = new Set<string>();
  // "Did you mean" compares a cited key with every declared one. A hostile file can cite
  // tens of thousands of undeclared keys against thousands of declared ones, so hints are
  // computed once per distinct key and for the first `maxHints` keys only.
  const hints = new Map<string, string>();
  const hintFor = (key: string): string => {
    let hint = hints.get(key);
    if (hint === undefined) {
      hint = hints.size < maxHints ? didYouMean(key, declared) : '';
      hints.set(key, hint);
    }
    return hint;
  };

  if (fileId !== undefined && typeof top.id === 'string' && top.id !== fileId) {
    out.push({
      code: 'id-mismatch',
      severity: 'error',
      message: `id "${excerpt(top.id)}" does not match the file name "${excerpt(fileId)}"`,
      path: ['id'],
      target: 'value',
    });
  }

  walk(raw, [], (value, path) => {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    // Cited source keys: …sources[i] anywhere except the top-level declarations.
    if (typeof last === 'number' && parent === 'sources' && path.length > 2 && typeof value === 'string') {
      used.add(value);
      if (!Object.hasOwn(sources, value)) {
        out.push({
          code: 'undeclared-source',
          severity: 'error',
          message: `source "${excerpt(value)}" is not declared in the plan's sources${hintFor(value)}`,
          path: [...path],
          target: 'value',
        });
      }
    }
    if (typeof value === 'string' && checkControls && controlCharacters.test(value)) {
      out.push({
        code: 'control-character',
        severity: 'warning',
        message: `${path.join('.')}: text holds control or bidi-override characters; they are shown escaped`,
        path: [...path],
        target: 'value',
      });
    }
    if (Array.isArray(value) && typeof last === 'string') {
      const keyField = listKeyFields[last];
      if (keyField) {
        const seen = new Set<string>();
        value.forEach((item, i) => {
          const key = (item as Record<string, unknown> | null)?.[keyField];
          if (typeof key !== 'string') return;
          if (seen.has(key)) {
            out.push({
              code: 'duplicate-entry',
              severity: 'error',
              message: `${path.join('.')}: ${keyField} "${excerpt(key)}" appears more than once`,
              path: [...path, i, keyField],
              target: 'value',
            });
          }
          seen.add(key);
        });
      }
    }
  });

  for (const key of declared) {
    if (!used.has(key) && asRecord(top.clauses)) {
      out.push({
        code: 'unused-source',
        severity: 'warning',
        message: `source "${key}" is declared but no clause cites it`,
        path: ['sources', key],
        target: 'key',
      });
    }
  }

  checkPlaceholders(top, out);

  const clauses = asRecord(top.clauses) ?? {};
  for (const family of families) {
    if (family === 'other') continue;
    const clause = asRecord(clauses[family]);
    if (!clause) continue;
    // Every typed field (lists and mappings included) says nothing but "unspecified", and no
    // note says why: vagueness is data, but it should be explained, not left as a placeholder.
    const typed = Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k));
    if (typed.length > 0 && typed.every(([, v]) => isVague(v)) && clause.note === undefined) {
      out.push({
        code: 'all-unspecified',
        severity: 'warning',
        message: `clauses.${family}: every typed value is "unspecified" and no note says why; add a note or a definite value`,
        path: ['clauses', family],
        target: 'key',
      });
    }
  }
  return out;
}

/** Example values of a `plans new` scaffold left in place: warnings, so `--strict` fails. */
function checkPlaceholders(top: Record<string, unknown>, out: PathProblem[]): void {
  const warn = (path: Path, what: string, target: 'key' | 'value' = 'value') =>
    out.push({
      code: 'placeholder',
      severity: 'warning',
      message: `${what} is still the example from plans new; replace it`,
      path,
      target,
    });
  if (top.title === placeholders.title) warn(['title'], 'the title');
  const sources = asRecord(top.sources) ?? {};
  for (const [key, value] of Object.entries(sources)) {
    const source = asRecord(value) ?? {};
    if (key === placeholders.sourceKey) warn(['sources', key], `source "${key}"`, 'key');
    else if (source.url === placeholders.url) warn(['sources', key, 'url'], 'the URL');
    else if (source.title === placeholders.sourceTitle) warn(['sources', key, 'title'], "the source's title");
  }
  const clauses = asRecord(top.clauses) ?? {};
  for (const [family, summary] of Object.entries(placeholderSummaries)) {
    if (asRecord(clauses[family])?.summary === summary) {
      warn(['clauses', family, 'summary'], `the ${family} summary`);
    }
  }
}

function isVague(v: unknown): boolean {
  if (v === 'unspecified') return true;
  if (Array.isArray(v)) return v.length > 0 && v.every(isVague);
  return false;
}

/** Visit every value with its path. The path array is reused: copy it to keep it. */
function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      walk((value as Record<string, unknown>)[k], path, visit);
      path.pop();
    }
  }
}
