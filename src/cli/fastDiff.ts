/**
 * The fast start of the most common command, `plans diff <id> <id>` on the bundled plans:
 * answered from dist/plans-cache/ without loading commander, the YAML parser or zod.
 * It handles only the plain form — two plan ids and the flags --exit-code, --all/-a, --stat,
 * --no-sources, --color[=always|never|auto], --no-color, --no-pager — and only when both files
 * are byte-for-byte the validated ones and the output is not to be paged. Anything else returns
 * undefined and the full CLI runs, which is also what tests compare this against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffPlans, plansDiffer } from '../diff/diffPlans.js';
import type { EffectivePlan } from '../diff/inherit.js';
import { renderDiffText } from '../render/diffText.js';
import { exitCodes } from './errors.js';
import { readPlanFile, staysInside } from './files.js';
import { type Io, renderWidth, useColor } from './io.js';
import { pagerFor } from './pager.js';
import { type CachedPlan, fingerprint, planCacheVersion } from './planCache.js';
import { idOfFile, idPattern, type PlanLayer, planFilesIn, planLayers } from './plansDir.js';

const flags = new Set(['--exit-code', '--all', '-a', '--stat', '--no-sources', '--no-pager']);
/** The colour flags, and what each says (undefined: decide by the terminal). */
const colorFlags = new Map<string, boolean | undefined>([
  ['--color', true],
  ['--color=always', true],
  ['--color=never', false],
  ['--no-color', false],
  ['--color=auto', undefined],
]);

function readEntry(id: string): CachedPlan | undefined {
  try {
    const url = new URL(`./plans-cache/${id}.json`, import.meta.url);
    const entry = JSON.parse(readFileSync(url, 'utf8')) as CachedPlan;
    return entry.version === planCacheVersion ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the file the full CLI would read for `id` is byte for byte the one cached. */
function unchanged(id: string, dir: string, names: readonly string[], size: number, hash: string): boolean {
  const name = names.find((f) => idOfFile(f) === id);
  if (!name) return false;
  const path = join(dir, name);
  if (!staysInside(path, dir)) return false;
  const read = readPlanFile(path);
  return read.ok && read.bytes.length === size && fingerprint(read.bytes) === hash;
}

/** The cached plan for `id`, if it and every plan it reaffirms are the files validated. */
function cachedPlan(id: string, dir: string, names: readonly string[]): EffectivePlan | undefined {
  const entry = readEntry(id);
  if (!entry || !unchanged(id, dir, names, entry.size, entry.hash)) return undefined;
  for (const d of entry.depends) if (!unchanged(d.id, dir, names, d.size, d.hash)) return undefined;
  return entry.plan;
}

/** The exit code, or undefined when the full CLI must handle the command. */
export function tryFastDiff(argv: readonly string[], io: Io): number | undefined {
  if (argv[0] !== 'diff') return undefined;
  const ids: string[] = [];
  const seen = new Set<string>();
  let colorFlag: boolean | undefined;
  for (const arg of argv.slice(1)) {
    if (colorFlags.has(arg))
      colorFlag = colorFlags.get(arg); // the last one wins, as in commander
    else if (arg.startsWith('-')) {
      if (!flags.has(arg)) return undefined;
      seen.add(arg);
    } else ids.push(arg);
  }
  if (ids.length !== 2 || !ids.every((id) => idPattern.test(id))) return undefined;
  // Only when the bundled plans are the one layer: a user's plans (./plans, $PLANS_DIR) may
  // shadow them, which the full program reports.
  let layers: PlanLayer[];
  try {
    layers = planLayers(io);
  } catch {
    return undefined; // the full CLI reports it
  }
  if (layers.length !== 1 || layers[0]!.origin !== 'bundled') return undefined;
  const dir = layers[0]!.dir;
  const names = planFilesIn(dir, false);
  const left = cachedPlan(ids[0]!, dir, names);
  const right = left && cachedPlan(ids[1]!, dir, names);
  if (!left || !right) return undefined;
  const diff = diffPlans(left, right);
  const output = renderDiffText(diff, {
    color: useColor(io, colorFlag),
    width: renderWidth(io),
    all: seen.has('--all') || seen.has('-a'),
    stat: seen.has('--stat'),
    sources: !seen.has('--no-sources'),
  });
  // Paging is the full program's: the time a person reads dwarfs the start-up it saves.
  const context = { env: io.env, stdoutIsTTY: io.stdoutIsTTY, noPager: seen.has('--no-pager') };
  if (pagerFor({ ...context, ...(io.rows ? { rows: io.rows } : {}) }, output)) return undefined;
  io.stdout(output);
  return seen.has('--exit-code') && plansDiffer(diff) ? exitCodes.found : exitCodes.ok;
}
