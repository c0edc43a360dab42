import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  CliError,
  describeFsError,
  readRegularFile,
  wasReadAsPlan
} from "./chunk-V6YNDNEO.js";

// src/cli/write.ts
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
  unlinkSync,
  writeSync
} from "node:fs";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";
var inProgress = /* @__PURE__ */ new Set(), handlersInstalled = !1;
function removeInProgress() {
  for (let p of inProgress) rmSync(p, { force: !0 });
  inProgress.clear();
}
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = !0;
  let signals = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  for (let [signal, number] of Object.entries(signals))
    process.on(signal, () => {
      removeInProgress(), process.exit(128 + number);
    });
  process.on("exit", removeInProgress);
}
function fail(shown, why) {
  return new CliError(`cannot write ${shown}: ${why}`);
}
function kindOf(st) {
  return st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO (named pipe)" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : st.isSocket() ? "a socket" : st.isSymbolicLink() ? "a symbolic link" : "not a regular file";
}
function followLinks(path, shown) {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let dir;
    try {
      dir = realpathSync.native(dirname(current));
    } catch (e) {
      let code = e.code;
      if (code === "ENOENT" && !current.split(sep).includes("..")) return resolve(current);
      throw fail(
        shown,
        code === "ENOENT" ? "its directory does not exist" : describeFsError(e, "a directory", "write")
      );
    }
    current = join(dir, basename(current));
    let st;
    try {
      st = lstatSync(current);
    } catch (e) {
      if (e.code === "ENOENT") return current;
      throw fail(shown, describeFsError(e, "a file", "write"));
    }
    if (!st.isSymbolicLink()) return current;
    let link = readlinkSync(current);
    if (/[/\\]$/.test(link)) throw fail(shown, "it is a link to a directory (its target ends in /)");
    current = isAbsolute(link) ? link : `${dir}${sep}${link}`;
  }
  throw fail(shown, "too many levels of symbolic links");
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}
var lockMaxAgeMs = 3e4;
function lockState(lock2) {
  let st, text;
  try {
    if (st = lstatSync(lock2), !st.isFile())
      return { problem: `${basename(lock2)} is ${kindOf(st)}, not a lock plans wrote; remove it` };
    text = readFileSync(lock2, "utf8");
  } catch (e) {
    return e.code === "ENOENT" ? "stale" : { problem: `its lock ${basename(lock2)}: ${describeFsError(e, "a file", "read")}` };
  }
  if (Date.now() - st.mtimeMs > lockMaxAgeMs) return "stale";
  let pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - st.mtimeMs > 5e3 ? "stale" : "held";
  try {
    return process.kill(pid, 0), "held";
  } catch (e) {
    return e.code === "ESRCH" ? "stale" : "held";
  }
}
function lock(target, shown, timeoutMs = 1e4) {
  let path = join(dirname(target), `.${basename(target)}.plans-lock`), start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      let fd = openSync(path, "wx", 384);
      installSignalHandlers(), inProgress.add(path);
      try {
        writeSync(fd, `${process.pid}
`);
      } finally {
        closeSync(fd);
      }
      return path;
    } catch (e) {
      if (e.code !== "EEXIST")
        throw fail(shown, describeFsError(e, "a file", "write"));
    }
    let state = lockState(path);
    if (typeof state == "object") throw fail(shown, state.problem);
    if (state === "stale")
      try {
        unlinkSync(path);
      } catch (e) {
        if (e.code === "ENOENT") continue;
        throw fail(
          shown,
          `cannot remove the stale lock ${basename(path)}: ${describeFsError(e, "a file", "write")}`
        );
      }
    else {
      if (Date.now() - start > timeoutMs)
        throw fail(
          shown,
          `another plans process holds ${basename(path)} (remove it if no plans process is running)`
        );
      sleep(Math.min(5 + attempt * 5, 50));
    }
  }
}
function notWritable(path) {
  try {
    accessSync(path, constants.W_OK);
    return;
  } catch (e) {
    let code = e.code;
    return code === "EACCES" || code === "EPERM" ? "it is read-only (permission denied)" : describeFsError(e, "a file", "write");
  }
}
function unlock(path) {
  rmSync(path, { force: !0 }), inProgress.delete(path);
}
function cannotReplace(path, shown) {
  let target;
  try {
    target = followLinks(path, shown);
  } catch (e) {
    return e instanceof CliError ? e.message : describeFsError(e, "a file", "write");
  }
  let st;
  try {
    st = lstatSync(target);
  } catch (e) {
    return describeFsError(e, "a file", "write");
  }
  if (!st.isFile()) return `it is ${kindOf(st)}`;
  let denied = notWritable(target);
  if (denied) return denied;
  if (st.nlink > 1) return `it has ${st.nlink} hard links, which replacing it would break`;
  let uid = process.getuid?.();
  if (uid !== void 0 && uid !== 0 && st.uid !== uid)
    return "it belongs to another user, which a new copy would not keep";
}
function withLineEnds(text, current) {
  return current === void 0 || !current.includes(`\r
`) || /(^|[^\r])\n/.test(current) ? text : text.replace(/\r?\n/g, `\r
`);
}
function writeFile(request, check = !1) {
  let { shown } = request;
  if (/[/\\]$/.test(request.shown) || /[/\\]$/.test(request.path))
    throw fail(shown, "the name ends with a path separator; give a file name");
  let target = followLinks(request.path, shown), dir = dirname(target);
  if (request.makeParents && !check)
    try {
      mkdirSync(dir, { recursive: !0 });
    } catch (e) {
      throw fail(shown, describeFsError(e, "a directory", "write"));
    }
  try {
    if (!lstatSync(dir).isDirectory()) throw fail(shown, "its parent is not a directory");
  } catch (e) {
    throw e instanceof CliError ? e : fail(shown, "its directory does not exist");
  }
  let locked = check ? void 0 : lock(target, shown);
  try {
    let existing = readRegularFile(target);
    if (existing.kind === "other")
      throw fail(shown, `it is ${kindOf(existing.stats)}; only regular files are written`);
    if (existing.kind === "error") throw fail(shown, existing.reason);
    let current, stats;
    if (existing.kind === "file") {
      if (stats = existing.stats, request.create) throw new CliError(`${shown} already exists; not overwritten`);
      let denied = check ? void 0 : notWritable(target);
      if (denied) throw fail(shown, `${denied}; not changed`);
      if (!request.mayOverwriteInput && wasReadAsPlan(stats))
        throw fail(shown, "it is one of the plans this command read; not overwritten");
      try {
        current = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 }).decode(existing.bytes);
      } catch {
        if (request.needsText) throw fail(shown, "it is not UTF-8 text; not changed");
        current = void 0;
      }
    }
    let text = request.update(current);
    if (current !== void 0 && text === current) return "current";
    if (check) return "stale";
    if (stats && stats.nlink > 1)
      throw fail(shown, `it has ${stats.nlink} hard links, which replacing it would break; not changed`);
    return replace(target, text, stats, shown, request.create ?? !1), "written";
  } finally {
    locked && unlock(locked);
  }
}
function replace(target, text, stats, shown, create) {
  let tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`), fd;
  try {
    fd = openSync(tmp, "wx", stats ? 384 : 438), inProgress.add(tmp);
    let bytes = Buffer.from(text, "utf8");
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    if (stats) {
      fchmodSync(fd, stats.mode & 4095);
      let st = fstatSync(fd);
      if (st.uid !== stats.uid || st.gid !== stats.gid)
        try {
          fchownSync(fd, stats.uid, stats.gid);
        } catch {
          throw fail(
            shown,
            "it belongs to another user or group, which a new copy would not keep; not changed"
          );
        }
    }
    fsyncSync(fd), closeSync(fd), fd = void 0, create ? (linkSync(tmp, target), rmSync(tmp, { force: !0 })) : renameSync(tmp, target);
  } catch (e) {
    throw e instanceof CliError ? e : e.code === "EEXIST" && create ? new CliError(`${shown} already exists; not overwritten`) : fail(shown, describeFsError(e, "a file", "write"));
  } finally {
    fd !== void 0 && closeSync(fd), rmSync(tmp, { force: !0 }), inProgress.delete(tmp);
  }
}

export {
  cannotReplace,
  withLineEnds,
  writeFile
};
