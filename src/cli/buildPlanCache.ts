/**
 * Build step (run by scripts/build.mjs, not shipped as a command): validate the bundled plans
 * and write dist/plans-cache/<id>.json for the fast start of `plans diff`: each plan as read
 * with what it reaffirms, and the size and fingerprint of every file that went into it.
 * Invalid plans are left out (the normal path reports them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { effectivePlan } from '../diff/inherit.js';
import { isError } from '../load/diagnostic.js';
import { loadPlanBytes } from '../load/loadPlan.js';
import type { Plan } from '../schema/plan.js';
import { readPlanFile } from './files.js';
import { type CachedPlan, fingerprint, planCacheVersion } from './planCache.js';
import { idOfFile, planFilesIn } from './plansDir.js';

const [plansDir, out] = process.argv.slice(2) as [string, string];
mkdirSync(out, { recursive: true });
const valid = new Map<string, { plan: Plan; size: number; hash: string }>();
for (const name of planFilesIn(plansDir, false)) {
  const read = readPlanFile(join(plansDir, name));
  if (!read.ok) continue;
  const id = idOfFile(name);
  const loaded = loadPlanBytes(read.bytes, name, { expectedId: id });
  if (loaded.plan && !loaded.diagnostics.some(isError)) {
    valid.set(id, { plan: loaded.plan, size: read.bytes.length, hash: fingerprint(read.bytes) });
  }
}
for (const [id, { plan, size, hash }] of valid) {
  // Every plan reached through `reaffirms`: the cache entry holds only while each is unchanged.
  const depends: { id: string; size: number; hash: string }[] = [];
  const seen = new Set([id]);
  const queue = [...(plan.reaffirms ?? []).map((r) => r.plan)];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const dep = valid.get(next);
    if (!dep) continue;
    depends.push({ id: next, size: dep.size, hash: dep.hash });
    queue.push(...(dep.plan.reaffirms ?? []).map((r) => r.plan));
  }
  const entry: CachedPlan = {
    version: planCacheVersion,
    size,
    hash,
    depends,
    plan: effectivePlan(plan, (x) => valid.get(x)?.plan),
  };
  writeFileSync(join(out, `${id}.json`), JSON.stringify(entry));
}
