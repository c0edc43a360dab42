/**
 * The architecture's rules are enforced by tools in `npm test`: dependency-cruiser
 * (.dependency-cruiser.cjs) for the layers, Biome for the `process` global outside src/cli,
 * and the build for the fast path's bundle. Each rule is shown to fail on a planted violation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heavyInputs } from '../../scripts/fastPath.mjs';
import { repoRoot } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'plans-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of src/ with `planted` files added, cruised with the project's rules. */
function cruise(name: string, planted: Record<string, string>): { code: number; output: string } {
  const dir = join(work, name);
  cpSync(join(repoRoot, 'src'), join(dir, 'src'), { recursive: true });
  for (const file of ['tsconfig.json', '.dependency-cruiser.cjs'])
    cpSync(join(repoRoot, file), join(dir, file));
  for (const [path, text] of Object.entries(planted)) writeFileSync(join(dir, path), text);
  const r = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      'src',
      '--config',
      '.dependency-cruiser.cjs',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe('layering (dependency-cruiser)', () => {
  it('the code as it is passes', () => {
    const r = cruise('clean', {});
    expect(r.output).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('fails on planted violations, naming each rule', () => {
    const r = cruise('planted', {
      'src/schema/leak.ts': "import { renderWidth } from '../cli/io.js';\nexport const w = renderWidth;\n",
      'src/diff/disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'src/render/borrow.ts':
        "import { renderDiffText } from './diffText.js';\nexport const r = renderDiffText;\n",
      'src/load/up.ts': "import { diffPlans } from '../diff/diffPlans.js';\nexport const d = diffPlans;\n",
    });
    expect(r.code).not.toBe(0);
    for (const rule of [
      'schema-is-the-base',
      'only-the-cli-touches-the-system',
      'renderers-do-not-import-renderers',
      'load-reads-schema-only',
    ])
      expect(r.output).toContain(rule);
  });
});

describe('process outside the CLI (Biome)', () => {
  it('fails on a planted use of `process` in the core, and allows it in src/cli', () => {
    const dir = join(work, 'biome');
    mkdirSync(join(dir, 'src', 'schema'), { recursive: true });
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    cpSync(join(repoRoot, 'biome.json'), join(dir, 'biome.json'));
    const code = 'export const home = process.env.HOME;\n';
    writeFileSync(join(dir, 'src', 'schema', 'leak.ts'), code);
    writeFileSync(join(dir, 'src', 'cli', 'fine.ts'), code);
    const r = spawnSync(join(repoRoot, 'node_modules', '.bin', 'biome'), ['lint', 'src'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toContain('src/schema/leak.ts');
    expect(output).toContain('noRestrictedGlobals');
    expect(output).not.toContain('src/cli/fine.ts');
  });
});

describe('the fast path bundles none of the heavy libraries (checked by the build)', () => {
  it('names zod, yaml or commander among a bundle’s inputs, and nothing in a light one', () => {
    expect(
      heavyInputs({
        inputs: {
          'src/cli/fastDiff.ts': {},
          'node_modules/zod/v4/core/core.js': {},
          'node_modules/yaml/dist/index.js': {},
          'node_modules/chalk/source/index.js': {},
        },
      }),
    ).toEqual(['yaml', 'zod']);
    expect(
      heavyInputs({ inputs: { 'src/cli/fastDiff.ts': {}, 'node_modules/chalk/source/index.js': {} } }),
    ).toEqual([]);
  });
});
