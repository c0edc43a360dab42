import { describe, expect, it } from 'vitest';
import { generated } from '../../scripts/generated.mjs';
import { runCli } from '../helpers.js';

/** Every generated file in the repository (README sections, schema, map) is current. */
describe('generated files are current (stale? run npm run generate)', () => {
  for (const argv of generated as string[][]) {
    it(`plans ${argv.join(' ')}`, async () => {
      const r = await runCli([...argv, ...(process.env.UPDATE_GOLDEN ? [] : ['--check'])]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }
});
