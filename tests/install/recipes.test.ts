/**
 * Every way the README says to use `plans` in someone else's repository, run as written from a
 * clean directory: the packed tarball (`npm install --global`, `npx`), a git URL, the GitHub
 * Action's steps, and the pre-commit hook (`pre-commit try-repo`). Each works offline from the
 * committed dist/ (no build step and no runtime dependency), except the pre-commit hook, which
 * pre-commit installs with npm (it skips, saying why, where pre-commit is missing; .ci/run
 * installs it).
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plansDir, repoRoot } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'plans-install-'));
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  files: string[];
};
let tarball = '';
let unpacked = '';

/** A clean environment: no npm config or cache of the developer's, no colour. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: join(work, 'home'),
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    NO_COLOR: '1',
    ...extra,
  };
}

function sh(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env: env(), timeout: 120_000, ...options });
  return { code: r.status ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** A user's project: plans/mine.yaml revising a bundled plan, and a .gitignore'd draft. */
function project(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'plans', 'drafts'), { recursive: true });
  const mine = readFileSync(join(plansDir, 'e3-counterproposal.yaml'), 'utf8')
    .replace(/^# yaml-language-server:.*\n/m, '')
    .replace(/^id: .*$/m, 'id: mine');
  writeFileSync(join(dir, 'plans', 'mine.yaml'), mine);
  writeFileSync(join(dir, 'plans', 'drafts', 'broken.yaml'), 'id: broken\ntitle: [\n');
  writeFileSync(join(dir, '.gitignore'), 'plans/drafts/\n');
  expect(sh('git', ['init', '-q'], { cwd: dir }).code).toBe(0); // a user's project is a work tree
  return dir;
}

