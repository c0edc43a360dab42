/** Test helpers: run the CLI in-process against a fake Io, or spawn the built bin. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';
import { loadPlanText } from '../src/load/loadPlan.js';
import type { Plan } from '../src/schema/plan.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const binPath = fileURLToPath(new URL('../bin/plans.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const plansDir = join(repoRoot, 'plans');

/** A bundled plan file: its name, path and text. */
export interface BundledFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** The bundled plan files, by name. */
export function bundledFiles(): BundledFile[] {
  return readdirSync(plansDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = join(plansDir, name);
      return { name, path, text: readFileSync(path, 'utf8') };
    });
}

/** The bundled plans, loaded (each must be valid). */
export function bundledPlans(): Plan[] {
  return bundledFiles().map((f) => {
    const loaded = loadPlanText(f.text, f.name, { expectedId: f.name.replace(/\.yaml$/, '') });
    if (!loaded.plan) throw new Error(`bundled plan ${f.name} is invalid`);
    return loaded.plan;
  });
}

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
  /** Terminal height (with `tty`). */
  readonly rows?: number;
  /** What paging does (see Io.page); absent: nothing to page through. */
  readonly page?: Io['page'];
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
    ...(options.rows ? { rows: options.rows } : {}),
    ...(options.page ? { page: options.page } : {}),
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

/**
 * Runs of a property test: the full count when `PLANS_PROPERTY_RUNS=full` (as .ci/run sets it),
 * else a tenth of it (at least 20), which keeps the edit loop short; a number scales the full
 * count (`PLANS_PROPERTY_RUNS=3` for three times as many). Seeds stay fixed either way.
 */
export function runs(full: number): number {
  const setting = process.env.PLANS_PROPERTY_RUNS;
  const scale = setting === 'full' ? 1 : setting && Number(setting) > 0 ? Number(setting) : 0.1;
  return Math.max(Math.min(full, 20), Math.round(full * scale));
}
