/**
 * Where plans live, without loading any of the YAML or schema code: the package root, the
 * plans directory (`--plans-dir`, else `$PLANS_DIR`, else `./plans` when it exists, else the
 * bundled plans), the plan files in a directory. Kept light so that the fast start of
 * `plans diff` (src/cli/fastDiff.ts) can use it.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnits } from '../util/byCodeUnits.js';
import { CliError } from './errors.js';
import { describeFsError } from './files.js';
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

function bundledPlansDir(): string {
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

export const planFile = /\.ya?ml$/;
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The `.yaml`/`.yml` entries directly in `dir`, sorted by name, and whether each is a link. */
export function planEntriesIn(dir: string): { name: string; link: boolean }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read the directory ${dir}: ${describeFsError(e, 'a directory')}`);
  }
  return entries
    .filter((e) => planFile.test(e.name) && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, link: e.isSymbolicLink() }))
    .sort((a, b) => byCodeUnits(a.name, b.name));
}

/** The `.yaml`/`.yml` files directly in `dir`, sorted by name. */
export function planFilesIn(dir: string): string[] {
  return planEntriesIn(dir).map((e) => e.name);
}

export function idOfFile(path: string): string {
  return basename(path).replace(planFile, '');
}

/** How to show a file in messages: as given, or relative to the working directory. */
export function displayPath(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel === '' ? abs : rel;
}
