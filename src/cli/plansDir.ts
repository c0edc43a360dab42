/**
 * Where plans live, without loading any of the YAML or schema code: the package root; the
 * layers plan ids are looked up in — the user's directory (`--plans-dir`, else `$PLANS_DIR`,
 * else `./plans` when it exists), then the bundled plans; the plan files in a directory. Kept
 * light so that the fast start of `plans diff` (src/cli/fastDiff.ts) can use it.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import createIgnore, { type Ignore } from 'ignore';
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

export function bundledPlansDir(): string {
  return join(packageRoot(), 'plans');
}

/** Where a layer of plans comes from. */
export type Origin = '--plans-dir' | 'PLANS_DIR' | './plans' | 'bundled';

/** A directory plan ids are looked up in. */
export interface PlanLayer {
  readonly dir: string;
  readonly origin: Origin;
}

/**
 * What the user said about where plans are: `--plans-dir`, and `--no-bundled` (`bundled:
 * false`). `$PLANS_DIR` and `./plans` are read from the Io.
 */
export interface Lookup {
  readonly dir?: string | undefined;
  readonly bundled?: boolean;
}

/**
 * The user's plans directory: `--plans-dir`, else `$PLANS_DIR`, else `./plans` when it exists;
 * undefined when there is none. A directory named by the flag or the variable must exist.
 */
export function userLayer(io: Io, lookup: Lookup = {}): PlanLayer | undefined {
  const check = (dir: string, origin: Origin): PlanLayer => {
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
  if (lookup.dir !== undefined) return check(lookup.dir, '--plans-dir');
  if (io.env.PLANS_DIR) return check(io.env.PLANS_DIR, 'PLANS_DIR');
  const local = resolve(io.cwd, 'plans');
  if (existsSync(local) && statSync(local).isDirectory()) return { dir: local, origin: './plans' };
  return undefined;
}

export function sameDir(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Where plan ids are looked up, in order: the user's directory, then the plans bundled with
 * the tool (unless `--no-bundled`, or the user's directory is the bundled one). A user's plan
 * shadows a bundled plan of the same id.
 */
export function planLayers(io: Io, lookup: Lookup = {}): PlanLayer[] {
  const user = userLayer(io, lookup);
  const bundled = bundledPlansDir();
  const layers: PlanLayer[] = [];
  // The user's directory may be the bundled one (a checkout of this repository): one layer.
  if (user && !(lookup.bundled !== false && sameDir(user.dir, bundled))) layers.push(user);
  if (lookup.bundled !== false) layers.push({ dir: bundled, origin: 'bundled' });
  if (layers.length === 0) {
    throw new CliError(
      'no plans to look ids up in: no ./plans here, and --no-bundled leaves out the bundled plans',
    );
  }
  return layers;
}

export const planFile = /\.ya?ml$/;
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read the directory ${dir}: ${describeFsError(e, 'a directory')}`);
  }
}

/** Directories never searched: version control, dependencies, and hidden ones. */
const skippedDirs = new Set(['node_modules']);

/** The `.gitignore` files that apply to `dir` from above it: up to the root of its git work tree. */
function ancestorIgnores(dir: string): { base: string; ignore: Ignore }[] {
  const chain: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    chain.push(d);
    if (existsSync(join(d, '.git'))) break;
    if (dirname(d) === d) return []; // not in a git work tree: no .gitignore applies from above
  }
  return chain.reverse().flatMap((d) => {
    let text: string;
    try {
      text = readFileSync(join(d, '.gitignore'), 'utf8');
    } catch {
      return [];
    }
    // A directory named on purpose is searched even if a .gitignore above excludes it, as
    // ripgrep does: the rules that exclude it, or a directory on the way to it, are dropped;
    // the file's other rules (`*.draft.yaml`) still apply inside it.
    const steps = relative(d, dir).split(sep);
    const excludesAStep = (ignore: Ignore) =>
      steps.some((_, i) => ignore.ignores(`${steps.slice(0, i + 1).join('/')}/`));
    let ignore = createIgnore().add(text);
    if (excludesAStep(ignore)) {
      const kept = text.split(/\r?\n/).filter((rule) => !excludesAStep(createIgnore().add(rule)));
      ignore = createIgnore().add(kept.join('\n'));
    }
    return [{ base: d, ignore }];
  });
}

/**
 * The `.yaml`/`.yml` entries in `dir` (names relative to it, `/`-separated), sorted, and
 * whether each is a link. Searched recursively, as git would list them: hidden entries and
 * `node_modules` are left out, and with `gitignore` (the default) so is what a `.gitignore`
 * excludes, in the tree or above it up to the git work tree's root; links to directories are
 * not followed.
 */
export function planEntriesIn(dir: string, gitignore = true): { name: string; link: boolean }[] {
  const out: { name: string; link: boolean }[] = [];
  const rules = gitignore ? ancestorIgnores(dir) : [];
  const ignored = (abs: string, isDir: boolean) =>
    rules.some(({ base, ignore }) => {
      const rel = relative(base, abs).split(sep).join('/');
      return ignore.ignores(isDir ? `${rel}/` : rel);
    });
  const walk = (abs: string, rel: string): void => {
    const entries = listDir(abs);
    const own = gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile());
    if (own)
      rules.push({ base: abs, ignore: createIgnore().add(readFileSync(join(abs, '.gitignore'), 'utf8')) });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const name = rel === '' ? e.name : `${rel}/${e.name}`;
      const path = join(abs, e.name);
      if (e.isDirectory()) {
        if (!skippedDirs.has(e.name) && !ignored(path, true)) walk(path, name);
      } else if (planFile.test(e.name) && !ignored(path, false)) {
        out.push({ name, link: e.isSymbolicLink() });
      }
    }
    if (own) rules.pop();
  };
  walk(dir, '');
  return out.sort((a, b) => byCodeUnits(a.name, b.name));
}

/** The plan files in `dir` (see planEntriesIn), sorted by name. */
export function planFilesIn(dir: string, gitignore = true): string[] {
  return planEntriesIn(dir, gitignore).map((e) => e.name);
}

/** A plan file found by id in a layer. */
export interface FoundPlan {
  readonly abs: string;
  readonly layer: PlanLayer;
  /** The bundled plan of the same id that this one hides, if any. */
  readonly shadows?: string;
}

/**
 * Find the file of a plan id in the layers (the first layer that has it), or undefined; the
 * known ids of every layer are returned for suggestions.
 */
export function findPlan(layers: readonly PlanLayer[], id: string): { found?: FoundPlan; ids: string[] } {
  const ids: string[] = [];
  let found: FoundPlan | undefined;
  for (const layer of layers) {
    for (const name of planFilesIn(layer.dir, layer.origin !== 'bundled')) {
      const fileId = idOfFile(name);
      ids.push(fileId);
      if (fileId !== id) continue;
      if (!found) found = { abs: join(layer.dir, name), layer };
      else if (layer.origin === 'bundled' && found.layer.origin !== 'bundled' && !found.shadows) {
        found = { ...found, shadows: join(layer.dir, name) };
      }
    }
  }
  return { ...(found ? { found } : {}), ids: [...new Set(ids)] };
}

/** The warning for a user's plan that hides a bundled plan of the same id. */
export function shadowWarning(io: Io, id: string, file: string): string {
  return `plans: ${displayPath(io, file)} shadows the bundled plan "${id}" (--no-bundled to leave the bundled plans out)`;
}

export function idOfFile(path: string): string {
  return basename(path).replace(planFile, '');
}

/** How to show a file in messages: as given, or relative to the working directory. */
export function displayPath(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel === '' ? abs : rel;
}
