/**
 * Entry point of the built CLI (dist/cli.cjs). The common `plans diff <id> <id>` on the bundled
 * plans is answered by the fast path; everything else loads the full program on demand.
 * Built as CommonJS: Node 20 starts a CommonJS entry several milliseconds sooner than an ES
 * module (no ES module loader, no ESM facades for the built-in modules), so no top-level await.
 */

import { exitCodes, failureText } from './errors.js';
import { tryFastDiff } from './fastDiff.js';
import { outputWritten, processIo } from './io.js';

const argv = process.argv.slice(2);
const io = processIo();

/** What `run` prints for an error it does not expect: one line (the stack under DEBUG), exit 2. */
function fail(e: unknown, line?: string): void {
  try {
    io.stderr(failureText(e, io.env, line));
  } catch {
    // stderr is gone too: the exit code is all that is left
  }
  process.exitCode = exitCodes.usage;
}

let fast: number | undefined;
try {
  fast = tryFastDiff(argv, io);
} catch (e) {
  fail(e);
  fast = exitCodes.usage;
}
if (fast !== undefined) process.exitCode = fast;
else {
  import('./program.js').then(
    ({ run }) =>
      run(argv, io).then(
        (code) => {
          process.exitCode = code;
          // All output is out (blocking writes): end now instead of letting Node free a large
          // heap first. Output still in Node's stream after a full pipe is left to the
          // natural end.
          if (outputWritten()) process.exit(code);
        },
        (e: unknown) => fail(e),
      ),
    (e: unknown) =>
      fail(
        e,
        `cannot load the program: ${(e as Error)?.message ?? String(e)} (reinstall, or run \`npm run bundle\`)`,
      ),
  );
}
