/** Test helpers: run the CLI in-process against a fake Io, or spawn the built bin. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const binPath = fileURLToPath(new URL('../bin/plans.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string | Uint8Array;
  readonly tty?: boolean;
  readonly columns?: number;
}

/** Run `plans …` in this process (fast; what most tests use). */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { ...(options.env ?? {}) },
    cwd: options.cwd ?? repoRoot,
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    ...(options.columns ? { columns: options.columns } : {}),
    readStdin: async () =>
      typeof options.stdin === 'string'
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
  };
  const code = await run(argv, io);
  return { stdout, stderr, code };
}

/** Spawn the built bin, as a user would (end-to-end tests). */
export function spawnCli(argv: readonly string[], options: RunOptions = {}): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [binPath, ...argv], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.stdin,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}
