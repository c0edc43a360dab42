/**
 * The package as npm publishes it (`npm pack`): publint and Are The Types Wrong find no
 * problem, and the library entry works as documented when imported from the packed files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'plans-pack-'));
let tarball = '';

beforeAll(() => {
  // --ignore-scripts: the tests run on the build `npm test` just made.
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  tarball = join(work, (JSON.parse(r.stdout) as { filename: string }[])[0]!.filename);
  const x = spawnSync('tar', ['-xzf', tarball, '-C', work]);
  expect(x.status).toBe(0);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

describe('the packed package', () => {
  it('publint reports nothing', () => {
    const r = spawnSync(bin('publint'), [tarball, '--strict'], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toContain('All good!');
    expect(r.status).toBe(0);
  });

  it('Are The Types Wrong reports nothing for an ES-module package', () => {
    // ESM only, on purpose: Node ≥ 20.19 (engines) can require() it too. JSON output: the text
    // one changes shape with the terminal's width.
    const r = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const { analysis } = JSON.parse(r.stdout) as {
      analysis: {
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
      };
    };
    const esm = analysis.entrypoints['.']!.resolutions['node16-esm']!.resolution!;
    expect(esm.fileName).toMatch(/\/dist\/types\/index\.d\.ts$/);
  });

  it('the library loads, diffs and renders plans from the packed files', async () => {
    const lib = await import(pathToFileURL(join(work, 'package', 'dist', 'index.js')).href);
    const text = (id: string) => readFileSync(join(work, 'package', 'plans', `${id}.yaml`), 'utf8');
    const left = lib.loadPlan(text('us-miami'), { file: 'us-miami.yaml', expectedId: 'us-miami' });
    const right = lib.loadPlan(text('kremlin'), { file: 'kremlin.yaml' });
    expect(left.diagnostics).toEqual([]);
    expect(right.plan.id).toBe('kremlin');
    const diff = lib.diffPlans(left.plan, right.plan);
    expect(lib.plansDiffer(diff)).toBe(true);
    expect(lib.renderDiffMarkdown(diff, {})).toMatch(/^## us-miami → kremlin\n/);
    const broken = lib.loadPlan('id: x\ntitle: [\n', { file: 'x.yaml' });
    expect(broken.plan).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ file: 'x.yaml', code: 'yaml-syntax', severity: 'error' });
    expect(lib.comparePlans([left.plan, right.plan]).plans.map((p: { id: string }) => p.id)).toEqual([
      'us-miami',
      'kremlin',
    ]);
  });
});
