// `npm run generate`: regenerate every derived file in the repository, in dependency order,
// after a change to the schema, a vocabulary, a renderer or a bundled plan:
//   1. src/schema/plan-shape.json and docs/vocabularies.md (read from the TypeScript sources);
//   2. the build (dist/, which bundles the shape);
//   3. what the CLI generates (scripts/generated.mjs: the JSON Schema, the README's sections,
//      the docs' map and example), and docs/crosswalk.md (scripts/crosswalk.mjs);
//   4. the README's screenshot of the report (scripts/reportScreenshot.mjs: only when the page
//      changed; it needs Debian's chromium);
//   5. the golden files of the tests.
// Review `git diff` afterwards: every change should be one you meant.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, UPDATE_GOLDEN: '1', NO_COLOR: '1' };

function step(what, command, args, extraEnv = env) {
  console.log(`generate: ${what}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: extraEnv });
  if (r.status !== 0) {
    console.error(`generate: ${what} failed (exit ${r.status})`);
    process.exit(r.status ?? 2);
  }
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot'];
// Step 1 runs scripts/generateSources.ts, bundled on the fly (it imports the TypeScript sources).
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
// (Written under node_modules/.cache, so that the bundle finds the packages it imports.)
const tmp = mkdtempSync(join(root, 'node_modules', '.cache', 'plans-generate-'));
try {
  const tool = join(tmp, 'generate-sources.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/generateSources.ts'],
    outfile: tool,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    define: {
      'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'scripts', 'generateSources.ts')).href),
    },
  });
  step('schema shape and vocabulary docs', process.execPath, [tool]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
step('bundle', 'npm', ['run', 'bundle']);
step('files the CLI generates', process.execPath, ['scripts/docs.mjs']);
step('the crosswalk', process.execPath, ['scripts/crosswalk.mjs']);
step('the report screenshot', process.execPath, ['scripts/reportScreenshot.mjs']);
step('golden files', process.execPath, [...vitest, 'tests/golden.test.ts', 'tests/map/mapSvg.test.ts']);
console.log('generate: done; review the changes with git diff');
