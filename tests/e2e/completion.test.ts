/**
 * `plans completion bash|zsh|fish` (issue 18, part 3): each script, loaded in its shell,
 * completes commands, options, the values of options with a fixed set, and plan ids (through
 * `plans completion --ids`, run by the script from PATH).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, bundledPlans, plansDir, runCli } from '../helpers.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
let path = '';

beforeAll(() => {
  // `plans` on PATH, as an installed one would be.
  const bin = mkdtempSync(join(tmpdir(), 'plans-bin-'));
  writeFileSync(join(bin, 'plans'), `#!/bin/sh\nexec '${process.execPath}' '${binPath}' "$@"\n`);
  chmodSync(join(bin, 'plans'), 0o755);
  path = `${bin}:${process.env.PATH ?? ''}`;
});

function shell(command: string, args: readonly string[]): string {
  const cwd = mkdtempSync(join(tmpdir(), 'plans-completion-'));
  const r = spawnSync(command, args, {
    cwd,
    env: { PATH: path, HOME: cwd },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** What bash offers for the words typed so far (the last one is being completed). */
function bash(...typed: string[]): string[] {
  const words = typed.map((w) => `'${w}'`).join(' ');
  const out = shell('bash', [
    '--norc',
    '-c',
    `source <(plans completion bash)
COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _plans; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ]);
  return out.split('\n').filter(Boolean);
}

describe('plans completion', () => {
  it('bash: commands, options, option values, plan ids; registered for plans with file fallback', () => {
    expect(bash('plans', 'di')).toEqual(['diff']);
    expect(bash('plans', 'c')).toEqual(['compare', 'completion']);
    expect(bash('plans', 'diff', 'us-m')).toEqual(['us-miami']);
    expect(bash('plans', '--plans-dir', plansDir, 'compare', 'kyiv', 'kr')).toEqual(['kremlin']);
    expect(bash('plans', 'diff', '--st')).toEqual(['--stat']);
    expect(bash('plans', 'diff', '--no-')).toEqual([
      '--no-sources',
      '--no-bundled',
      '--no-color',
      '--no-pager',
    ]);
    expect(bash('plans', 'diff', '--format', '')).toEqual(['text', 'table', 'markdown', 'json']);
    expect(bash('plans', 'compare', '-f', '')).toEqual(['table', 'markdown', 'json']);
    expect(bash('plans', 'compare', '--clause', 'sec')).toEqual(['security_package']);
    expect(bash('plans', '--color', '=', 'n')).toEqual(['never']);
    expect(bash('plans', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(bash('plans', 'diff', '--out', '')).toEqual([]); // file names, from -o default
    expect(shell('bash', ['--norc', '-c', 'source <(plans completion bash); complete -p plans'])).toBe(
      'complete -o default -F _plans plans\n',
    );
  });

  it.skipIf(!has('zsh'))('zsh: loads through bashcompinit and offers the same words', () => {
    const out = shell('zsh', [
      '-f',
      '-c',
      `autoload -U compinit && compinit -u; source <(plans completion zsh)
print -r -- $_comps[plans]
setopt ksharrays; COMP_WORDS=(plans diff us-m); COMP_CWORD=2; _plans; print -rl -- "\${COMPREPLY[@]}"`,
    ]).split('\n');
    expect(out[0]).toMatch(/_bash_complete.*-F _plans/);
    expect(out).toContain('us-miami');
  });

  it.skipIf(!has('fish'))('fish: commands with descriptions, options, values, plan ids', () => {
    const complete = (line: string) =>
      shell('fish', ['--no-config', '-c', `plans completion fish | source; complete -C'${line}'`])
        .split('\n')
        .filter(Boolean);
    expect(complete('plans di')).toEqual(['diff\tshow how two plans differ, clause family by clause family']);
    expect(complete('plans diff us-m')).toEqual(['us-miami']);
    expect(complete('plans diff --format ma')).toEqual(['markdown\toutput format']);
    expect(complete('plans --color=n')).toEqual(['--color=never']);
    expect(complete('plans completion f')).toEqual(['fish']);
  });

  it('--ids lists the plan ids of every layer (yours first); nothing (and exit 0) when there is no directory', async () => {
    const ids = (await runCli(['completion', '--ids'])).stdout.split('\n').filter(Boolean);
    expect(ids).toEqual(bundledPlans().map((p) => p.id));
    const dir = mkdtempSync(join(tmpdir(), 'plans-ids-'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'my-plan.yaml'), 'id: my-plan\n');
    expect(
      (await runCli(['--plans-dir', 'mine', '--no-bundled', 'completion', '--ids'], { cwd: dir })).stdout,
    ).toBe('my-plan\n');
    const both = (await runCli(['--plans-dir', 'mine', 'completion', '--ids'], { cwd: dir })).stdout;
    expect(both).toBe(['my-plan', ...ids].map((id) => `${id}\n`).join(''));
    const none = await runCli(['--plans-dir', 'nowhere', 'completion', '--ids'], { cwd: dir });
    expect(none).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('needs a shell it knows: one line and exit 2 otherwise', async () => {
    expect(await runCli(['completion'])).toMatchObject({
      code: 2,
      stderr: 'plans: plans completion needs a shell: bash, zsh or fish\n',
    });
    const tcsh = await runCli(['completion', 'tcsh']);
    expect(tcsh.code).toBe(2);
    expect(tcsh.stderr).toMatch(/^plans: .*'tcsh' is invalid.*Allowed choices are bash, zsh, fish\.\n$/);
  });

  it('every command and option of the program is in the scripts', async () => {
    const help = (await runCli(['--help'])).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    expect(commands).toContain('completion');
    const scripts = await Promise.all(
      ['bash', 'fish'].map(async (s) => (await runCli(['completion', s])).stdout),
    );
    for (const command of commands) {
      const options = (await runCli([command, '--help'])).stdout.match(/--[a-z][a-z-]+/g) ?? [];
      for (const script of scripts) {
        expect(script).toMatch(new RegExp(`\\b${command}\\b`));
        for (const o of options)
          if (o !== '--format' || command !== 'validate') expect(script).toContain(o.slice(2));
      }
    }
  });
});
