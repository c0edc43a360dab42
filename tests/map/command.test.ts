/**
 * `runMap`: plans in, one SVG out; bad input is a clean CliError (exit 2). On a terminal
 * without --out, `plans map` says where to write the SVG instead of printing it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDataPath, runMap } from '../../src/cli/commands/map.js';
import { CliError } from '../../src/cli/errors.js';
import { repoRoot, runCli } from '../helpers.js';
import { fakeIo } from './support.js';
import { allElements, parseXml } from './xml.js';

const panelPlans = (svg: string) =>
  allElements(parseXml(svg))
    .filter((e) => e.attrs.class === 'panel')
    .map((e) => e.attrs['data-plan']);

describe('runMap', () => {
  it('draws one panel per plan argument, ids and files alike', async () => {
    const r = await runMap(['us-28-point', 'plans/kyiv.yaml', 'kremlin'], {}, fakeIo());
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBeUndefined();
    expect(r.output.startsWith('<svg ')).toBe(true);
    expect(r.output.endsWith('</svg>\n')).toBe(true);
    expect(panelPlans(r.output)).toEqual(['us-28-point', 'kyiv', 'kremlin']);
  });

  it('reads a plan from stdin', async () => {
    const yaml = readFileSync(`${repoRoot}plans/kyiv.yaml`, 'utf8');
    const r = await runMap(['-'], {}, fakeIo(yaml));
    expect(panelPlans(r.output)).toEqual(['kyiv']);
  });

  it('reads the geometry from the package', () => {
    expect(mapDataPath()).toBe(`${repoRoot}data/ukr.topo.json`);
  });

  it('fails cleanly on an unknown plan, no plan, or stdin twice', async () => {
    await expect(runMap(['us-28-pont'], {}, fakeIo())).rejects.toThrow(
      /unknown plan "us-28-pont".*us-28-point/,
    );
    await expect(runMap([], {}, fakeIo())).rejects.toThrow(CliError);
    const kyiv = readFileSync(`${repoRoot}plans/kyiv.yaml`, 'utf8');
    await expect(runMap(['-', '-'], {}, fakeIo(kyiv))).rejects.toThrow('stdin (-) can be given only once');
    await expect(runMap(['kyiv'], { plansDir: { dir: 'no/such/dir' } }, fakeIo())).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});

describe('plans map on a terminal', () => {
  it('without --out: one line saying where to write the SVG, exit 2, nothing on stdout', async () => {
    const r = await runCli(['map', 'us-28-point', 'kyiv'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'plans: the map is an SVG image, not for the terminal: write it to a file, e.g. plans map us-28-point kyiv --out map.svg\n',
    );
  });

  it('with --out, or into a pipe, the SVG is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-map-'));
    const out = await runCli(['map', 'kyiv', '--out', 'map.svg'], { tty: true, cwd: dir });
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toMatch(/^<svg /);
    const piped = await runCli(['map', 'kyiv']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^<svg /);
  });
});
