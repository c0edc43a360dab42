import { defineConfig } from 'vitest/config';

/**
 * The package as npm packs it (publint, Are The Types Wrong, the library from the packed files)
 * and the install recipes of the README, each run from a clean directory (`npm run test:install`).
 */
export default defineConfig({
  test: {
    include: ['tests/install/**/*.test.ts'],
    testTimeout: 900_000,
    pool: 'threads',
  },
});
