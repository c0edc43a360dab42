/**
 * File-system access for plan files: bounded reads (size checked on the open descriptor
 * before reading), atomic writes (temporary file + rename, so a failed run never leaves a
 * half-written report), and symbolic-link containment.
 */
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { limits } from '../load/limits.js';
import { tooLargeMessage } from '../load/text.js';
import { CliError } from './errors.js';

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: string; code: 'missing' | 'not-a-file' | 'unreadable' | 'too-large' };

/** A file-system error in a few words; `what` names the file expected where a directory is. */
export function describeFsError(e: unknown, what = 'a file'): string {
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
    default:
      return code ? `cannot read (${code})` : 'cannot read';
  }
}

function failure(e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code;
  return {
    ok: false,
    reason: describeFsError(e, 'a plan file'),
    code: code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'not-a-file' : 'unreadable',
  };
}

/** Read a plan file. The size is checked on the open descriptor before anything is read. */
export function readPlanFile(path: string): ReadResult {
  let fd: number;
  try {
    // Non-blocking open: a FIFO named as a plan would otherwise block here forever; opened
    // this way it returns at once and is refused below as "not a regular file". (No effect on
    // regular files; O_NONBLOCK is undefined on Windows, where FIFOs cannot be named so.)
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    return failure(e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory, not a plan file', code: 'not-a-file' };
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file', code: 'not-a-file' };
    if (st.size > limits.maxFileBytes)
      return { ok: false, reason: tooLargeMessage(st.size), code: 'too-large' };
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, bytes: buf.subarray(0, off) };
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
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

/**
 * Write `text` to `target` atomically: a temporary file in the same directory, then rename.
 * Errors name the target and never leave the temporary file behind.
 */
export function writeAtomic(target: string, text: string, shown: string): void {
  const dir = dirname(target);
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(dir);
  } catch {
    throw new CliError(`cannot write ${shown}: its directory does not exist`);
  }
  if (!st.isDirectory()) throw new CliError(`cannot write ${shown}: its parent is not a directory`);
  try {
    if (statSync(target).isDirectory()) throw new CliError(`cannot write ${shown}: it is a directory`);
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${shown}: ${describeFsError(e)}`);
  }
}
