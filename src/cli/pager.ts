/**
 * Paging long output on a terminal, as git does: through $PLANS_PAGER, else $PAGER, else
 * `less -FRX`; never when stdout is not a terminal or with --no-pager; an empty command or
 * `cat` means no pager. The choice is a pure function; `runPager` starts the process.
 */
import { createRequire } from 'node:module';

/** What the choice depends on. */
export interface PagerContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Terminal height, when known: output that fits is written directly. */
  readonly rows?: number;
  /** --no-pager. */
  readonly noPager?: boolean;
}

export const defaultPager = 'less -FRX';

/** The shell command to page `text` through, or undefined to write it directly. */
export function pagerFor(context: PagerContext, text: string): string | undefined {
  if (context.noPager || !context.stdoutIsTTY || text === '') return undefined;
  const command = (context.env.PLANS_PAGER ?? context.env.PAGER ?? defaultPager).trim();
  if (command === '' || command === 'cat') return undefined;
  if (context.rows !== undefined && lineCount(text) < context.rows) return undefined;
  return command;
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Exit statuses of `sh -c` for a command that could not be run: not executable, not found. */
const notStarted = new Set([126, 127]);

const lazyRequire = createRequire(import.meta.url);

/**
 * Run `command` with `sh -c` (as git runs its pager), write `text` to it and wait until it
 * ends. Returns false when the pager could not be started (the caller then writes directly).
 * A reader that quits early (q in less) is not an error. Interrupts reach the pager, which
 * decides; this process waits for it, so the shell gets the terminal back only after it.
 */
export function runPager(
  command: string,
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<boolean> {
  const { spawn } = lazyRequire('node:child_process') as typeof import('node:child_process');
  // As git: less without -R would show colour codes as text; LV is less's sibling lv.
  const childEnv = { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
  const ignore = () => {};
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv });
    process.on('SIGINT', ignore);
    const finish = (started: boolean) => {
      process.off('SIGINT', ignore);
      resolve(started);
    };
    child.on('error', () => finish(false));
    child.on('close', (code) => finish(!notStarted.has(code ?? 0)));
    child.stdin.on('error', ignore); // EPIPE: the pager was quit, or never started
    child.stdin.end(text);
  });
}
