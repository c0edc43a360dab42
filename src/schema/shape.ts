/**
 * The plan schema's shape as plain data: for every mapping the keys it may hold (in declared
 * order), for every enum the vocabulary it draws from. Generated from the zod schema into
 * plan-shape.json (a test keeps it current), so the diff and the renderers can ask "which
 * fields, in what order, from which vocabulary" without loading zod — `plans diff` on cached
 * plans starts without it.
 */
import type * as z from 'zod';
import { planSchema } from './plan.js';
import { vocabularyOfValues } from './vocab.js';

export type ShapeNode =
  | { readonly kind: 'object'; readonly keys: Readonly<Record<string, ShapeNode>> }
  | { readonly kind: 'array'; readonly element: ShapeNode }
  | { readonly kind: 'record'; readonly value: ShapeNode }
  | { readonly kind: 'leaf'; readonly vocabulary?: string };

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

const def = (s: z.ZodType) => s.def as unknown as Def;

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let d = def(cur); ['optional', 'nullable', 'default', 'pipe'].includes(d.type); d = def(cur)) {
    cur = (d.type === 'pipe' ? d.in : d.innerType)!;
  }
  return cur;
}

function enumVocabulary(s: z.ZodType): string | undefined {
  const d = def(s);
  if (d.type === 'enum' && d.entries) return vocabularyOfValues(Object.values(d.entries))?.name;
  if (d.type === 'union') {
    for (const o of d.options ?? []) {
      const name = enumVocabulary(unwrap(o));
      if (name) return name;
    }
  }
  return undefined;
}

/** The shape of a zod schema (build time and tests only). */
export function shapeOf(schema: z.ZodType): ShapeNode {
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'object' && d.shape) {
    return {
      kind: 'object',
      keys: Object.fromEntries(Object.entries(d.shape).map(([k, v]) => [k, shapeOf(v)])),
    };
  }
  if (d.type === 'array' && d.element) return { kind: 'array', element: shapeOf(d.element) };
  if (d.type === 'record' && d.valueType) return { kind: 'record', value: shapeOf(d.valueType) };
  const vocabulary = enumVocabulary(s);
  return vocabulary ? { kind: 'leaf', vocabulary } : { kind: 'leaf' };
}

/** plan-shape.json as committed: the shape of the plan schema. */
export function planShapeText(): string {
  return `${JSON.stringify(shapeOf(planSchema), null, 1)}\n`;
}
