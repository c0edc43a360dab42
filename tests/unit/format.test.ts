/**
 * Plan format 2 and the way from format 1: a format-1 file loads (migrated in memory, with a
 * warning naming `plans migrate`), its problems are placed where the file writes them, and
 * `plans migrate` rewrites it losslessly — checked on a copy of every bundled plan as it was in
 * format 1 (tests/fixtures/format-1).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/load/loadPlan.js';
import { migrateRaw } from '../../src/load/migrate.js';
import { migratePlanText } from '../../src/load/migrateText.js';
import { parseLocated } from '../../src/load/yaml.js';
import { fixture, runCli } from '../helpers.js';

const dir = fixture('format-1');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, id: name.replace(/\.yaml$/, ''), text: readFileSync(join(dir, name), 'utf8') }));

const where = (text: string, needle: string) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, col: lines[line]!.indexOf(needle) + 1 };
};

describe('a format-1 file', () => {
  it('loads as format 2 with one warning at its first key, naming plans migrate', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const f of files) {
      const r = loadPlanText(f.text, f.name, { expectedId: f.id });
      expect(r.plan, f.name).toBeDefined();
      expect(r.plan!.format).toBe(2);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['format-1']);
      const d = r.diagnostics[0]!;
      expect(d.severity).toBe('warning');
      expect(d.message).toContain('plans migrate');
      expect([d.line, d.col]).toEqual([where(f.text, 'id: ').line, 1]);
    }
  });

  it('reads army_cap and army_cap_scope as a force limit for Ukraine, frozen_assets_usd_bn as money', () => {
    const us28 = files.find((f) => f.id === 'us-28-point')!;
    const plan = loadPlanText(us28.text, us28.name).plan!;
    expect(plan.clauses.security_package!.force_limits).toEqual([
      { party: 'Ukraine', troops: 600000, applies: 'always' },
    ]);
    expect(plan.clauses.sanctions!.frozen_assets_amount).toEqual({
      text: '100 bn USD',
      bn: 100,
      currency: 'USD',
    });
    expect(plan.clauses.security_package!.disputed!.map((x) => x.field)).toContain('force_limits.troops');
  });

  it('has a problem in a moved field placed where the file writes the field', () => {
    const us28 = files.find((f) => f.id === 'us-28-point')!;
    const broken = us28.text.replace('army_cap: 600000', 'army_cap: -5');
    const r = loadPlanText(broken, us28.name);
    const error = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.code).toBe('too-small');
    const at = where(broken, 'army_cap: -5');
    expect([error.line, error.col]).toEqual([at.line, at.col + 'army_cap: '.length]);
  });
});

describe('format 2', () => {
  const base = (head: string) => `${head}id: x
title: X
proposed_by: [Ukraine]
date: 2025-01-01
status: reported
sources:
  s: { title: S }
clauses:
  security_package:
    summary: A cap.
    sources: [s]
    army_cap: 1
`;

  it('reports a format-1 field in a format-2 file as unknown, naming its successor', () => {
    const r = loadPlanText(base('format: 2\n'), 'x.yaml');
    const d = r.diagnostics.find((x) => x.code === 'unknown-key')!;
    expect([d.line, d.col]).toEqual([13, 5]);
    expect(d.message).toContain('"army_cap" is format 1; format 2 has "force_limits"');
  });

  it('refuses a format it does not know, at the value; reads an explicit format: 1 as format 1', () => {
    const r = loadPlanText(base('format: 3\n'), 'x.yaml');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.line, d.col, d.code])).toEqual([[1, 9, 'plan-format']]);
    const one = loadPlanText(base('format: 1\n'), 'x.yaml');
    expect(one.plan!.clauses.security_package!.force_limits).toEqual([{ party: 'Ukraine', troops: 1 }]);
    expect(one.diagnostics.map((d) => d.code)).toEqual(['format-1']);
  });
});

describe('migratePlanText', () => {
  it('rewrites every bundled plan as it was in format 1 losslessly: the same plan, no warning', () => {
    for (const f of files) {
      const m = migratePlanText(f.text);
      expect(m.ok, f.name).toBe(true);
      if (!m.ok) continue;
      expect(m.changed).toBe(true);
      const before = loadPlanText(f.text, f.name, { expectedId: f.id });
      const after = loadPlanText(m.text, f.name, { expectedId: f.id });
      expect(after.diagnostics, f.name).toEqual([]);
      expect(after.plan).toEqual(before.plan);
      // …and the same data as the in-memory migration of the raw document.
      const raw = parseLocated(f.text).doc!.toJS();
      expect(parseLocated(m.text).doc!.toJS()).toEqual(migrateRaw(raw));
      // Every line the migration does not rewrite is kept, in order: comments, modeline, layout.
      const moved =
        /^\s*(army_cap|army_cap_scope|frozen_assets_usd_bn):|field: (army_cap|army_cap_scope|frozen_assets_usd_bn)\s*$/;
      const kept = f.text.split('\n').filter((l) => !moved.test(l));
      const out = m.text.split('\n');
      let i = 0;
      for (const line of out) if (i < kept.length && line === kept[i]) i++;
      expect(i, `${f.name}: line ${i + 1} of the original is lost`).toBe(kept.length);
      expect(out[0]).toBe(f.text.split('\n')[0]);
    }
  });

  it('leaves a format-2 file alone, keeps CRLF line ends, and refuses a layout it cannot edit safely', () => {
    const f = files.find((x) => x.id === 'us-28-point')!;
    const once = migratePlanText(f.text);
    if (!once.ok) throw new Error(once.reason);
    expect(migratePlanText(once.text)).toEqual({ ok: true, text: once.text, changed: false });
    const crlf = migratePlanText(f.text.replace(/\n/g, '\r\n'));
    expect(crlf.ok && crlf.text).toBe(once.text.replace(/\n/g, '\r\n'));
    const flowMap =
      'id: x\ntitle: X\nproposed_by: [Ukraine]\ndate: 2025-01-01\nstatus: reported\nsources: { s: { title: S } }\nclauses: { security_package: { summary: S., sources: [s], army_cap: 5 } }\n';
    const refused = migratePlanText(flowMap);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain('army_cap');
  });
});

describe('plans migrate', () => {
  it('rewrites files atomically, says which were already format 2, and --check exits 1 while one is left', async () => {
    const work = mkdtempSync(join(tmpdir(), 'plans-migrate-'));
    cpSync(dir, work, { recursive: true });
    const check = await runCli(['migrate', work, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${files.length} checked, ${files.length} to migrate`);
    const first = await runCli(['migrate', join(work, 'kyiv.yaml')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`migrated ${join(work, 'kyiv.yaml')}\n`);
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
    const all = await runCli(['migrate', work]);
    expect(all.stdout).toContain(`${join(work, 'kyiv.yaml')} is already format 2`);
    expect(all.stdout.match(/^migrated /gm)).toHaveLength(files.length - 1);
    const again = await runCli(['migrate', work, '--check']);
    expect(again.code).toBe(0);
    const valid = await runCli(['validate', work, '--strict']);
    expect(valid.stdout).toBe(`${files.length} files checked, 0 invalid, 0 errors\n`);
  });

  it('changes nothing when one file cannot be migrated, and says why (exit 2)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'plans-migrate-'));
    const good = files.find((f) => f.id === 'kyiv')!;
    writeFileSync(join(work, 'kyiv.yaml'), good.text);
    writeFileSync(
      join(work, 'x.yaml'),
      'id: x\ntitle: X\nproposed_by: [Ukraine]\ndate: 2025-01-01\nstatus: reported\nsources: { s: { title: S } }\nclauses: { security_package: { summary: S., sources: [s], army_cap: 5 } }\n',
    );
    const r = await runCli(['migrate', work]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot migrate ${join(work, 'x.yaml')}:`);
    expect(readFileSync(join(work, 'kyiv.yaml'), 'utf8')).toBe(good.text);
  });

  it('never rewrites other YAML: skipped in a directory, refused when named, bytes unchanged', async () => {
    const work = mkdtempSync(join(tmpdir(), 'plans-migrate-'));
    const good = files.find((f) => f.id === 'kyiv')!;
    writeFileSync(join(work, 'kyiv.yaml'), good.text);
    const others = {
      'docker-compose.yml':
        'x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    image: nginx  # keep\n',
      'ci.yaml': 'on: push\njobs: {}\n',
      'half.yaml': 'id: x\ntitle: only an id\n',
      'k8s.yaml': 'kind: A\n---\nkind: B\n',
      'playbook.yml': '- hosts: all\n  tasks: []\n',
      'empty.yaml': '',
    };
    for (const [name, text] of Object.entries(others)) writeFileSync(join(work, name), text);
    const r = await runCli(['migrate', work]);
    expect(r.code, r.stderr).toBe(0);
    for (const name of Object.keys(others)) {
      expect(r.stdout).toContain(`skipped ${join(work, name)}: not a plan file`);
      expect(readFileSync(join(work, name), 'utf8')).toBe(others[name as keyof typeof others]);
    }
    expect(r.stdout).toContain(`migrated ${join(work, 'kyiv.yaml')}`);
    // A plan that is broken is reported, not skipped.
    writeFileSync(join(work, 'broken.yaml'), 'id: broken\nclauses: [\n');
    const broken = await runCli(['migrate', work]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      `cannot migrate ${join(work, 'broken.yaml')}: the file is not well-formed YAML`,
    );
    const named = await runCli(['migrate', join(work, 'docker-compose.yml')]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('not a plan file (no top-level id and clauses)');
  });
});
