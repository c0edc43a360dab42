/**
 * Entry point of the built CLI (dist/cli.js). The common `plans diff <id> <id>` on the bundled
 * plans is answered by the fast path; everything else loads the full program on demand.
 */
import { tryFastDiff } from './fastDiff.js';
import { processIo } from './io.js';

// A reader that stops early (`plans list | head`) is not an error: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const argv = process.argv.slice(2);
const io = processIo();
const fast = tryFastDiff(argv, io);
if (fast !== undefined) process.exitCode = fast;
else {
  const { run } = await import('./program.js');
  process.exitCode = await run(argv, io);
}
