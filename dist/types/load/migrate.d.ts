/** A format-1 field and the format-2 path that replaced it (within its clause). */
export interface Moved {
    readonly family: string;
    readonly from: string;
    readonly to: readonly (string | number)[];
}
export declare const movedFields: readonly Moved[];
type Obj = Record<string, unknown>;
/** The format a raw document declares: 1 when it has no `format` key. */
export declare function formatOf(raw: unknown): unknown;
/**
 * `{ format: 2, …raw }` with the moved fields moved (key order aside: the schema's order is the
 * one every output uses); other values are shared, not copied.
 */
export declare function migrateRaw(raw: Obj): Obj;
/**
 * The path of a format-2 finding in the format-1 file it came from, so that a problem in a
 * moved field is placed where the field is written. Other paths are the same in both.
 */
export declare function format1Path(path: readonly (string | number)[]): (string | number)[];
export {};
