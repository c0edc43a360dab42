/**
 * Plan arguments → files. An argument ending in `.yaml`/`.yml` or containing a `/` is a path;
 * `-` is stdin; anything else must be a plan id (`[a-z0-9-]`, so it cannot reach outside the
 * plans directory) and is looked up in the layers of plansDir.ts: the user's directory
 * (`--plans-dir`, else `$PLANS_DIR`, else `./plans`), then the plans bundled with the tool.
 */
import { resolve } from 'node:path';
import { type EffectivePlan, effectivePlan } from '../diff/inherit.js';
import { fileDiagnostic, isError } from '../load/diagnostic.js';
import { limits } from '../load/limits.js';
import { loadPlanLazily } from '../load/quick.js';
import type { LoadedPlan } from '../load/result.js';
import { closest } from '../load/suggest.js';
import type { Plan } from '../schema/plan.js';
import { CliError, exitCodes } from './errors.js';
import { type ReadResult, readListedPlanFile, readPlanFile } from './files.js';
import type { Io } from './io.js';
import {
  displayPath,
  findPlan,
  idOfFile,
  idPattern,
  type Lookup,
  planFile,
  planLayers,
  shadowWarning,
} from './plansDir.js';

/** Each Io's stdin can be read once; a second `-` would silently be an empty plan. */
const stdinRead = new WeakSet<Io>();

/** Warnings already given in this run (a plan read twice warns once). */
const warned = new WeakMap<Io, Set<string>>();
export function warnOnce(io: Io, line: string): void {
  const seen = warned.get(io) ?? new Set<string>();
  warned.set(io, seen);
  if (seen.has(line)) return;
  seen.add(line);
  io.stderr(`${line}\n`);
}

export function isPathArgument(arg: string): boolean {
  return arg === '-' || planFile.test(arg) || arg.includes('/') || arg.includes('\\');
}

/** A file that cannot be read is a usage error; one too large is invalid input, located at 1:1. */
function readFailure(file: string, read: Extract<ReadResult, { ok: false }>): CliError {
  if (read.code === 'too-large')
    return new CliError(`${file}: ${read.reason}`, exitCodes.usage, [
      fileDiagnostic(file, 'too-large', read.reason),
    ]);
  return new CliError(`${file}: ${read.reason}`);
}

/** Load one plan argument; any failure is a CliError (exit 2) carrying its diagnostics. */
export async function loadPlanArgument(
  arg: string,
  io: Io,
  lookup: Lookup,
): Promise<LoadedPlan & { plan: Plan }> {
  let loaded: LoadedPlan;
  if (arg === '-') {
    if (stdinRead.has(io)) throw new CliError('stdin (-) can be given only once');
    stdinRead.add(io);
    const bytes = await io.readStdin();
    if (bytes.length > limits.maxFileBytes) {
      // Reading stopped at the limit, so the full size is unknown.
      const message = `input is more than ${limits.maxFileBytes} bytes; plan files are limited to ${limits.maxFileBytes} bytes`;
      throw new CliError(`<stdin>: ${message}`, exitCodes.usage, [
        fileDiagnostic('<stdin>', 'too-large', message),
      ]);
    }
    loaded = await loadPlanLazily(bytes, '<stdin>');
  } else if (isPathArgument(arg)) {
    const read = readPlanFile(resolve(io.cwd, arg));
    if (!read.ok) throw readFailure(arg, read);
    loaded = await loadPlanLazily(read.bytes, arg, { expectedId: idOfFile(arg) });
  } else {
    if (!idPattern.test(arg)) {
      throw new CliError(
        `"${arg}" is neither a plan id (lowercase letters, digits, hyphens) nor a .yaml file`,
      );
    }
    const layers = planLayers(io, lookup);
    const { found, ids } = findPlan(layers, arg);
    if (!found) {
      const near = closest(arg, ids, 3);
      const where = layers.map((l) => displayPath(io, l.dir)).join(' and ');
      const hint = near.length
        ? ` — did you mean ${near.map((n) => `"${n}"`).join(', ')}?`
        : ` (plans in ${where}: ${ids.join(', ') || 'none'})`;
      throw new CliError(`unknown plan "${arg}"${hint}`);
    }
    if (found.shadows) warnOnce(io, shadowWarning(io, arg, found.abs));
    const shown = displayPath(io, found.abs);
    const read = readListedPlanFile(found.abs, found.layer.dir, true);
    if (read === 'outside') {
      throw new CliError(`${shown}: symbolic link leads outside the plans directory; not read`);
    }
    if (!read.ok) throw readFailure(shown, read);
    loaded = await loadPlanLazily(read.bytes, shown, { expectedId: arg });
  }
  if (!loaded.plan || loaded.diagnostics.some(isError)) {
    throw new CliError(`${loaded.file}: invalid plan`, exitCodes.usage, loaded.diagnostics.filter(isError));
  }
  return loaded as LoadedPlan & { plan: Plan };
}

/**
 * Plans read with what they reaffirm (diff/inherit.ts). Reaffirmed plans missing from
 * `known` are read from the plans directory by id; one that cannot be read is named in a
 * warning (validate reports why) and its terms are not carried over.
 */
export async function withReaffirmed(
  plans: readonly Plan[],
  io: Io,
  lookup: Lookup,
  known: ReadonlyMap<string, Plan> = new Map(),
): Promise<{ plans: EffectivePlan[]; warnings: string[] }> {
  const byId = new Map(known);
  for (const p of plans) if (!byId.has(p.id)) byId.set(p.id, p);
  const warnings: string[] = [];
  const missing = new Set<string>();
  const queue = [...plans];
  while (queue.length > 0) {
    const plan = queue.shift()!;
    for (const { plan: id } of plan.reaffirms ?? []) {
      if (byId.has(id) || missing.has(id)) continue;
      try {
        const loaded = (await loadPlanArgument(id, io, lookup)).plan;
        byId.set(id, loaded);
        queue.push(loaded);
      } catch (e) {
        missing.add(id);
        const why = e instanceof CliError ? e.message : String(e);
        warnings.push(
          `plans: ${plan.id} reaffirms "${id}", which cannot be read (${why}); its terms are not carried over`,
        );
      }
    }
  }
  return { plans: plans.map((p) => effectivePlan(p, (id) => byId.get(id))), warnings };
}