beforeAll(() => {
  mkdirSync(join(work, 'home'));
  const r = sh('npm', ['pack', '--pack-destination', work, '--json'], { cwd: repoRoot });
  expect(r.code, r.stderr).toBe(0);
  tarball = join(work, (JSON.parse(r.stdout) as { filename: string }[])[0]!.filename);
  unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  expect(sh('tar', ['-xzf', tarball, '-C', unpacked]).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the package', () => {
  it('has no runtime dependencies: dist/ is self-contained', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const files = sh('tar', ['-tzf', tarball]).stdout.split('\n');
    for (const f of [
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli.cjs',
      'package/dist/THIRD-PARTY-LICENSES.txt',
    ]) {
      expect(files).toContain(f);
    }
  });

  it('ships every file the README links to', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(join(unpacked, 'package', link)), link).toBe(true);
  });

  it('names one version everywhere: package.json, the README recipes, action.yml, and the tag if tags exist', () => {
    const tag = `v${pkg.version}`;
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const pins = [...readme.matchAll(/(?:plans@|plans#|rev: )(v\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pins)).toEqual(new Set([tag]));
    expect(readFileSync(join(repoRoot, 'action.yml'), 'utf8')).toContain(`plans@${tag}`);
    const tags = sh('git', ['tag', '--list'], { cwd: repoRoot }).stdout.split('\n').filter(Boolean);
    if (tags.length > 0) expect(tags).toContain(tag);
  });

  it('dist/ is committed (users run it from git without a build)', (ctx) => {
    const r = sh('git', ['ls-files', '--error-unmatch', 'dist/cli.cjs', 'dist/program.js', 'dist/index.js'], {
      cwd: repoRoot,
    });
    if (r.stderr.includes('not a git repository')) ctx.skip();
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('installed from the packed tarball', () => {
  it('npm install --global, then plans validate in a project: its plans, revising a bundled one', () => {
    const prefix = join(work, 'global');
    const r = sh('npm', ['install', '--global', '--prefix', prefix, '--offline', tarball]);
    expect(r.code, r.stderr).toBe(0);
    const plans = join(prefix, 'bin', 'plans');
    const dir = project('tarball-project');
    const v = sh(plans, ['validate', '--strict'], { cwd: dir });
    expect(v.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    expect(v.code).toBe(0);
    const d = sh(plans, ['diff', 'mine', 'us-28-point', '--format', 'json'], { cwd: dir });
    expect(d.code, d.stderr).toBe(0);
    expect(JSON.parse(d.stdout).left.revises).toBe('us-28-point');
  });

  it('npx --package <tarball>', () => {
    const r = sh('npx', ['--yes', '--offline', '--package', tarball, '--', 'plans', '--version'], {
      cwd: work,
    });
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.code, r.stderr).toBe(0);
  });
});

/**
 * A repository holding what git holds of this one at a release, tagged: the packed files,
 * package.json and the hook and action definitions (the working tree as it would be committed,
 * whatever is uncommitted here now).
 */
let release: string | undefined;
function releaseRepo(): string {
  if (release) return release;
  const repo = join(work, 'git-repo');
  cpSync(join(unpacked, 'package'), repo, { recursive: true });
  for (const f of ['.pre-commit-hooks.yaml', 'action.yml']) copyFileSync(join(repoRoot, f), join(repo, f));
  const git = (...args: string[]) =>
    sh('git', args, {
      cwd: repo,
      env: env({
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      }),
    });
  expect(git('init', '-q').code).toBe(0);
  expect(git('add', '-A').code).toBe(0);
  expect(git('commit', '-qm', 'release').code).toBe(0);
  expect(git('tag', `v${pkg.version}`).code).toBe(0);
  release = repo;
  return repo;
}

describe('installed from a git URL', () => {
  it('npm install --global git+file://… works with no build and no registry', () => {
    const repo = releaseRepo();
    const prefix = join(work, 'git-global');
    const r = sh('npm', [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      `git+file://${repo}#v${pkg.version}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const v = sh(join(prefix, 'bin', 'plans'), ['validate', '--strict'], { cwd: project('git-project') });
    expect(v.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    // And npx, as the README's "any other CI" recipe runs it.
    const x = sh(
      'npx',
      ['--yes', '--offline', '--package', `git+file://${repo}#v${pkg.version}`, '--', 'plans', '--version'],
      {
        cwd: work,
      },
    );
    expect(x.stdout.trim(), x.stderr).toBe(pkg.version);
  }, 120_000);
});

describe('the GitHub Action (action.yml), its steps run as the runner would', () => {
  interface Step {
    run?: string;
    shell?: string;
    env?: Record<string, string>;
  }
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };

  /** Run every step with `inputs` (defaults filled in), as GitHub would: bash, the action's path. */
  function runAction(cwd: string, inputs: Record<string, string>) {
    const values = Object.fromEntries(
      Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']),
    );
    const expand = (s: string) =>
      s.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? '');
    let last = { code: 0, stdout: '', stderr: '' };
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
      last = sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run!)], {
        cwd,
        env: env({ ...stepEnv, GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: repoRoot }),
      });
      if (last.code !== 0) break;
    }
    return last;
  }

  it('is a composite action with paths and strict inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['paths', 'strict']);
  });

  it('validates ./plans by default, recursively, honouring .gitignore: exit 0', () => {
    const r = runAction(project('action-ok'), {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('1 file checked');
  });

  it('annotates an invalid file and fails; warnings fail under strict only', () => {
    const dir = project('action-bad');
    const text = readFileSync(join(dir, 'plans', 'mine.yaml'), 'utf8');
    writeFileSync(join(dir, 'plans', 'mine.yaml'), text.replace(/^status: .*$/m, 'status: leakd'));
    const bad = runAction(dir, { paths: 'plans/mine.yaml' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error file=plans\/mine\.yaml,line=\d+,col=\d+/m);
    // A warning only (a source no clause cites).
    writeFileSync(
      join(dir, 'plans', 'mine.yaml'),
      text.replace(
        /^sources:\n/m,
        'sources:\n  unused:\n    title: Not cited\n    url: https://example.com/x\n',
      ),
    );
    expect(runAction(dir, { paths: 'plans/*.yaml', strict: 'true' }).code).toBe(1);
    expect(runAction(dir, { paths: 'plans/*.yaml', strict: 'false' }).code).toBe(0);
    const wrong = runAction(dir, { strict: 'yes' });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain('::error::the strict input is "yes"');
  });

  it('takes several paths on separate lines, globs unexpanded by the shell', () => {
    const dir = project('action-paths');
    copyFileSync(join(dir, 'plans', 'mine.yaml'), join(dir, 'other.yaml'));
    writeFileSync(
      join(dir, 'other.yaml'),
      readFileSync(join(dir, 'other.yaml'), 'utf8').replace(/^id: mine$/m, 'id: other'),
    );
    const r = runAction(dir, { paths: 'plans/mine.yaml\nother.yaml\n"*.yaml"' });
    expect(r.stdout + r.stderr).toMatch(/\*\.yaml|no files match/);
    const ok = runAction(dir, { paths: 'plans/mine.yaml\nother.yaml' });
    expect(ok.stdout).toContain('2 files checked');
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const available = sh('pre-commit', ['--version']).code === 0;
  it.skipIf(!available)(
    available
      ? 'pre-commit try-repo runs plans-validate on the changed plan files'
      : 'pre-commit try-repo — skipped: pre-commit is not installed here (.ci/run installs it)',
    () => {
      const dir = project('pre-commit-project');
      const git = (...args: string[]) =>
        sh('git', args, {
          cwd: dir,
          env: env({
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          }),
        });
      expect(git('add', '-A').code).toBe(0);
      // pre-commit installs the hook with npm (devDependencies included): the real npm cache.
      const home = { ...process.env, NO_COLOR: '1', PRE_COMMIT_HOME: join(work, 'pre-commit-home') };
      const hooks = releaseRepo();
      const ok = sh('pre-commit', ['try-repo', hooks, 'plans-validate', '--files', 'plans/mine.yaml'], {
        cwd: dir,
        env: home,
        timeout: 600_000,
      });
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/validate peace plan files\.+Passed/);
      const text = readFileSync(join(dir, 'plans', 'mine.yaml'), 'utf8');
      writeFileSync(join(dir, 'plans', 'mine.yaml'), text.replace(/^status: .*$/m, 'status: leakd'));
      const bad = sh('pre-commit', ['try-repo', hooks, 'plans-validate', '--files', 'plans/mine.yaml'], {
        cwd: dir,
        env: home,
        timeout: 600_000,
      });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/Failed/);
      expect(bad.stdout).toMatch(/plans\/mine\.yaml:\d+:\d+: error: unknown plan status "leakd"/);
    },
    900_000,
  );
});
