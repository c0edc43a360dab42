import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/load/diagnostic.js';
import { loadPlanBytes, loadPlanText } from '../../src/load/loadPlan.js';

/** A small valid plan; tests edit one line of it and assert where the problem is reported. */
const base = `# yaml-language-server: $schema=../schemas/plan.schema.json
id: test-plan
title: A test plan
proposed_by: [Ukraine]
date: 2025-12-01
status: reported
sources:
  src-a:
    title: Source A
    published: 2025-12-01
clauses:
  ceasefire:
    summary: Fighting stops within 30 days.
    sources: [src-a]
    start: within
    within: 30 days
  recognition:
    summary: Zaporizhzhia is frozen at the line.
    sources: [src-a]
    territories:
      zaporizhzhia: { status: frozen-at-line }
format: 2
`;

function load(text: string, expectedId = 'test-plan') {
  return loadPlanText(text, 'plans/test-plan.yaml', { expectedId });
}

/** [line, col, code] of each problem, for compact assertions. */
function where(ds: readonly Diagnostic[]): [number, number, string][] {
  return ds.map((d) => [d.line, d.col, d.code]);
}

describe('loadPlanText', () => {
  it('accepts a valid plan and normalises durations', () => {
    const r = load(base);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan?.clauses.ceasefire?.within).toEqual({ text: '30 days', days: 30 });
    expect(r.plan?.date).toBe('2025-12-01');
  });

  it('reports a bad enum value at the value, with the nearest word', () => {
    const r = load(base.replace('status: frozen-at-line', 'status: frozen-at-lines'));
    expect(r.plan).toBeUndefined();
    expect(where(r.diagnostics)).toEqual([[21, 31, 'enum']]);
    expect(r.diagnostics[0]!.message).toBe(
      'unknown territorial status "frozen-at-lines" — did you mean "frozen-at-line"?',
    );
    expect(r.diagnostics[0]!.endCol).toBe(31 + 'frozen-at-lines'.length);
  });

  it('reports an unknown key at the key, with a suggestion from the schema', () => {
    const r = load(base.replace('zaporizhzhia:', 'zaporizhzia:'));
    expect(where(r.diagnostics)).toEqual([[21, 7, 'unknown-key']]);
    expect(r.diagnostics[0]!.message).toContain('did you mean "zaporizhzhia"?');
  });

  it('reports a missing field at the key of the mapping that lacks it', () => {
    const r = load(base.replace('    summary: Fighting stops within 30 days.\n', ''));
    expect(where(r.diagnostics)).toEqual([[12, 3, 'required']]);
    expect(r.diagnostics[0]!.message).toBe('missing required field "summary" in clauses.ceasefire');
  });

  it('reports a missing top-level field at line 1', () => {
    const r = load(base.replace('title: A test plan\n', ''));
    expect(where(r.diagnostics)).toEqual([[1, 1, 'required']]);
  });

  it.each([
    ['id', 'id: test-plan\n', '', 1, 1, 'the plan'],
    ['title', 'title: A test plan\n', '', 1, 1, 'the plan'],
    ['proposed_by', 'proposed_by: [Ukraine]\n', '', 1, 1, 'the plan'],
    ['date', 'date: 2025-12-01\n', '', 1, 1, 'the plan'],
    ['status', 'status: reported\n', '', 1, 1, 'the plan'],
    ['start', '    start: within\n', '', 12, 3, 'clauses.ceasefire'],
    ['status', '{ status: frozen-at-line }', '{}', 21, 7, 'clauses.recognition.territories.zaporizhzhia'],
  ])(
    'a missing %s (text, enum or any kind) is "required", at the mapping that lacks it',
    (field, from, to, line, col, owner) => {
      const r = load(base.replace(from, to));
      const required = r.diagnostics.filter((d) => d.code === 'required');
      expect(where(required)).toEqual([[line, col, 'required']]);
      expect(required[0]!.message).toBe(`missing required field "${field}" in ${owner}`);
    },
  );

  it('refuses a __proto__ source key (zod records skip it) at the key, as any bad key', () => {
    const r = load(base.replace('sources:\n  src-a:', 'sources:\n  __proto__:\n    title: P\n  src-a:'));
    const bad = r.diagnostics.filter((d) => d.code === 'format');
    expect(where(bad)).toEqual([[8, 3, 'format']]);
    expect(bad[0]!.message).toBe(
      'key "__proto__" in sources must be lowercase letters, digits and single hyphens',
    );
  });

  it('reports a field required by another field at that other field', () => {
    const r = load(base.replace('    within: 30 days\n', ''));
    expect(where(r.diagnostics)).toEqual([[15, 12, 'requires-field']]);
    expect(r.diagnostics[0]!.message).toContain('"within"');
  });

  it('reports a wrong type at the value', () => {
    const r = load(base.replace('title: A test plan', 'title: 1e3'));
    expect(where(r.diagnostics)).toEqual([[3, 8, 'type']]);
    expect(r.diagnostics[0]!.message).toBe(
      'title: expected text, got number 1000 (quote it to make it text)',
    );
  });

  it('explains YAML 1.1 booleans', () => {
    const r = load(
      base
        .replace('    start: within', '    start: within\n    scope: full')
        .replace('status: reported', 'status: reported\nnote: x')
        .replace(
          '  recognition:',
          '  neutrality:\n    summary: s\n    sources: [src-a]\n    non_nuclear: no\n  recognition:',
        ),
    );
    const d = r.diagnostics.filter((x) => x.code === 'type');
    expect(where(d)).toEqual([[22, 18, 'type']]);
    expect(d[0]!.message).toBe(
      'clauses.neutrality.non_nuclear: expected true or false, got the string "no" (YAML 1.2 reads it as text; write true or false)',
    );
  });

  it('reports a bad duration and a non-existent date at the value', () => {
    const r = load(
      base.replace('within: 30 days', 'within: 3 fortnights').replace('date: 2025-12-01', 'date: 2025-02-30'),
    );
    expect(where(r.diagnostics)).toEqual([
      [5, 7, 'format'],
      [16, 13, 'type'],
    ]);
  });

  it('reports a duplicate key at its second occurrence, and keeps checking', () => {
    const r = load(
      base
        .replace('title: A test plan', 'title: A test plan\ntitle: Again')
        .replace('status: frozen-at-line', 'status: frozen'),
    );
    expect(where(r.diagnostics)).toEqual([
      [4, 1, 'duplicate-key'],
      [22, 31, 'enum'],
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const r = load(base.replace('proposed_by: [Ukraine]', 'proposed_by: [Ukraine'));
    expect(r.plan).toBeUndefined();
    // At the `[` that is never closed, and only there.
    expect(where(r.diagnostics)).toEqual([[4, 14, 'yaml-syntax']]);
    expect(r.diagnostics[0]!.message).toMatch(/^flow sequence .* end with a \]; it was opened here/);
  });

  it('reports an undeclared source key at the reference, with a suggestion', () => {
    const r = load(base.replace('    sources: [src-a]\n    start', '    sources: [src-b]\n    start'));
    expect(where(r.diagnostics)).toEqual([[14, 15, 'undeclared-source']]);
    expect(r.diagnostics[0]!.message).toContain('did you mean "src-a"?');
  });

  it('warns about a declared source that no clause cites, at its key', () => {
    const r = load(base.replace('sources:\n  src-a:', 'sources:\n  spare:\n    title: Spare\n  src-a:'));
    expect(where(r.diagnostics)).toEqual([[8, 3, 'unused-source']]);
    expect(r.diagnostics[0]!.severity).toBe('warning');
    expect(r.plan).toBeDefined();
  });

  it('reports an id that differs from the file name at the id', () => {
    const r = load(base, 'other-name');
    expect(where(r.diagnostics)).toEqual([[2, 5, 'id-mismatch']]);
  });

  it('accepts a BOM and CRLF line ends with positions unchanged', () => {
    const crlf = `\uFEFF${base.replace('status: frozen-at-line', 'status: frozen-at-lines').replace(/\n/g, '\r\n')}`;
    const r = loadPlanBytes(new TextEncoder().encode(crlf), 'x.yaml', { expectedId: 'test-plan' });
    expect(where(r.diagnostics)).toEqual([[21, 31, 'enum']]);
    const ok = loadPlanBytes(new TextEncoder().encode(`\uFEFF${base.replace(/\n/g, '\r\n')}`), 'x.yaml', {
      expectedId: 'test-plan',
    });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.plan?.title).toBe('A test plan');
  });

  it('rejects anchors and aliases where they are', () => {
    const r = load(
      base
        .replace('title: A test plan', 'title: &t A test plan')
        .replace('  src-a:\n    title: Source A', '  src-a:\n    title: *t'),
    );
    expect(where(r.diagnostics)).toEqual([
      [3, 8, 'alias'],
      [9, 12, 'alias'],
    ]);
  });

  it('never throws and reports an empty file as not a plan', () => {
    expect(where(load('').diagnostics)).toEqual([[1, 1, 'not-a-mapping']]);
    expect(where(load('# only a comment\n').diagnostics)).toEqual([[1, 1, 'not-a-mapping']]);
    expect(where(load('- a\n- b\n').diagnostics)).toEqual([[1, 1, 'not-a-mapping']]);
  });
});
