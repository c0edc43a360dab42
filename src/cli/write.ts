/**
 * The one writer for every file `plans` writes (`--out`, `--inject`, `plans new`, `plans
 * migrate`, the map beside a report). Its promises, documented in docs/limits.md:
 *
 * - only regular files: a device, FIFO, socket or directory at the target is refused, and so
 *   is a name ending in `/`;
 * - never a file the run read as a plan (`--out plans/kyiv.yaml` on `diff kyiv …`);
 * - through a symbolic link to its target, which keeps the link; `..` is taken as the system
 *   takes it (from the real directory, after any link);
 * - a file the user may not write is refused, as a shell's `>` would refuse it;
 * - the target's mode, owner and group are kept; a file with several hard links is refused
 *   (a rename would split them);
 * - the new text is computed from the file's current text under a lock (`.NAME.plans-lock`
 *   beside it), so concurrent writers each see the others' updates and none is lost; a lock
 *   whose process is gone, or older than 30 s, is taken over;
 * - the text is written to a temporary file beside the target, flushed, and renamed over it:
 *   a failed or interrupted write leaves the original intact and no temporary file behind
 *   (the temporary file and the lock are removed on SIGINT, SIGTERM and SIGHUP too);
 * - a file whose text would not change is not touched;
 * - `check` compares exactly what would be written, and writes nothing.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { CliError } from './errors.js';
import { describeFsError, readRegularFile, wasReadAsPlan } from './files.js';

export interface WriteRequest {
  /** Absolute path of the file to write. */
  readonly path: string;
  /** How messages name it. */
  readonly shown: string;
  /**
   * The file's new text from its current text (`undefined` when it does not exist yet), or a
   * CliError. Called under the lock, so it sees every earlier writer's update.
   */
  readonly update: (current: string | undefined) => string;
  /** The current text must be UTF-8 (`--inject`): a file that is not is refused, not altered. */
  readonly needsText?: boolean;
  /** Create only: refuse when the file exists (`plans new`). */
  readonly create?: boolean;
  /** Create missing parent directories (`plans new`). */
  readonly makeParents?: boolean;
  /** The run's inputs may be overwritten (`plans migrate` rewrites the files it reads). */
  readonly mayOverwriteInput?: boolean;
}

export type WriteOutcome = 'written' | 'current' | 'stale';

/** Files and locks of writes in progress, removed if the process is interrupted. */
const inProgress = new Set<string>();
let handlersInstalled = false;

function removeInProgress(): void {
  for (const p of inProgress) rmSync(p, { force: true });
  inProgress.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const signals = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
  for (const [signal, number] of Object.entries(signals)) {
    process.on(signal, () => {
      removeInProgress();
      process.exit(128 + number);
    });
  }
  process.on('exit', removeInProgress);
}

function fail(shown: string, why: string): CliError {
  return new CliError(`cannot write ${shown}: ${why}`);
}

/** What kind of non-regular file a stat describes, in words. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * The file a path names, following symbolic links as the system does: each `..` is taken from
 * the real directory, not by cutting the text (`lnk/../x` is beside the link's target). A
 * dangling link names its target; a missing directory leaves the path as given.
 */
function followLinks(path: string, shown: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let dir: string;
    try {
      dir = realpathSync.native(dirname(current)); // native: the JS one cuts `..` as text
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A directory yet to be made (`plans new`): only where no `..` needs it to exist.
      if (code === 'ENOENT' && !current.split(sep).includes('..')) return resolve(current);
      throw fail(
        shown,
        code === 'ENOENT' ? 'its directory does not exist' : describeFsError(e, 'a directory', 'write'),
      );
    }
    current = join(dir, basename(current));
    let st: Stats;
    try {
      st = lstatSync(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw fail(shown, describeFsError(e, 'a file', 'write'));
    }
    if (!st.isSymbolicLink()) return current;
    const link = readlinkSync(current);
    if (/[/\\]$/.test(link)) throw fail(shown, 'it is a link to a directory (its target ends in /)');
    // Not path.resolve: it would cut `..` against the text, and the link may pass through links.
    current = isAbsolute(link) ? link : `${dir}${sep}${link}`;
  }
  throw fail(shown, 'too many levels of symbolic links');
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** A lock older than this is stale whoever wrote it: a write takes milliseconds. */
const lockMaxAgeMs = 30_000;

/**
 * Whether a lock is stale (its process is gone, or it is older than any write), or a reason it
 * can be neither taken nor waited for (it is not a file `plans` wrote, or cannot be read).
 */
function lockState(lock: string): 'held' | 'stale' | { problem: string } {
  let st: Stats;
  let text: string;
  try {
    st = lstatSync(lock);
    if (!st.isFile())
      return { problem: `${basename(lock)} is ${kindOf(st)}, not a lock plans wrote; remove it` };
    text = readFileSync(lock, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'stale'; // gone: the next attempt takes it
    return { problem: `its lock ${basename(lock)}: ${describeFsError(e, 'a file', 'read')}` };
  }
  if (Date.now() - st.mtimeMs > lockMaxAgeMs) return 'stale';
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - st.mtimeMs > 5000 ? 'stale' : 'held';
  try {
    process.kill(pid, 0);
    return 'held';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH' ? 'stale' : 'held';
  }
}

/** Take the lock beside the target, waiting for another writer for up to `timeoutMs`. */
function lock(target: string, shown: string, timeoutMs = 10_000): string {
  const path = join(dirname(target), `.${basename(target)}.plans-lock`);
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      // From here on an interrupt is handled once the (synchronous) write is done: the lock
      // and any temporary file are removed. Waiting for the lock above stays interruptible.
      installSignalHandlers();
      inProgress.add(path);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        throw fail(shown, describeFsError(e, 'a file', 'write'));
    }
    const state = lockState(path);
    if (typeof state === 'object') throw fail(shown, state.problem);
    if (state === 'stale') {
      try {
        unlinkSync(path); // not rmSync: it retries EPERM as a directory and reports ENOTDIR
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // another writer took it over
        throw fail(
          shown,
          `cannot remove the stale lock ${basename(path)}: ${describeFsError(e, 'a file', 'write')}`,
        );
      }
    } else if (Date.now() - start > timeoutMs) {
      throw fail(
        shown,
        `another plans process holds ${basename(path)} (remove it if no plans process is running)`,
      );
    } else sleep(Math.min(5 + attempt * 5, 50));
  }
}

