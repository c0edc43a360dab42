/** What the CLI needs from the process, injectable so tests can run commands without spawning. */
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { limits } from '../load/limits.js';
import { runPager } from './pager.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  readonly columns?: number;
  /** Terminal height, when stdout is a terminal. */
  readonly rows?: number;
  readonly readStdin: () => Promise<Uint8Array>;
  /**
   * Page `text` through the shell command `command` (see pager.ts); false when the pager could
   * not be started. Absent where there is nothing to page through (tests).
   */
  readonly page?: (command: string, text: string) => Promise<boolean>;
}

/** The process's stream for fd 1 or 2; a reader that stops early is handled as below. */
function fallbackStream(fd: 1 | 2, closed: () => void): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return closed();
    throw e;
  });
  return stream;
}

/** Whether some output went to Node's stream (after EAGAIN) and may still be on its way. */
let streamed = false;

/** True while every byte written so far has been written with blocking writes. */
export function outputWritten(): boolean {
  return !streamed;
}

/**
 * Write to fd 1 or 2 directly: creating `process.stdout` costs more at start-up than a whole
 * `plans diff`, and a blocking write keeps a large report out of memory. A reader that stops
 * early (`plans list | head`) is not an error, and does not change the exit code: the rest of
 * the output is dropped and the command ends as it would have (the exit code is the command's,
 * whatever the reader read). Should the descriptor be non-blocking and full (EAGAIN), the rest
 * goes through Node's stream, and so does all later output to that descriptor, which keeps each
 * stream in order (not the two against each other when they share one pipe). Other write
 * errors (ENOSPC on /dev/full) are thrown, and reported as one line by the caller.
 */
function fdWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (stream) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw e;
        stream = fallbackStream(fd, () => {
          closed = true;
        });
        streamed = true;
        stream.write(bytes.subarray(offset));
        return;
      }
    }
  };
}

/**
 * Whether `fd` is a terminal. node:tty loads node:net and the streams, a few milliseconds at
 * start-up, so it is asked only about character devices: a pipe or a file is never a terminal.
 */
const lazyRequire = createRequire(import.meta.url);
function isatty(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return (lazyRequire('node:tty') as typeof import('node:tty')).isatty(fd);
}

export function processIo(): Io {
  // Getters, computed once when first read: a command whose colour is already decided
  // (NO_COLOR, --no-color) never asks whether it writes to a terminal.
  let tty: { out: boolean; err: boolean; columns?: number; rows?: number } | undefined;
  const terminal = () => {
    if (!tty) {
      const out = isatty(1);
      tty = { out, err: isatty(2) };
      if (out)
        tty = {
          ...tty,
          columns: process.stdout.columns || undefined,
          rows: process.stdout.rows || undefined,
        };
    }
    return tty;
  };
  return {
    stdout: fdWriter(1),
    stderr: fdWriter(2),
    env: process.env,
    cwd: process.cwd(),
    get stdoutIsTTY() {
      return terminal().out;
    },
    get stderrIsTTY() {
      return terminal().err;
    },
    get columns() {
      return terminal().columns;
    },
    get rows() {
      return terminal().rows;
    },
    page: (command, text) => runPager(command, text, process.env),
    readStdin: async () => {
      // Bounded like a file: past the size limit, stop reading; the loader reports `too-large`.
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > limits.maxFileBytes) {
          process.stdin.destroy();
          break;
        }
      }
      return Buffer.concat(chunks);
    },
  };
}

/** The narrowest and widest layouts: beyond them a table or a wrapped line stops making sense. */
export const widthRange = { min: 40, max: 400 } as const;

/**
 * Width to lay tables and text out for: the terminal's, else $COLUMNS, else 100; clamped to
 * `widthRange`, so `COLUMNS=99999999` or `COLUMNS=Infinity` cannot ask for huge lines.
 */
export function renderWidth(io: Io): number {
  const asked = io.columns ?? Number.parseInt(io.env.COLUMNS ?? '', 10);
  if (!Number.isFinite(asked) || asked <= 0) return 100;
  return Math.min(widthRange.max, Math.max(widthRange.min, asked));
}

/**
 * Colour only when stdout is a terminal, unless told otherwise: --color/--no-color win, then
 * NO_COLOR (any non-empty value, https://no-color.org), then FORCE_COLOR.
 */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}
