/** Loading one plan for library users: text or bytes in, a plan or located diagnostics out. */
import { loadPlanBytes } from './loadPlan.js';
import { tryQuick } from './quick.js';
import type { LoadedPlan, LoadOptions } from './result.js';

export interface LoadPlanOptions extends LoadOptions {
  /** The name diagnostics give the file. Default `<input>`. */
  readonly file?: string;
}

/**
 * Load a plan file's contents: parse, validate against the schema and the per-file rules. The
 * result holds `plan` only when there is no error; `diagnostics` has every finding with its
 * line and column. Cross-file rules (unique ids, `revises` targets) are `checkCorpus`'s.
 */
export function loadPlan(source: string | Uint8Array, options: LoadPlanOptions = {}): LoadedPlan {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const { file = '<input>', ...rest } = options;
  return tryQuick(bytes, file, rest) ?? loadPlanBytes(bytes, file, rest);
}
