/** A worker thread of src/cli/pool.ts: read its share of plan files and post the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerRequest } from './pool.js';
import { readTarget } from './targets.js';

const request = workerData as WorkerRequest;
parentPort!.postMessage(request.targets.map((t) => readTarget(t, request.keepPlans)));
