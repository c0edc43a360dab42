import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generated } from '../../scripts/generated.mjs';
import {
  hashKey,
  pngText,
  reportCommand,
  screenshotFile,
  sha256,
  withPngText,
} from '../../scripts/reportScreenshot.mjs';
import { repoRoot, runCli } from '../helpers.js';

/** Every generated file in the repository (README sections, schema, map) is current. */
describe('generated files are current (stale? run npm run generate)', () => {
  for (const argv of generated as string[][]) {
    it(`plans ${argv.join(' ')}`, async () => {
      const r = await runCli([...argv, ...(process.env.UPDATE_GOLDEN ? [] : ['--check'])]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }

  // The PNG's bytes depend on the machine that took it; the page it shows does not. The
  // screenshot carries the hash of the page it was taken from (scripts/reportScreenshot.mjs).
  it(`${screenshotFile} shows the page of plans ${reportCommand.join(' ')}`, async () => {
    const r = await runCli(reportCommand);
    expect(r.code).toBe(0);
    const shown = pngText(readFileSync(join(repoRoot, screenshotFile))).get(hashKey);
    expect(shown, 'the report changed since the screenshot was taken').toBe(sha256(r.stdout));
  });

  it('a screenshot’s hash survives the round trip through its PNG chunk', () => {
    const png = readFileSync(join(repoRoot, screenshotFile));
    const stripped = Buffer.concat([png.subarray(0, 33), png.subarray(png.length - 12)]);
    expect(pngText(stripped).size).toBe(0);
    expect(pngText(withPngText(stripped, 'k', 'v')).get('k')).toBe('v');
  });
});
