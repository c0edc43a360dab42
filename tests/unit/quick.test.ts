/**
 * The quick path (js-yaml, no positions) may only ever answer "this file is clean, here is
 * the plan" — and then the full pipeline (the `yaml` library with positions) must give the
 * same plan and no diagnostics. Checked on the bundled plans, every fixture, generated plans
 * written in many YAML styles, and byte-level mutations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { controlCharacters } from '../../src/load/checks.js';
import { loadPlanBytes } from '../../src/load/loadPlan.js';
import { loadPlanLazily, tryQuick, unusualCharacter } from '../../src/load/quick.js';
import { forbiddenCharacter } from '../../src/load/text.js';
import { arbPlan, arbYamlStyle } from '../arbitraries.js';
import { runs } from '../helpers.js';

const seed = 20261127;
const enc = new TextEncoder();

/** When the quick path accepts, the full path agrees exactly; returns whether it accepted. */
function agree(bytes: Uint8Array, file = 'p.yaml', expectedId?: string): boolean {
  const options = expectedId === undefined ? {} : { expectedId };
  const full = loadPlanBytes(bytes, file, options);
  const quick = tryQuick(bytes, file, options);
  if (quick) {
    expect(full.diagnostics).toEqual([]);
    expect(quick.plan).toEqual(full.plan);
    expect(quick.meta).toEqual(full.meta);
  }
  return quick !== undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.yaml') ? [path] : [];
  });
}

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the quick loading path agrees with the full one', () => {
  it('on the bundled plans (all of which it accepts) and on every fixture', () => {
    for (const file of filesUnder(join(root, 'plans'))) {
      const id = file.replace(/.*\//, '').replace(/\.yaml$/, '');
      expect(agree(readFileSync(file), file, id), file).toBe(true);
    }
    let fixtures = 0;
    for (const file of filesUnder(join(root, 'tests/fixtures'))) {
      agree(readFileSync(file), file);
      fixtures++;
    }
    expect(fixtures).toBeGreaterThan(40);
  });

  it('scans for exactly the union of the forbidden and the control characters', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(unusualCharacter.test(ch), c.toString(16)).toBe(
        forbiddenCharacter.test(ch) || controlCharacters.test(ch),
      );
    }
  });

  it('on a clean plan padded past the token limit with comments (under the size limit)', async () => {
    // The full path counts tokens and reports too-complex; the quick path must not answer "clean".
    const text = `${readFileSync(join(root, 'plans', 'kremlin.yaml'), 'utf8')}${'#\n'.repeat(300_000)}`;
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(agree(enc.encode(text), 'kremlin.yaml', 'kremlin')).toBe(false);
    // Declined, so loading gives the full path's answer.
    const loaded = await loadPlanLazily(enc.encode(text), 'kremlin.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['too-complex']);
  });

  it('loadPlanLazily (what the commands call) answers as the full path, clean or not', async () => {
    const clean = readFileSync(join(root, 'plans', 'kyiv.yaml'));
    const broken = enc.encode(clean.toString('utf8').replace(/^status: (\w+)/m, 'status: $1x'));
    for (const bytes of [clean, broken]) {
      const full = loadPlanBytes(bytes, 'kyiv.yaml', { expectedId: 'kyiv' });
      const lazy = await loadPlanLazily(bytes, 'kyiv.yaml', { expectedId: 'kyiv' });
      expect(lazy.diagnostics).toEqual(full.diagnostics);
      expect(lazy.plan).toEqual(full.plan);
    }
    expect(loadPlanBytes(broken, 'kyiv.yaml').diagnostics.some((d) => d.code === 'enum')).toBe(true);
  });

  it('on generated plans written in many YAML styles', () => {
    let accepted = 0;
    let tried = 0;
    fc.assert(
      fc.property(arbPlan, arbYamlStyle, (plan, options) => {
        const text = stringify(plan, null, options as Parameters<typeof stringify>[2]);
        tried++;
        if (agree(enc.encode(text))) accepted++;
      }),
      { numRuns: runs(800), seed },
    );
    // The quick path must actually be exercised here too (the bundled plans all take it).
    expect(accepted).toBeGreaterThan(tried / 20);
  });

  it('on byte-level mutations of the bundled plans', () => {
    const plans = filesUnder(join(root, 'plans')).map((f) => readFileSync(f));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 127 })), { minLength: 1, maxLength: 3 }),
        (i, edits) => {
          const bytes = Uint8Array.from(plans[i]!);
          for (const [at, byte] of edits) bytes[at % bytes.length] = byte;
          agree(bytes);
        },
      ),
      { numRuns: runs(2500), seed },
    );
  });
});
