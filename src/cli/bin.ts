/** Entry point of the built CLI (dist/cli.js): run argv against the real process. */
import { processIo } from './io.js';
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), processIo());
