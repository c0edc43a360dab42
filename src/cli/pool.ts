/**
 * Reading many plan files on all cores. Files are split into contiguous shares, one per worker
 * thread (dist/worker.js); the main thread gathers the results, in the original order. Only
 * used for enough files to pay for starting workers, and only from the built bundle (from the
 * TypeScript sources, e.g. in unit tests, everything runs in the main thread).
 * `PLANS_THREADS` sets the number of worker threads (1 reads in the main thread); the default
 * is in `threadCount`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Keep, Outcome, Target } from './targets.js';

/** Below this many files, starting a worker costs more than it saves. */
const minFilesForWorkers = 200;

/** Outcomes per message from a worker. */
export const batchSize = 50;

export interface WorkerRequest {
  readonly targets: readonly Target[];
  readonly keep: Keep;
}

/**
 * Threads to read `files` files with. `PLANS_THREADS` decides when set. Otherwise, at most 4:
 * validation gets a worker per core (its main thread only counts results), while loading plans
 * or columns gets one per core *beside* the main thread's, which has work of its own: it
 * deserialises and files every result as it arrives. So on two cores loading stays in the
 * main thread — one worker reads no faster than the main thread, and its results would still
 * have to be copied across (measured: `compare --all` over 2,000 plans took 1.28 s with two
 * workers, 1.13 s in one thread; README, Performance).
 */
function threadCount(env: Readonly<Record<string, string | undefined>>, files: number, keep: Keep): number {
  if (files < minFilesForWorkers) return 1;
  const asked = Number(env.PLANS_THREADS);
  const cores = availableParallelism();
  const threads =
    Number.isInteger(asked) && asked > 0 ? asked : Math.min(4, keep === 'nothing' ? cores : cores - 1);
  return Math.max(1, Math.min(threads, Math.floor(files / 50)));
}

/**
 * dist/worker.js, when this code runs from the bundle (dist/ or a chunk below it); from the
 * TypeScript sources there is no worker to start, so reading stays in this thread.
 */
function workerUrl(): URL | undefined {
  const here = fileURLToPath(import.meta.url);
  const dist = here.lastIndexOf(`${sep}dist${sep}`);
  if (dist < 0) return undefined;
  const worker = join(here.slice(0, dist), 'dist', 'worker.js');
  return existsSync(worker) ? pathToFileURL(worker) : undefined;
}

/**
 * Worker heaps, bounded so that the garbage of parsing thousands of files is collected rather
 * than left to grow. Validation keeps almost nothing per file and is held to a small heap (its
 * peak memory is a benchmark target); loading sends plans or columns back a batch at a time,
 * and a larger young generation saves it scavenges of short-lived parsing garbage.
 */
const heapLimits: Record<Keep, ResourceLimits> = {
  nothing: { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 6 },
  plan: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 },
  column: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
};

function runWorker(url: URL, request: WorkerRequest, take: (o: Outcome) => Outcome): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, {
      workerData: request,
      resourceLimits: heapLimits[request.keep],
    });
    const outcomes: Outcome[] = [];
    worker.on('message', (batch: Outcome[] | null) => {
      if (batch) for (const o of batch) outcomes.push(take(o));
      else resolve(outcomes);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`plan-reading worker stopped with code ${code}`));
    });
  });
}

/**
 * Read every target, in worker threads when there are enough. Outcomes come back in the
 * targets' order; `take` sees each as soon as it arrives (in no particular order) and what it
 * returns is kept instead — so that a caller can fold what it needs and drop the rest at once.
 */
export async function readTargets(
  targets: readonly Target[],
  keep: Keep,
  env: Readonly<Record<string, string | undefined>>,
  take: (o: Outcome) => Outcome = (o) => o,
): Promise<Outcome[]> {
  const url = workerUrl();
  const threads = url ? threadCount(env, targets.length, keep) : 1;
  if (!url || threads === 1) {
    const { readTarget } = await import('./targets.js');
    const outcomes: Outcome[] = [];
    for (const t of targets) outcomes.push(take(await readTarget(t, keep)));
    return outcomes;
  }
  const share = Math.ceil(targets.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => targets.slice(i * share, (i + 1) * share));
  // With workers the main thread only gathers (and files what `take` keeps): parsing in it
  // would grow its heap, which no flag can bound — unlike a worker's.
  return (await Promise.all(shares.map((s) => runWorker(url, { targets: s, keep }, take)))).flat();
}
