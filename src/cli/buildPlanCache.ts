/**
 * Build step (run by scripts/build.mjs, not shipped as a command): validate the bundled plans
 * and write dist/plans-cache/<id>.json for the fast start of `plans diff`. Invalid plans are left
 * out (the normal path reports them).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlanBytes } from '../load/loadPlan.js';
import { type CachedPlan, fingerprint, planCacheVersion } from './planCache.js';

const [plansDir, out] = process.argv.slice(2) as [string, string];
mkdirSync(out, { recursive: true });
for (const name of readdirSync(plansDir)
  .filter((n) => n.endsWith('.yaml'))
  .sort()) {
  const bytes = readFileSync(join(plansDir, name));
  const id = name.replace(/\.yaml$/, '');
  const loaded = loadPlanBytes(bytes, name, { expectedId: id });
  if (loaded.plan && !loaded.diagnostics.some((d) => d.severity === 'error')) {
    const entry: CachedPlan = {
      version: planCacheVersion,
      size: bytes.length,
      hash: fingerprint(bytes),
      plan: loaded.plan,
    };
    writeFileSync(join(out, `${id}.json`), JSON.stringify(entry));
  }
}
