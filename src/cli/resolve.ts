/**
 * Plan arguments → files. An argument ending in `.yaml`/`.yml` or containing a `/` is a path;
 * `-` is stdin; anything else must be a plan id (`[a-z0-9-]`, so it cannot reach outside the
 * plans directory) and is looked up in the plans directory: `--plans-dir`, else `$PLANS_DIR`,
 * else `./plans` when it exists, else the plans bundled with the tool.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, type DiagnosticCode, isError } from '../load/diagnostic.js';
import { type LoadedPlan, loadPlanBytes } from '../load/loadPlan.js';
import { closest } from '../load/suggest.js';
import type { Plan } from '../schema/plan.js';
import { CliError } from './errors.js';
import { type ReadResult, readPlanFile, staysInside } from './files.js';
import type { Io } from './io.js';

let root: { dir: string; version: string } | undefined;

function findRoot(): { dir: string; version: string } {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
        if (json.name === 'plans') {
          root = { dir, version: json.version ?? '0.0.0' };
          return root;
        }
      } catch {
        // not ours; keep walking up
      }
    }
    dir = dirname(dir);
  }
  throw new Error('cannot locate the plans package root');
}

/** The installed package's root (where bin/, dist/, plans/ live), from this module's location. */
export function packageRoot(): string {
  return findRoot().dir;
}

export function packageVersion(): string {
  return findRoot().version;
}

export function bundledPlansDir(): string {
  return join(packageRoot(), 'plans');
}

export interface PlansDir {
  readonly dir: string;
  readonly origin: '--plans-dir' | 'PLANS_DIR' | './plans' | 'bundled';
}

export function resolvePlansDir(io: Io, flag: string | undefined): PlansDir {
  const check = (dir: string, origin: PlansDir['origin']): PlansDir => {
    const abs = resolve(io.cwd, dir);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir)
      throw new CliError(`plans directory ${dir} (from ${origin}) does not exist or is not a directory`);
    return { dir: abs, origin };
  };
  if (flag !== undefined) return check(flag, '--plans-dir');
  if (io.env.PLANS_DIR) return check(io.env.PLANS_DIR, 'PLANS_DIR');
  const local = resolve(io.cwd, 'plans');
  if (existsSync(local) && statSync(local).isDirectory()) return { dir: local, origin: './plans' };
  return { dir: bundledPlansDir(), origin: 'bundled' };
}

const planFile = /\.ya?ml$/;
const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The `.yaml`/`.yml` files directly in `dir`, sorted by name. */
export function planFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => planFile.test(name) && !name.startsWith('.'))
    .sort();
}

export function idOfFile(path: string): string {
  return basename(path).replace(planFile, '');
}

/** How to show a file in messages: as given, or relative to the working directory. */
export function displayPath(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel === '' ? abs : rel;
}

export function isPathArgument(arg: string): boolean {
  return arg === '-' || planFile.test(arg) || arg.includes('/') || arg.includes('\\');
}

/** A file that cannot be read is a usage error; one too large is invalid input, located at 1:1. */
function readFailure(file: string, read: Extract<ReadResult, { ok: false }>): CliError {
  if (read.code === 'too-large')
    return new CliError(`${file}: ${read.reason}`, 2, [fileDiagnostic(file, 'too-large', read.reason)]);
  return new CliError(`${file}: ${read.reason}`);
}

export function fileDiagnostic(file: string, code: DiagnosticCode, message: string): Diagnostic {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1, severity: 'error', code, message };
}

/** Load one plan argument; any failure is a CliError (exit 2) carrying its diagnostics. */
export async function loadPlanArgument(
  arg: string,
  io: Io,
  dirFlag: string | undefined,
): Promise<LoadedPlan & { plan: Plan }> {
  let loaded: LoadedPlan;
  if (arg === '-') {
    loaded = loadPlanBytes(await io.readStdin(), '<stdin>');
  } else if (isPathArgument(arg)) {
    const read = readPlanFile(resolve(io.cwd, arg));
    if (!read.ok) throw readFailure(arg, read);
    loaded = loadPlanBytes(read.bytes, arg, { expectedId: idOfFile(arg) });
  } else {
    if (!idPattern.test(arg)) {
      throw new CliError(
        `"${arg}" is neither a plan id (lowercase letters, digits, hyphens) nor a .yaml file`,
      );
    }
    const { dir } = resolvePlansDir(io, dirFlag);
    const ids = planFilesIn(dir).map(idOfFile);
    const name = planFilesIn(dir).find((f) => idOfFile(f) === arg);
    if (!name) {
      const near = closest(arg, ids, 3);
      const hint = near.length
        ? ` — did you mean ${near.map((n) => `"${n}"`).join(', ')}?`
        : ` (plans in ${displayPath(io, dir)}: ${ids.join(', ') || 'none'})`;
      throw new CliError(`unknown plan "${arg}"${hint}`);
    }
    const abs = join(dir, name);
    const shown = displayPath(io, abs);
    if (!staysInside(abs, dir)) {
      throw new CliError(`${shown}: symbolic link leads outside the plans directory; not read`);
    }
    const read = readPlanFile(abs);
    if (!read.ok) throw readFailure(shown, read);
    loaded = loadPlanBytes(read.bytes, shown, { expectedId: arg });
  }
  if (!loaded.plan || loaded.diagnostics.some(isError)) {
    throw new CliError(`${loaded.file}: invalid plan`, 2, loaded.diagnostics.filter(isError));
  }
  return loaded as LoadedPlan & { plan: Plan };
}
