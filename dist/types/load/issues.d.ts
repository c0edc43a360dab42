/**
 * zod issues → located problems with stable codes and messages a person can act on:
 * unknown keys at the key, bad values at the value, missing fields at the mapping that lacks
 * them, with the nearest valid word where there is one.
 */
import type { Document } from 'yaml';
import type * as z from 'zod';
import { type Problem } from './yaml.js';
export declare function describeValue(value: unknown): string;
/**
 * @param locate where a path of the (possibly migrated) data is written in the file: for a
 *   format-1 file, a moved field's new path leads to where its old one is written
 */
export declare function issueToProblems(issue: z.core.$ZodIssue, data: unknown, doc: Document.Parsed, locate?: (path: readonly (string | number)[]) => readonly PropertyKey[]): Problem[];
