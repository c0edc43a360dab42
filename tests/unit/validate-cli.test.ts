/** `plans validate` formats, escapes, --strict, and the JSON Schema's descriptions; `plans new`. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldOpenFamily } from '../../src/render/scaffold.js';
import { escapeData, escapeProperty } from '../../src/render/validateGithub.js';
import { families } from '../../src/schema/families.js';
import { planJsonSchema } from '../../src/schema/jsonSchema.js';
import { placeholderSummaries, placeholders } from '../../src/schema/placeholders.js';
import { bundledFiles, runCli } from '../helpers.js';

const three = 'tests/fixtures/validate/three-mistakes.yaml';
const warning = 'tests/fixtures/validate/warning-only.yaml';

describe('plans validate', () => {
  it('gives one ::error line per mistake, at its line and column, under --format github', async () => {
    const r = await runCli(['validate', three, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      `::error file=${three},line=5,col=7,endLine=5,endColumn=17,title=format::date: "2025-02-30" is not a real calendar date (YYYY-MM-DD)`,
      `::error file=${three},line=14,col=11,endLine=14,endColumn=25,title=enum::unknown NATO stance "barred-forever" — did you mean "barred"?`,
      `::error file=${three},line=15,col=5,endLine=15,endColumn=20,title=unknown-key::unknown key "nato_membership" in clauses.neutrality — did you mean "nato"?`,
    ]);
    expect(lines.at(-1)).toBe('1 file checked, 1 invalid, 3 errors');
  });

  it('prints the same problems as text and as JSON', async () => {
    const text = await runCli(['validate', three]);
    expect(
      text.stdout
        .split('\n')
        .slice(0, 3)
        .map((l) => l.replace(/: (error|warning): .*/, '')),
    ).toEqual([`${three}:5:7`, `${three}:14:11`, `${three}:15:5`]);
    const json = JSON.parse((await runCli(['validate', three, '--format', 'json'])).stdout);
    expect(
      json.problems.map((p: { line: number; col: number; code: string }) => [p.line, p.col, p.code]),
    ).toEqual([
      [5, 7, 'format'],
      [14, 11, 'enum'],
      [15, 5, 'unknown-key'],
    ]);
    expect(json.summary).toEqual({ files: 1, valid: 0, invalid: 1, errors: 3, warnings: 0 });
  });

  it('escapes workflow-command data and properties as GitHub specifies', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('picks github annotations under GITHUB_ACTIONS=true unless a format is given', async () => {
    const auto = await runCli(['validate', three], { env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout).toMatch(/^::error file=/);
    const text = await runCli(['validate', three, '--format', 'text'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(text.stdout).toMatch(/^tests\/fixtures\/validate\/three-mistakes\.yaml:5:7: error:/);
  });

  it('lets warnings pass (exit 0) unless --strict (exit 1)', async () => {
    const lax = await runCli(['validate', warning]);
    expect(lax.code).toBe(0);
    expect(lax.stdout).toContain(
      `${warning}:10:3: warning: source "spare" is declared but no clause cites it [unused-source]`,
    );
    const strict = await runCli(['validate', warning, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(lax.stdout);
    expect(strict.stderr).toBe('plans: 1 warning, and --strict makes warnings fail\n');
    const gh = await runCli(['validate', warning, '--format', 'github']);
    expect(gh.stdout.split('\n')[0]).toMatch(/^::warning file=.*,line=10,col=3,.*title=unused-source::/);
  });

  it('a file named alone may revise a plan beside it or a bundled one; with --no-bundled, not the latter', async () => {
    const alone = await runCli(['validate', 'plans/us-miami.yaml']);
    expect(alone.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    expect(alone.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'plans-siblings-'));
    writeFileSync(join(dir, 'us-miami.yaml'), readFileSync('plans/us-miami.yaml'));
    const bundled = await runCli(['validate', join(dir, 'us-miami.yaml')]);
    expect(bundled.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    const orphan = await runCli(['--no-bundled', 'validate', join(dir, 'us-miami.yaml')]);
    expect(orphan.stdout).toBe(
      `${join(dir, 'us-miami.yaml')}:14:10: error: revises "us-geneva", which is not a known plan [unknown-revises]\n1 file checked, 1 invalid, 1 error\n`,
    );
    expect(orphan.code).toBe(1);
  });

  it('exits 2 for a missing path, and 0 for the bundled plans under --strict', async () => {
    const missing = await runCli(['validate', 'no/such/file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('plans: no/such/file.yaml: no such file or directory\n');
    const bundled = await runCli(['validate', 'plans', '--strict']);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(`${bundledFiles().length} files checked, 0 invalid, 0 errors\n`);
  });
});

describe('the JSON Schema', () => {
  it('has a description on every field (directly or through its $ref) and on every definition', () => {
    const schema = planJsonSchema() as Record<string, unknown> & {
      $defs: Record<string, { description?: string }>;
    };
    const missing: string[] = [];
    const walk = (node: Record<string, unknown> | undefined, path: string) => {
      if (!node) return;
      for (const [k, v] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        const ref = typeof v.$ref === 'string' ? schema.$defs[v.$ref.replace('#/$defs/', '')] : undefined;
        if (!v.description && !ref?.description) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      walk(node.items as Record<string, unknown> | undefined, `${path}[]`);
      if (typeof node.additionalProperties === 'object')
        walk(node.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    walk(schema, '$');
    for (const [name, def] of Object.entries(schema.$defs)) {
      if (!def.description) missing.push(`$defs.${name}`);
      walk(def as Record<string, unknown>, `$defs.${name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('plans new', () => {
  it('scaffolds a file that validates as it is and once its clauses are uncommented, and never overwrites', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plans-new-'));
    const r = await runCli(['new', 'draft-plan'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^created plans\/draft-plan\.yaml\n/);
    const file = join(cwd, 'plans', 'draft-plan.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=plan.schema.json');
    for (const family of families) {
      expect(text).toContain(family === scaffoldOpenFamily ? `\n  ${family}:` : `  # ${family}:`);
    }
    // As scaffolded, one family is written out: already a plan that list, diff and compare
    // read, with a warning for each example left in place.
    const fresh = await runCli(['validate', 'plans/draft-plan.yaml'], { cwd });
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^1 file checked, 0 invalid, 0 errors, 3 warnings$/m);
    expect(fresh.stdout).toContain(`the ${scaffoldOpenFamily} summary is still the example`);
    expect((await runCli(['diff', 'draft-plan', 'kyiv', '--stat'], { cwd })).code).toBe(0);
    // Every example uncommented: valid, but each example left in place is a warning, so
    // --strict fails until the title, the source and every summary are the user's own.
    const uncommented = text.replace(/^ {2}# /gm, '  ');
    writeFileSync(file, uncommented);
    const examples = await runCli(['validate', 'plans/draft-plan.yaml', '--strict'], { cwd });
    expect(examples.code).toBe(1);
    const warned = examples.stdout.split('\n').filter((l) => l.endsWith('[placeholder]'));
    expect(warned).toHaveLength(2 + Object.keys(placeholderSummaries).length);
    const titleLine = text.split('\n').findIndex((l) => l.startsWith('title: ')) + 1;
    expect(warned[0]).toMatch(
      new RegExp(
        `^plans/draft-plan\\.yaml:${titleLine}:8: warning: the title is still the example from plans new`,
      ),
    );
    const own = Object.values(placeholderSummaries).reduce(
      (t, summary) => t.replace(summary, `${summary} (as the draft words it)`),
      uncommented
        .replace(placeholders.title, 'A draft of our own')
        .replaceAll(placeholders.sourceKey, 'our-source')
        .replace(placeholders.url, 'https://www.example.net/our-source')
        .replace(placeholders.sourceTitle, 'Our source'),
    );
    writeFileSync(file, own);
    const filled = await runCli(['validate', 'plans/draft-plan.yaml', '--strict'], { cwd });
    expect(filled.stdout).toBe('1 file checked, 0 invalid, 0 errors\n');
    expect(filled.code).toBe(0);
    // The schema the modeline names is beside the plan.
    expect(JSON.parse(readFileSync(join(cwd, 'plans', 'plan.schema.json'), 'utf8')).$id).toMatch(
      /plan\.schema\.json$/,
    );
    // Never overwritten.
    writeFileSync(file, 'mine');
    const again = await runCli(['new', 'draft-plan'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('plans: plans/draft-plan.yaml already exists; not overwritten\n');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const bad = await runCli(['new', 'Bad_Id'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'plans: "Bad_Id" is not a valid plan id: use lowercase letters, digits and single hyphens\n',
    );
    expect(existsSync(join(cwd, 'plans', 'Bad_Id.yaml'))).toBe(false);
  });
});
