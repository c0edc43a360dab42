/**
 * Build step (run by scripts/build.mjs, not shipped as a command): validate the bundled plans
 * and write dist/plans-cache/<id>.json for the fast start of `plans diff`. Invalid plans are left
 * out (the normal path reports them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isError } from '../load/diagnostic.js';
import { loadPlanBytes } from '../load/loadPlan.js';
import { readPlanFile } from './files.js';
import { type CachedPlan, fingerprint, planCacheVersion } from './planCache.js';
import { idOfFile, planFilesIn } from './plansDir.js';

const [plansDir, out] = process.argv.slice(2) as [string, string];
mkdirSync(out, { recursive: true });
for (const name of planFilesIn(plansDir)) {
  const read = readPlanFile(join(plansDir, name));
  if (!read.ok) continue;
  const id = idOfFile(name);
  const loaded = loadPlanBytes(read.bytes, name, { expectedId: id });
  if (loaded.plan && !loaded.diagnostics.some(isError)) {
    const entry: CachedPlan = {
      version: planCacheVersion,
      size: read.bytes.length,
      hash: fingerprint(read.bytes),
      plan: loaded.plan,
    };
    writeFileSync(join(out, `${id}.json`), JSON.stringify(entry));
  }
}
