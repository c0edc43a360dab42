/** Entry point of the built CLI (dist/cli.js): run argv against the real process. */
import { processIo } from './io.js';
import { run } from './program.js';

// A reader that stops early (`plans list | head`) is not an error: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), processIo());
