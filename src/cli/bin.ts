/**
 * Entry point of the built CLI (dist/cli.cjs). The common `plans diff <id> <id>` on the bundled
 * plans is answered by the fast path; everything else loads the full program on demand.
 * Built as CommonJS: Node 20 starts a CommonJS entry several milliseconds sooner than an ES
 * module (no ES module loader, no ESM facades for the built-in modules), so no top-level await.
 */
import { exitCodes } from './errors.js';
import { tryFastDiff } from './fastDiff.js';
import { processIo } from './io.js';

const argv = process.argv.slice(2);
const io = processIo();
const fast = tryFastDiff(argv, io);
if (fast !== undefined) process.exitCode = fast;
else {
  import('./program.js')
    .then(({ run }) => run(argv, io))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        // run() reports its own errors; this is a broken install (dist/ missing or partial).
        io.stderr(
          `plans: internal error: ${e instanceof Error ? e.message : String(e)} (try \`npm run build\`)\n`,
        );
        process.exitCode = exitCodes.usage;
      },
    );
}
