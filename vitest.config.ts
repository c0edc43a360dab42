import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packed package and the install recipes (npm pack, publint, attw, npm, git, pre-commit)
    // take minutes: `npm run test:install`, run by .ci/run.
    exclude: ['tests/install/**', '**/node_modules/**'],
    testTimeout: 30_000,
    pool: 'threads',
    // Both cores: most time is spent waiting on spawned processes and the browser.
    maxWorkers: 2,
    // Test files share a worker's module cache: the sources are imported once per worker, not
    // once per file (about 15 s of a run). No test relies on a fresh module state.
    isolate: false,
  },
});
