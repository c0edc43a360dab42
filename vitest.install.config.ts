import { defineConfig } from 'vitest/config';

/** The install recipes of the README, each run from a clean directory (`npm run test:install`). */
export default defineConfig({
  test: {
    include: ['tests/install/**/*.test.ts'],
    testTimeout: 900_000,
    pool: 'threads',
  },
});
