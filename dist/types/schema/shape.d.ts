/**
 * The plan schema's shape as plain data: for every mapping the keys it may hold (in declared
 * order), for every enum the vocabulary it draws from. Generated from the zod schema into
 * plan-shape.json (a test keeps it current), so the diff and the renderers can ask "which
 * fields, in what order, from which vocabulary" without loading zod — `plans diff` on cached
 * plans starts without it.
 */
import type * as z from 'zod';
export type ShapeNode = {
    readonly kind: 'object';
    readonly keys: Readonly<Record<string, ShapeNode>>;
} | {
    readonly kind: 'array';
    readonly element: ShapeNode;
} | {
    readonly kind: 'record';
    readonly value: ShapeNode;
} | {
    readonly kind: 'leaf';
    readonly vocabulary?: string;
};
/** The shape of a zod schema (build time and tests only). */
export declare function shapeOf(schema: z.ZodType): ShapeNode;
/** plan-shape.json as committed: the shape of the plan schema. */
export declare function planShapeText(): string;
