/**
 * Questions about the plan schema, answered from its generated shape (plan-shape.json) so
 * that no caller needs zod: which keys a mapping may hold, in declared order (the validator's
 * "did you mean", the diff's canonical order) and which vocabulary a field draws from (trend
 * words, messages).
 */
import planShape from './plan-shape.json' with { type: 'json' };
import type { ShapeNode } from './shape.js';
import { type Vocabulary, vocabularies } from './vocab.js';

const root = planShape as ShapeNode;

/** The shape at a path of YAML keys (list indices and record keys pass through). */
export function shapeAt(path: readonly PropertyKey[], from: ShapeNode = root): ShapeNode | undefined {
  let node: ShapeNode | undefined = from;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.kind === 'object') node = node.keys[String(seg)];
    else if (node.kind === 'array') node = node.element;
    else if (node.kind === 'record') node = node.value;
    else return undefined;
  }
  return node;
}

/** Keys a mapping at `path` may hold, in the order the schema declares them. */
export function keysAt(path: readonly PropertyKey[]): string[] {
  const node = shapeAt(path);
  return node?.kind === 'object' ? Object.keys(node.keys) : [];
}

const byName = new Map<string, Vocabulary>(Object.values(vocabularies).map((v) => [v.name, v as Vocabulary]));

export { vocabularyOfValues } from './vocab.js';

/** The vocabulary a field (or a list field's elements) draws from, if it is an enum. */
export function vocabularyAt(path: readonly PropertyKey[]): Vocabulary | undefined {
  let node = shapeAt(path);
  if (node?.kind === 'array') node = node.element;
  return node?.kind === 'leaf' && node.vocabulary ? byName.get(node.vocabulary) : undefined;
}
