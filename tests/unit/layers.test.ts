/**
 * Plan ids are looked up in layers (src/cli/plansDir.ts): the user's plans directory first,
 * then the bundled plans. A user's plan may revise a bundled one, a user's id hides a bundled
 * one with a warning, `--no-bundled` turns the bundled layer off, and `validate` with no
 * arguments checks only the user's plans (recursively, skipping what .gitignore excludes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plansDir, runCli } from '../helpers.js';

const bundled = (id: string) => readFileSync(join(plansDir, `${id}.yaml`), 'utf8');

/** A user's project: a git work tree with plans/mine.yaml, which revises the bundled us-28-point. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-layers-'));
  mkdirSync(join(dir, 'plans'));
  expect(spawnSync('git', ['init', '-q'], { cwd: dir }).status).toBe(0);
  writeFileSync(
    join(dir, 'plans', 'mine.yaml'),
    bundled('e3-counterproposal')
      .replace(/^id: .*$/m, 'id: mine')
      .replace(/^title: .*$/m, 'title: My counter-proposal'),
  );
  return dir;
}

describe('the user plans beside the bundled ones', () => {
  it("a user's plan revises a bundled plan, and is diffed against one", async () => {
    const cwd = project();
    const v = await runCli(['validate', '--strict'], { cwd });
    expect(v.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    const d = await runCli(['diff', 'mine', 'e3-counterproposal', '--format', 'json'], { cwd });
    expect(d.code, d.stderr).toBe(0);
    const diff = JSON.parse(d.stdout);
    expect([diff.left.id, diff.left.revises, diff.right.id]).toEqual([
      'mine',
      'us-28-point',
      'e3-counterproposal',
    ]);
    const h = await runCli(['history', 'mine', '--format', 'json'], { cwd });
    expect(JSON.parse(h.stdout).chain).toEqual(['us-28-point', 'mine']);
  });

  it('plans list says where each plan comes from', async () => {
    const cwd = project();
    const json = JSON.parse((await runCli(['list', '--format', 'json'], { cwd })).stdout);
    const origins = Object.fromEntries(
      json.plans.map((p: { id: string; origin: string }) => [p.id, p.origin]),
    );
    expect(origins.mine).toBe('user');
    expect(origins.kremlin).toBe('bundled');
    const table = (await runCli(['list'], { cwd })).stdout;
    expect(table).toMatch(/\bkremlin\* /);
    expect(table).not.toMatch(/\bmine\*/);
    expect(table).toMatch(/: 1 yours, \d+ bundled \(marked \*\)/);
  });

  it("a user's id hides the bundled plan, with one warning per run", async () => {
    const cwd = project();
    writeFileSync(
      join(cwd, 'plans', 'kyiv.yaml'),
      bundled('kyiv').replace(/^title: .*$/m, 'title: Our reading of the framework'),
    );
    const d = await runCli(['diff', 'kyiv', 'kremlin', '--format', 'json'], { cwd });
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout).left.title).toBe('Our reading of the framework');
    expect(d.stderr).toBe(
      'plans: plans/kyiv.yaml shadows the bundled plan "kyiv" (--no-bundled to leave the bundled plans out)\n',
    );
    const list = await runCli(['list', '--format', 'json'], { cwd });
    const kyivs = JSON.parse(list.stdout).plans.filter((p: { id: string }) => p.id === 'kyiv');
    expect(kyivs).toEqual([
      expect.objectContaining({ origin: 'user', title: 'Our reading of the framework' }),
    ]);
    expect(list.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(list.code).toBe(0);
  });

  it('plans new of a bundled id says it will hide it; what that breaks in bundled plans warns, not stops', async () => {
    const cwd = project();
    const made = await runCli(['new', 'kyiv'], { cwd });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('plans/kyiv.yaml hides the bundled plan "kyiv"');
    expect((await runCli(['new', 'not-bundled'], { cwd })).stdout).not.toContain('hides');
    // Dated today, the new kyiv is later than the bundled plans that reaffirm or revise it.
    for (const argv of [['list'], ['compare', '--all'], ['history', 'mar-a-lago-2025']]) {
      const r = await runCli(argv, { cwd });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toMatch(
        /mar-a-lago-2025\.yaml:\d+:\d+: warning: reaffirms "kyiv".*\[reaffirms-later\]/,
      );
    }
    // The same finding in the user's own file still stops the run.
    writeFileSync(
      join(cwd, 'plans', 'late.yaml'),
      bundled('mar-a-lago-2025')
        .replace(/^id: .*$/m, 'id: late')
        .replace(/^revises: .*$/m, ''),
    );
    const own = await runCli(['list'], { cwd });
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/plans\/late\.yaml:\d+:\d+: error: reaffirms "kyiv"/);
  });

  it('--no-bundled: only the user plans (a revises to a bundled plan is then unknown)', async () => {
    const cwd = project();
    const d = await runCli(['--no-bundled', 'diff', 'mine', 'e3-counterproposal'], { cwd });
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^plans: unknown plan "e3-counterproposal"/);
    const v = await runCli(['--no-bundled', 'validate'], { cwd });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /plans\/mine\.yaml:\d+:10: error: revises "us-28-point", which is not a known plan \[unknown-revises\]/,
    );
    const l = JSON.parse((await runCli(['--no-bundled', 'list', '--format', 'json'], { cwd })).stdout);
    expect(l.plans.map((p: { id: string }) => p.id)).toEqual(['mine']);
  });

  it('no plans directory: ids come from the bundled plans; validate says there is nothing of yours', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plans-none-'));
    expect((await runCli(['diff', 'us-miami', 'kremlin', '--exit-code'], { cwd })).code).toBe(1);
    const v = await runCli(['validate'], { cwd });
    expect(v.code).toBe(2);
    expect(v.stderr).toBe(
      'plans: no plans directory here (./plans); name files or directories to validate, or use --plans-dir\n',
    );
    const none = await runCli(['--no-bundled', 'list'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no plans to look ids up in/);
  });

  it('directories are searched recursively, skipping hidden ones, node_modules and what .gitignore excludes', async () => {
    const cwd = project();
    for (const sub of ['2026', 'drafts', '.cache', 'node_modules/x'])
      mkdirSync(join(cwd, 'plans', sub), { recursive: true });
    writeFileSync(
      join(cwd, 'plans', '2026', 'later.yaml'),
      bundled('us-geneva')
        .replace(/^id: .*$/m, 'id: later')
        .replace(/^revises: .*$/m, 'revises: mine'),
    );
    for (const sub of ['drafts', '.cache', 'node_modules/x'])
      writeFileSync(join(cwd, 'plans', sub, 'broken.yaml'), 'id: [\n');
    writeFileSync(join(cwd, '.gitignore'), 'plans/drafts/\n');
    const v = await runCli(['validate', '--strict'], { cwd });
    expect(v.stdout).toBe('2 files checked, 0 invalid, 0 errors\n');
    expect((await runCli(['validate', 'plans'], { cwd })).stdout).toBe(
      '2 files checked, 0 invalid, 0 errors\n',
    );
    // Found by id in a subdirectory, and its revises to a user plan resolves.
    const h = await runCli(['history', 'later', '--format', 'json'], { cwd });
    expect(JSON.parse(h.stdout).chain).toEqual(['us-28-point', 'mine', 'later']);
    // Without the .gitignore rule, the draft is validated (and is broken).
    writeFileSync(join(cwd, '.gitignore'), '');
    const all = await runCli(['validate'], { cwd });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('plans/drafts/broken.yaml:1:5: error:');
    expect(all.stdout).not.toContain('.cache');
    expect(all.stdout).not.toContain('node_modules');
  });

  it('validate checks the rules that reach into the bundled plans: a cycle through one, a reaffirmation of another party', async () => {
    const cwd = project();
    // Hides the bundled us-28-point, which e3-counterproposal revises: a cycle.
    writeFileSync(
      join(cwd, 'plans', 'us-28-point.yaml'),
      bundled('us-28-point').replace(/^date: .*$/m, 'date: 2025-11-24\nrevises: e3-counterproposal'),
    );
    writeFileSync(
      join(cwd, 'plans', 'ours.yaml'),
      bundled('us-geneva')
        .replace(/^id: .*$/m, 'id: ours')
        .replace(/^revises: .*$/m, 'reaffirms: [{ plan: putin-june-2024, sources: [joint-statement] }]'),
    );
    const v = await runCli(['validate'], { cwd });
    expect(v.code).toBe(1);
    const errors = v.stdout.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual([
      expect.stringMatching(
        /^plans\/ours\.yaml:\d+:\d+: error: .*putin-june-2024.*\[reaffirms-other-party\]$/,
      ),
      expect.stringMatching(
        /^plans\/us-28-point\.yaml:\d+:\d+: error: revises forms a cycle: us-28-point → e3-counterproposal → us-28-point \[revises-cycle\]$/,
      ),
    ]);
    // list finds the same, and nothing validate did not report.
    const list = await runCli(['list'], { cwd });
    expect(list.code).toBe(2);
    expect(
      list.stderr
        .split('\n')
        .filter((l) => l.includes(': error: '))
        .sort(),
    ).toEqual(errors);
  });

  it('a directory named on purpose is searched even when a .gitignore above excludes it', async () => {
    const cwd = project();
    mkdirSync(join(cwd, 'build', 'plans'), { recursive: true });
    writeFileSync(
      join(cwd, 'build', 'plans', 'made.yaml'),
      bundled('us-geneva').replace(/^id: .*$/m, 'id: made'),
    );
    writeFileSync(join(cwd, 'build', 'plans', 'broken.draft.yaml'), 'id: [\n');
    writeFileSync(join(cwd, '.gitignore'), 'build/\n*.draft.yaml\n');
    for (const named of ['build/plans', 'build']) {
      const v = await runCli(['validate', named], { cwd });
      expect(v.stdout, named).toBe('1 file checked, 0 invalid, 0 errors\n');
    }
    // Without the rule that excludes the directory, a .gitignore still applies inside it.
    writeFileSync(join(cwd, 'build', 'plans', 'scratch.tmp.yaml'), 'id: [\n');
    writeFileSync(join(cwd, '.gitignore'), '*.tmp.yaml\n*.draft.yaml\n');
    expect((await runCli(['validate', 'build/plans'], { cwd })).stdout).toBe(
      '1 file checked, 0 invalid, 0 errors\n',
    );
  });
});
