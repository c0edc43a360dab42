/**
 * `plans migrate`: a format-1 plan file rewritten as format 2 by editing its text, so that
 * everything the migration does not touch — comments, key order, quoting, folded text, the
 * modeline — stays byte for byte. The edits: a `format: 2` line before the first top-level
 * key; `army_cap`/`army_cap_scope` replaced, where they stand, by a `force_limits` entry for
 * Ukraine; `frozen_assets_usd_bn: N` rewritten as `frozen_assets_amount: N bn USD`; the
 * `field` of a disputed entry about those renamed. The result is read back and must equal
 * the in-memory migration of the original (migrate.ts) — otherwise nothing is written and the
 * reason is given. Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { formatOf, migrateRaw } from './migrate.js';
import { parseLocated } from './yaml.js';

export type MigrateTextResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string; readonly notAPlan?: true };

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const disputedRenames: Readonly<Record<string, string>> = {
  army_cap: 'force_limits.troops',
  army_cap_scope: 'force_limits.applies',
  frozen_assets_usd_bn: 'frozen_assets_amount',
};

/** Deep equality of plain data, key order aside. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

function pairIn(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

export function migratePlanText(input: string): MigrateTextResult {
  // Line ends are kept: edits are made on LF text and CRLF is restored at the end.
  const crlf = input.includes('\r\n');
  const text = crlf ? input.replace(/\r\n/g, '\n') : input;
  // docker-compose.yml (anchors and all), a CI workflow, a playbook, an empty file — any other
  // YAML beside the plans — is never rewritten. A file that starts its lines with `id:` and
  // `clauses:` is taken for a plan, so a broken plan is reported rather than skipped.
  const notAPlan = {
    ok: false,
    notAPlan: true,
    reason: 'not a plan file (no top-level id and clauses)',
  } as const;
  const looksLikePlan = /^["']?id["']?[ \t]*:/m.test(text) && /^["']?clauses["']?[ \t]*:/m.test(text);
  const located = parseLocated(text);
  const doc = located.doc;
  if (!doc || located.problems.some((p) => p.severity === 'error')) {
    if (!looksLikePlan) return notAPlan;
    return { ok: false, reason: 'the file is not well-formed YAML; run plans validate on it first' };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 0 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return looksLikePlan ? { ok: false, reason: 'the file does not hold a plan (one mapping)' } : notAPlan;
  }
  if (!('id' in raw && 'clauses' in raw)) return notAPlan;
  const format = formatOf(raw);
  if (format !== 1) {
    return format === 2
      ? { ok: true, text: input, changed: false }
      : { ok: false, reason: `format ${String(format)} is not one plans migrates (format 1 to 2)` };
  }
  const expected = migrateRaw(raw as Record<string, unknown>);
  const top = doc.contents;
  if (!isMap(top) || (top as YAMLMap).flow) {
    return { ok: false, reason: 'the top level is not a block mapping; add "format: 2" by hand' };
  }

  const edits: Edit[] = [];
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
  };
  /** A pair written on whole lines of its own: its key starts its line (after indentation). */
  const ownLines = (
    pair: Pair,
  ): { start: number; end: number; indent: string; value: string; comment: string } | undefined => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    if (!key.range || !value?.range || !isScalar(value)) return undefined;
    const start = lineStart(key.range[0]);
    const indent = text.slice(start, key.range[0]);
    if (!/^ *$/.test(indent)) return undefined;
    const end = lineEnd(value.range[1]);
    const rest = text.slice(value.range[1], end).trim();
    if (rest !== '' && !rest.startsWith('#')) return undefined;
    return { start, end, indent, value: text.slice(value.range[0], value.range[1]), comment: rest };
  };

  // 1. The format line, before the first top-level key.
  const first = (top as YAMLMap).items[0]?.key as Node | undefined;
  if (!first?.range) return { ok: false, reason: 'the plan has no keys' };
  const firstLine = lineStart(first.range[0]);
  if (firstLine !== first.range[0])
    return { ok: false, reason: 'the top-level keys are indented; add "format: 2" by hand' };
  edits.push({ start: firstLine, end: firstLine, text: 'format: 2\n' });

  const clauses = pairIn(top, 'clauses')?.value;

  // 2. army_cap and army_cap_scope → a force_limits entry for Ukraine, where they stood.
  const sp = pairIn(clauses, 'security_package')?.value;
  const cap = pairIn(sp, 'army_cap');
  const scope = pairIn(sp, 'army_cap_scope');
  if (cap || scope) {
    const a = cap && ownLines(cap);
    const b = scope && ownLines(scope);
    if ((cap && !a) || (scope && !b)) {
      return {
        ok: false,
        reason: 'army_cap is not written on a line of its own; move it to force_limits by hand',
      };
    }
    const at = (a ?? b)!;
    const withComment = (line: string, comment: string) => (comment ? `${line}  ${comment}` : line);
    const lines = [`${at.indent}force_limits:`, `${at.indent}  - party: Ukraine`];
    if (a) lines.push(withComment(`${at.indent}    troops: ${a.value}`, a.comment));
    if (b) lines.push(withComment(`${at.indent}    applies: ${b.value}`, b.comment));
    edits.push({ start: at.start, end: at.end, text: `${lines.join('\n')}\n` });
    if (a && b) edits.push({ start: b.start, end: b.end, text: '' });
  }

  // 3. frozen_assets_usd_bn: N → frozen_assets_amount: N bn USD, on its line.
  const sanctions = pairIn(clauses, 'sanctions')?.value;
  const usd = pairIn(sanctions, 'frozen_assets_usd_bn');
  if (usd) {
    const key = usd.key as Node;
    const value = usd.value as Node | null;
    if (!key.range || !value?.range || !isScalar(value) || typeof value.value !== 'number') {
      return { ok: false, reason: 'frozen_assets_usd_bn is not a plain number; rewrite it by hand' };
    }
    edits.push({ start: key.range[0], end: key.range[1], text: 'frozen_assets_amount' });
    edits.push({
      start: value.range[0],
      end: value.range[1],
      text: `${text.slice(value.range[0], value.range[1])} bn USD`,
    });
  }

  // 4. Disputed entries about the moved fields name the new ones.
  for (const family of [sp, sanctions]) {
    const list = pairIn(family, 'disputed')?.value;
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const field = pairIn(item, 'field')?.value as Node | null | undefined;
      if (!isScalar(field) || typeof field.value !== 'string' || !field.range) continue;
      const renamed = disputedRenames[field.value];
      if (renamed) edits.push({ start: field.range[0], end: field.range[1], text: renamed });
    }
  }

  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  const check = parseLocated(out);
  const back: unknown =
    check.doc && !check.problems.some((p) => p.severity === 'error') ? check.doc.toJS() : undefined;
  if (!same(back, expected)) {
    return {
      ok: false,
      reason:
        'the file is laid out in a way the migration cannot edit safely; migrate it by hand (docs/plan-format.md#format-1)',
    };
  }
  return { ok: true, text: crlf ? out.replace(/\n/g, '\r\n') : out, changed: true };
}