/** Why the running user may not write `path` (read-only for them, or on a read-only disk). */
function notWritable(path: string): string | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM'
      ? 'it is read-only (permission denied)'
      : describeFsError(e, 'a file', 'write');
  }
}

function unlock(path: string): void {
  rmSync(path, { force: true });
  inProgress.delete(path);
}

/**
 * Why an existing file could not be replaced as writeFile would replace it, or undefined:
 * for a command that writes several files (`plans migrate`) to refuse before writing any.
 * writeFile checks all of this again under its lock.
 */
export function cannotReplace(path: string, shown: string): string | undefined {
  let target: string;
  try {
    target = followLinks(path, shown);
  } catch (e) {
    return e instanceof CliError ? e.message : describeFsError(e, 'a file', 'write');
  }
  let st: Stats;
  try {
    st = lstatSync(target);
  } catch (e) {
    return describeFsError(e, 'a file', 'write');
  }
  if (!st.isFile()) return `it is ${kindOf(st)}`;
  const denied = notWritable(target);
  if (denied) return denied;
  if (st.nlink > 1) return `it has ${st.nlink} hard links, which replacing it would break`;
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && st.uid !== uid)
    return 'it belongs to another user, which a new copy would not keep';
  return undefined;
}

/** Match the line ends of `text` to the file it replaces: CRLF if every line end there is CRLF. */
export function withLineEnds(text: string, current: string | undefined): string {
  if (current === undefined || !current.includes('\r\n') || /(^|[^\r])\n/.test(current)) return text;
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Write (or, with `check`, compare) one file as the module's promises say. Returns `written`,
 * `current` (nothing to change) or, with `check`, `stale`.
 */
export function writeFile(request: WriteRequest, check = false): WriteOutcome {
  const { shown } = request;
  if (/[/\\]$/.test(request.shown) || /[/\\]$/.test(request.path)) {
    throw fail(shown, 'the name ends with a path separator; give a file name');
  }
  const target = followLinks(request.path, shown);
  const dir = dirname(target);
  if (request.makeParents && !check) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw fail(shown, describeFsError(e, 'a directory', 'write'));
    }
  }
  try {
    if (!lstatSync(dir).isDirectory()) throw fail(shown, 'its parent is not a directory');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw fail(shown, 'its directory does not exist');
  }
  const locked = check ? undefined : lock(target, shown);
  try {
    const existing = readRegularFile(target);
    if (existing.kind === 'other')
      throw fail(shown, `it is ${kindOf(existing.stats)}; only regular files are written`);
    if (existing.kind === 'error') throw fail(shown, existing.reason);
    let current: string | undefined;
    let stats: Stats | undefined;
    if (existing.kind === 'file') {
      stats = existing.stats;
      if (request.create) throw new CliError(`${shown} already exists; not overwritten`);
      // As a shell's `>` would: a file its owner made read-only is not replaced behind its back.
      const denied = check ? undefined : notWritable(target);
      if (denied) throw fail(shown, `${denied}; not changed`);
      if (!request.mayOverwriteInput && wasReadAsPlan(stats)) {
        throw fail(shown, 'it is one of the plans this command read; not overwritten');
      }
      try {
        current = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(existing.bytes);
      } catch {
        if (request.needsText) throw fail(shown, 'it is not UTF-8 text; not changed');
        current = undefined; // replaced whole: its bytes are not needed
      }
    }
    const text = request.update(current);
    if (current !== undefined && text === current) return 'current';
    if (check) return 'stale';
    if (stats && stats.nlink > 1) {
      throw fail(shown, `it has ${stats.nlink} hard links, which replacing it would break; not changed`);
    }
    replace(target, text, stats, shown, request.create ?? false);
    return 'written';
  } finally {
    if (locked) unlock(locked);
  }
}

/** Write `text` to a temporary file beside `target`, with its mode and owner, and move it there. */
function replace(
  target: string,
  text: string,
  stats: Stats | undefined,
  shown: string,
  create: boolean,
): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', stats ? 0o600 : 0o666);
    inProgress.add(tmp);
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    if (stats) {
      fchmodSync(fd, stats.mode & 0o7777);
      const st = fstatSync(fd);
      if (st.uid !== stats.uid || st.gid !== stats.gid) {
        try {
          fchownSync(fd, stats.uid, stats.gid);
        } catch {
          throw fail(
            shown,
            'it belongs to another user or group, which a new copy would not keep; not changed',
          );
        }
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (create) {
      linkSync(tmp, target); // fails if the file appeared meanwhile: never overwrite
      rmSync(tmp, { force: true });
    } else renameSync(tmp, target);
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && create)
      throw new CliError(`${shown} already exists; not overwritten`);
    throw fail(shown, describeFsError(e, 'a file', 'write'));
  } finally {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    inProgress.delete(tmp);
  }
}
