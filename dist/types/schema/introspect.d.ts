import type { ShapeNode } from './shape.js';
import { type Vocabulary } from './vocab.js';
/** The shape at a path of YAML keys (list indices and record keys pass through). */
export declare function shapeAt(path: readonly PropertyKey[], from?: ShapeNode): ShapeNode | undefined;
/** Keys a mapping at `path` may hold, in the order the schema declares them. */
export declare function keysAt(path: readonly PropertyKey[]): string[];
export { vocabularyOfValues } from './vocab.js';
/** The vocabulary a field (or a list field's elements) draws from, if it is an enum. */
export declare function vocabularyAt(path: readonly PropertyKey[]): Vocabulary | undefined;
