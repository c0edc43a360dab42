/**
 * Read the zod schema itself: which keys a mapping may hold (in declared order) and which
 * vocabulary a field draws from. The validator uses it for "did you mean" on keys; the diff
 * uses it for canonical field order and for trend words.
 */
import type * as z from 'zod';
import { planSchema } from './plan.js';
import { type Vocabulary, vocabularies } from './vocab.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
}

function def(s: z.ZodType): Def {
  return s.def as unknown as Def;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    const d = def(cur);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') cur = d.innerType;
    else if (d.type === 'pipe') cur = d.in;
    else break;
  }
  return cur;
}

/** The schema at a path of YAML keys (list indices and record keys pass through). */
export function schemaAt(path: readonly PropertyKey[], root: z.ZodType = planSchema): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const seg of path) {
    s = unwrap(s);
    if (!s) return undefined;
    const d = def(s);
    if (d.type === 'object' && d.shape) s = d.shape[String(seg)];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return undefined;
  }
  return unwrap(s);
}

/** Keys a mapping at `path` may hold, in the order the schema declares them. */
export function keysAt(path: readonly PropertyKey[], root: z.ZodType = planSchema): string[] {
  const s = schemaAt(path, root);
  const d = s && def(s);
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

const vocabByValues = new Map<string, Vocabulary>(
  Object.values(vocabularies).map((v) => [Object.keys(v.values).join('|'), v as Vocabulary]),
);

/** The vocabulary an enum's values come from, found by its value set. */
export function vocabularyOfValues(values: readonly unknown[]): Vocabulary | undefined {
  return vocabByValues.get(values.map(String).join('|'));
}

/** The vocabulary a field (or a list field's elements) draws from, if it is an enum. */
export function vocabularyAt(path: readonly PropertyKey[]): Vocabulary | undefined {
  let s = schemaAt(path);
  if (s && def(s).type === 'array') s = unwrap(def(s).element);
  if (!s) return undefined;
  const d = def(s);
  if (d.type === 'enum' && d.entries) return vocabularyOfValues(Object.values(d.entries));
  if (d.type === 'union' && d.options) {
    for (const o of d.options) {
      const od = def(o);
      if (od.type === 'enum' && od.entries) return vocabularyOfValues(Object.values(od.entries));
    }
  }
  return undefined;
}
