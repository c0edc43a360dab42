// `npm run generate`: regenerate every derived file in the repository, in dependency order,
// after a change to the schema, a vocabulary, a renderer or a bundled plan:
//   1. src/schema/plan-shape.json and docs/vocabularies.md (read from the TypeScript sources);
//   2. the build (dist/, which bundles the shape);
//   3. what the CLI generates (scripts/generated.mjs: the JSON Schema, the README's sections,
//      the docs' map and example);
//   4. the golden files of the tests.
// Review `git diff` afterwards: every change should be one you meant.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
step('schema shape and vocabulary docs', process.execPath, [
  ...vitest,
  'tests/unit/schema.test.ts',
  'tests/unit/docs.test.ts',
]);
step('build', 'npm', ['run', 'build']);
step('files the CLI generates', process.execPath, ['scripts/docs.mjs']);
step('golden files', process.execPath, [...vitest, 'tests/golden.test.ts', 'tests/map/mapSvg.test.ts']);
console.log('generate: done; review the changes with git diff');
