/**
 * The bundled plans, validated at build time (scripts/build.mjs writes one
 * dist/plans-cache/<id>.json per plan, so a diff reads only the two it needs).
 * `plans diff` on bundled ids starts without loading the YAML parser or zod when the file it
 * would read is byte-for-byte the file that was validated: the cache is keyed by plan id and
 * checked against the file's size and two independent 32-bit hashes of its bytes. Any other
 * file — edited, renamed, from --plans-dir — takes the normal path. Light on purpose.
 */
import type { EffectivePlan } from '../diff/inherit.js';

export const planCacheVersion = 2;

export interface CachedPlan {
  readonly version: typeof planCacheVersion;
  readonly size: number;
  readonly hash: string;
  /** The plans it reaffirms (and they in turn), each as it was when the entry was made. */
  readonly depends: readonly { readonly id: string; readonly size: number; readonly hash: string }[];
  /** The plan as read with what it reaffirms. */
  readonly plan: EffectivePlan;
}

/** FNV-1a and a multiplicative hash over the bytes, as 16 hex digits: detects any edit. */
export function fingerprint(bytes: Uint8Array): string {
  let fnv = 0x811c9dc5;
  let mul = 0x9e3779b9;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    fnv = Math.imul(fnv ^ b, 0x01000193);
    mul = Math.imul(mul + b + 1, 0x85ebca6b) ^ (mul >>> 13);
  }
  return (fnv >>> 0).toString(16).padStart(8, '0') + (mul >>> 0).toString(16).padStart(8, '0');
}
