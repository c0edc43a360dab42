/**
 * Reading files: plan files bounded (size checked on the open descriptor before reading) and
 * never through a link that leaves their directory; files about to be replaced without
 * blocking on FIFOs or devices. Writing is write.ts's.
 */
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { limits } from '../load/limits.js';
import { tooLargeMessage } from '../load/text.js';

export type ReadResult =
  | { ok: true; bytes: Uint8Array /** device:inode of the file read */; key: string }
  | { ok: false; reason: string; code: 'missing' | 'not-a-file' | 'unreadable' | 'too-large' };

/** A file-system error in a few words; `what` names the file expected where a directory is. */
export function describeFsError(e: unknown, what = 'a file', verb: 'read' | 'write' = 'read'): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return `is a directory, not ${what}`;
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large for the file system';
    case 'EIO':
      return 'input/output error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOMEM':
      return 'out of memory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return code ? `cannot ${verb} (${code})` : `cannot ${verb}`;
  }
}

/** The files this run read as plans, by device and inode: a report is never written over one. */
const plansRead = new Set<string>();

/** Forget the plans read (a new run starts: a deleted file's inode may be reused). */
export function forgetPlansRead(): void {
  plansRead.clear();
}

export function wasReadAsPlan(st: { dev: number; ino: number }): boolean {
  return plansRead.has(`${st.dev}:${st.ino}`);
}

export type RegularFile =
  | { kind: 'missing' }
  | { kind: 'file'; stats: Stats; bytes: Uint8Array }
  | { kind: 'other'; stats: Stats }
  | { kind: 'error'; reason: string };

/**
 * Read a file that is to be replaced, without blocking on a FIFO or a device: it is opened
 * non-blocking and checked on the descriptor before anything is read.
 */
export function readRegularFile(path: string): RegularFile {
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'other', stats: statSync(path) };
    return { kind: 'error', reason: describeFsError(e) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'other', stats };
    return { kind: 'file', stats, bytes: readAll(fd, stats.size) };
  } catch (e) {
    return { kind: 'error', reason: describeFsError(e) };
  } finally {
    closeSync(fd);
  }
}

function readAll(fd: number, size: number): Uint8Array {
  const buf = Buffer.alloc(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}

function failure(e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  return {
    ok: false,
    reason: describeFsError(e, 'a plan file'),
    code: code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'not-a-file' : 'unreadable',
  };
}

/**
 * Read a plan file. The size is checked on the open descriptor before anything is read. With
 * `noFollow`, a symbolic link is refused when opened (O_NOFOLLOW), so a link swapped in after
 * a directory was listed is never followed.
 */
export function readPlanFile(path: string, noFollow = false): ReadResult {
  let fd: number;
  try {
    // Non-blocking open: a FIFO named as a plan would otherwise block here forever; opened
    // this way it returns at once and is refused below as "not a regular file". (No effect on
    // regular files; O_NONBLOCK is undefined on Windows, where FIFOs cannot be named so.)
    const flags =
      fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (noFollow ? (fsConstants.O_NOFOLLOW ?? 0) : 0);
    fd = openSync(path, flags);
  } catch (e) {
    return failure(e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory, not a plan file', code: 'not-a-file' };
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file', code: 'not-a-file' };
    if (st.size > limits.maxFileBytes)
      return { ok: false, reason: tooLargeMessage(st.size), code: 'too-large' };
    const key = `${st.dev}:${st.ino}`;
    plansRead.add(key);
    return { ok: true, bytes: readAll(fd, st.size), key };
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a plan file found by listing `dir`, without a window between checking and reading:
 * an entry that was not a link is opened with O_NOFOLLOW; a link is opened, and the opened
 * file must be the one its real path inside `dir` names (same device and inode).
 */
export function readListedPlanFile(path: string, dir: string, link: boolean): ReadResult | 'outside' {
  if (!link) {
    const read = readPlanFile(path, true);
    // ELOOP: the entry became a symbolic link after the listing.
    if (!read.ok && read.reason === 'too many levels of symbolic links') return 'outside';
    return read;
  }
  if (!staysInside(path, dir)) return 'outside';
  const read = readPlanFile(path);
  if (!read.ok) return read;
  try {
    const real = statSync(realpathSync(path));
    if (read.key !== `${real.dev}:${real.ino}` || !staysInside(path, dir)) return 'outside';
  } catch {
    return 'outside';
  }
  return read;
}

/** Is `path` (after following links) inside `dir` (after following links)? */
export function staysInside(path: string, dir: string): boolean {
  try {
    const real = realpathSync(path);
    const root = realpathSync(dir);
    const rel = relative(root, real);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  } catch {
    return true; // a dangling link: reading it reports "no such file"
  }
}
