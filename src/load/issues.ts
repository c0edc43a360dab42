/**
 * zod issues → located problems with stable codes and messages a person can act on:
 * unknown keys at the key, bad values at the value, missing fields at the mapping that lacks
 * them, with the nearest valid word where there is one.
 */
import type { Document } from 'yaml';
import type * as z from 'zod';
import { durationPattern } from '../schema/duration.js';
import { keysAt, vocabularyOfValues } from '../schema/introspect.js';
import type { DiagnosticCode } from './diagnostic.js';
import { didYouMean } from './suggest.js';
import { excerpt } from './text.js';
import { type Problem, rangeAt } from './yaml.js';

function getIn(data: unknown, path: readonly PropertyKey[]): { exists: boolean; value: unknown } {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg))
      return { exists: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { exists: true, value: cur };
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  switch (typeof value) {
    case 'string':
      return `the string "${excerpt(value)}"`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function dotted(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the plan' : path.map(String).join('.');
}

/** YAML 1.1 booleans that YAML 1.2 (and so this tool) reads as strings. */
const yaml11Booleans = new Set([
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Yes',
  'No',
  'On',
  'Off',
  'YES',
  'NO',
  'ON',
  'OFF',
]);

/** A format-1 field name and what format 2 calls it (see migrate.ts). */
const format1Keys: Readonly<Record<string, string>> = {
  army_cap: 'force_limits',
  army_cap_scope: 'force_limits',
  frozen_assets_usd_bn: 'frozen_assets_amount',
};

/**
 * @param locate where a path of the (possibly migrated) data is written in the file: for a
 *   format-1 file, a moved field's new path leads to where its old one is written
 */
export function issueToProblems(
  issue: z.core.$ZodIssue,
  data: unknown,
  doc: Document.Parsed,
  locate: (path: readonly (string | number)[]) => readonly PropertyKey[] = (p) => p,
): Problem[] {
  const path = issue.path as PropertyKey[];
  const at = (target: 'key' | 'value' | 'owner', p = path) =>
    rangeAt(doc, locate(p as (string | number)[]), target);
  const one = (code: DiagnosticCode, message: string, range: [number, number], p = path): Problem[] => [
    { code, severity: 'error', message, range, path: p.map((s) => (typeof s === 'number' ? s : String(s))) },
  ];
  const { exists, value } = getIn(data, path);

  // A value the schema wanted where the key is absent: a missing field, whatever the expected
  // kind (text, enum, one of several shapes).
  const valueIssue =
    issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (valueIssue && !exists && path.length > 0) {
    const field = String(path[path.length - 1]);
    const owner = path.length > 1 ? dotted(path.slice(0, -1)) : 'the plan';
    return one('required', `missing required field "${field}" in ${owner}`, at('owner'));
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const candidates = keysAt(path);
      return issue.keys.flatMap((key) => {
        const p = [...path, key];
        const where = path.length === 0 ? 'at the top level' : `in ${dotted(path)}`;
        const moved = format1Keys[key];
        const hint = moved
          ? ` — "${key}" is format 1; format 2 has "${moved}" (see docs/plan-format.md)`
          : didYouMean(key, candidates);
        return one('unknown-key', `unknown key "${excerpt(key)}" ${where}${hint}`, at('key', p), p);
      });
    }
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      let hint = '';
      if (issue.expected === 'boolean' && typeof value === 'string' && yaml11Booleans.has(value)) {
        hint = ' (YAML 1.2 reads it as text; write true or false)';
      } else if (issue.expected === 'string' && typeof value === 'number') {
        hint = ' (quote it to make it text)';
      } else if (value === null && (issue.expected === 'object' || issue.expected === 'record')) {
        hint = ' (the key has no content: fill it in or remove it)';
      }
      return one(
        'type',
        `${dotted(path)}: expected ${expected}, got ${describeValue(value)}${hint}`,
        at('value'),
      );
    }
    case 'invalid_value': {
      const vocab = vocabularyOfValues(issue.values);
      const noun = vocab?.noun ?? 'value';
      if (typeof value !== 'string') {
        return one('type', `${dotted(path)}: expected a ${noun}, got ${describeValue(value)}`, at('value'));
      }
      const options = issue.values.map(String);
      const hint = didYouMean(value, options);
      const list = hint ? '' : ` (one of: ${options.join(', ')})`;
      return one('enum', `unknown ${noun} "${excerpt(value)}"${hint}${list}`, at('value'));
    }
    case 'invalid_union': {
      const words = issue.errors
        .flat()
        .flatMap((e) => (e.code === 'invalid_value' ? e.values.map(String) : []));
      const suggestion = typeof value === 'string' ? didYouMean(value, words) : '';
      const code: DiagnosticCode = suggestion ? 'enum' : 'type';
      return one(
        code,
        `${dotted(path)}: ${issue.message}, got ${describeValue(value)}${suggestion}`,
        at('value'),
      );
    }
    case 'invalid_format': {
      const shown = typeof value === 'string' ? `"${excerpt(value)}"` : describeValue(value);
      const pattern = 'pattern' in issue && issue.pattern ? String(issue.pattern) : '';
      let what: string;
      if (issue.format === 'date') what = 'is not a real calendar date (YYYY-MM-DD)';
      else if (pattern.includes(durationPattern.slice(1, 20)))
        what = 'is not a duration; write e.g. "30 days", "4 weeks", "18 months", "1 year"';
      else if (pattern.includes('[a-z0-9]+(-[a-z0-9]+)*'))
        what = 'must be lowercase letters, digits and single hyphens';
      else if (pattern.includes('^[^\\n\\r]*$')) what = 'must be a single line';
      else if (pattern.includes('https?:')) what = 'must be an http(s) URL without spaces';
      else if (pattern.includes('[A-Z0-9][A-Za-z0-9'))
        what = 'must be a name starting with a capital letter or digit';
      else if (pattern.includes('[0-9]{1,3}(\\/')) what = 'must be a split such as "50/50"';
      else if (pattern.includes('(m|bn|tn)'))
        what = 'is not an amount; write e.g. "100 bn USD", "210 bn EUR", "500 m GBP"';
      else what = `does not match the expected format ${pattern}`;
      return one('format', `${dotted(path)}: ${shown} ${what}`, at('value'));
    }
    case 'too_small': {
      const subject = issue.origin === 'array' ? 'list' : issue.origin === 'string' ? 'text' : 'value';
      const msg =
        issue.origin === 'array' && Number(issue.minimum) === 1
          ? `${dotted(path)}: must not be an empty list`
          : issue.origin === 'string' && Number(issue.minimum) === 1
            ? `${dotted(path)}: must not be empty`
            : `${dotted(path)}: ${subject} is below the minimum of ${String(issue.minimum)}`;
      return one('too-small', msg, at('value'));
    }
    case 'too_big': {
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
      return one(
        'too-big',
        `${dotted(path)}: exceeds the maximum of ${String(issue.maximum)}${unit}`,
        at('value'),
      );
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1] ?? '');
      return one(
        'format',
        `key "${excerpt(key)}" in ${dotted(path.slice(0, -1))} must be lowercase letters, digits and single hyphens`,
        at('key'),
      );
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: DiagnosticCode; target?: 'key' | 'value' | 'owner' };
      return one(params.code ?? 'type', issue.message, at(params.target ?? 'value'));
    }
    default:
      return one('type', `${dotted(path)}: ${issue.message}`, at('value'));
  }
}
