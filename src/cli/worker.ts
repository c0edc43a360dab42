/**
 * A worker thread of src/cli/pool.ts: read its share of plan files and post the outcomes in
 * batches as it goes, so that the main thread takes each batch in (deserialising is its cost)
 * while this thread reads on; then `null` to say it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchSize, type WorkerRequest } from './pool.js';
import { type Outcome, readTarget } from './targets.js';

const request = workerData as WorkerRequest;
let batch: Outcome[] = [];
for (const t of request.targets) {
  batch.push(await readTarget(t, request.keep));
  if (batch.length === batchSize) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length > 0) parentPort!.postMessage(batch);
parentPort!.postMessage(null);
