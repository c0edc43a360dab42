/**
 * The JSON outputs are interfaces other people's scripts rely on (docs/json.md): this pins
 * their keys, in order, and the vocabularies of their enumerated fields.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

async function json(argv: string[]): Promise<Record<string, unknown>> {
  const r = await runCli([...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const keys = (o: unknown) => Object.keys(o as object);

describe('JSON output shapes', () => {
  it('diff', async () => {
    const d = await json(['diff', 'us-28-point', 'e3-counterproposal']);
    expect(keys(d)).toEqual(['version', 'left', 'right', 'clauses', 'summary']);
    expect(d.version).toBe(2);
    expect(keys(d.left)).toEqual(['id', 'title', 'proposed_by', 'date', 'status']);
    expect(keys(d.right)).toEqual(['id', 'title', 'proposed_by', 'date', 'status', 'revises']);
    expect(keys(d.summary)).toEqual([
      'families',
      'differing',
      'changed',
      'reworded',
      'same',
      'onlyLeft',
      'onlyRight',
    ]);
    const clauses = d.clauses as Record<string, unknown>[];
    const both = clauses.find((c) => c.left && c.right)!;
    expect(keys(both)).toEqual(['clause', 'status', 'changes', 'left', 'right']);
    expect(keys(both.left)).toEqual(['summary', 'sources']);
    const source = (both.left as { sources: object[] }).sources[0];
    expect(keys(source)).toEqual(
      ['key', 'title', 'publisher', 'published', 'url', 'flags'].filter((k) => k in (source as object)),
    );
    expect(keys(source).slice(0, 2)).toEqual(['key', 'title']);
    for (const c of clauses) {
      expect(keys(c).slice(0, 3)).toEqual(['clause', 'status', 'changes']);
      expect(['same', 'changed', 'reworded', 'only-left', 'only-right']).toContain(c.status);
      for (const ch of c.changes as Record<string, unknown>[]) {
        expect(keys(ch).slice(0, 3)).toEqual(['path', 'kind', 'type']);
        expect(['added', 'removed', 'changed']).toContain(ch.kind);
        expect([
          'enum',
          'number',
          'duration',
          'money',
          'boolean',
          'date',
          'name',
          'text',
          'entry',
          'order',
        ]).toContain(ch.type);
        expect((ch.path as string[])[0]).toBe(c.clause);
        if (ch.kind === 'added') expect(ch).not.toHaveProperty('left');
        if (ch.kind === 'removed') expect(ch).not.toHaveProperty('right');
      }
    }
    const army = clauses
      .flatMap((c) => c.changes as Record<string, unknown>[])
      .find((ch) => (ch.path as string[]).join('.') === 'security_package.force_limits.Ukraine.troops');
    expect(keys(army)).toEqual(['path', 'kind', 'type', 'left', 'right', 'delta', 'trend']);
    expect(army).toEqual({
      path: ['security_package', 'force_limits', 'Ukraine', 'troops'],
      kind: 'changed',
      type: 'number',
      left: 600000,
      right: 800000,
      delta: 200000,
      trend: 'higher',
    });
  });

  it('compare', async () => {
    const c = await json(['compare', 'kremlin', 'kyiv', 'us-miami']);
    expect(keys(c)).toEqual(['version', 'plans', 'rows', 'families', 'summary', 'sources']);
    expect(c.version).toBe(2);
    expect(keys(c.summary)).toEqual(['commonGround', 'contested', 'silent']);
    // kremlin reaffirms putin-june-2024; us-miami revises us-geneva.
    expect(keys((c.plans as object[])[0])).toEqual([
      'id',
      'title',
      'proposed_by',
      'date',
      'status',
      'reaffirms',
    ]);
    expect((c.plans as { reaffirms?: string[] }[])[0]!.reaffirms).toEqual(['putin-june-2024']);
    expect(keys((c.plans as object[])[2])).toEqual([
      'id',
      'title',
      'proposed_by',
      'date',
      'status',
      'revises',
    ]);
    const cells = (c.rows as { cells: (object | null)[] }[])
      .flatMap((r) => r.cells)
      .filter((x) => x !== null);
    expect(keys(cells[0])).toEqual(['text', 'key']);
    // kremlin keeps putin-june-2024's terms: its inherited cells say so.
    expect(cells.some((x) => keys(x).join() === 'text,key,from')).toBe(true);
    expect(keys((c.sources as Record<string, object[]>).kyiv![0]).slice(0, 2)).toEqual(['key', 'title']);
    for (const row of c.rows as Record<string, unknown>[]) {
      expect(keys(row)).toEqual(['family', 'field', 'cells', 'verdict']);
      expect(row.cells).toHaveLength(3);
      expect(['agree', 'differ', 'single']).toContain(row.verdict);
    }
    expect(keys((c.families as object[])[0])).toEqual([
      'family',
      'addressedBy',
      'rows',
      'agree',
      'differ',
      'single',
    ]);
  });

  it('validate, history, list, show', async () => {
    const v = await json(['validate', 'tests/fixtures/e2e/new-plan.yaml']);
    expect(keys(v)).toEqual(['version', 'files', 'problems', 'summary']);
    expect(keys((v.problems as object[])[0])).toEqual([
      'file',
      'line',
      'col',
      'endLine',
      'endCol',
      'severity',
      'code',
      'message',
      'path',
    ]);
    expect(keys(v.summary)).toEqual(['files', 'valid', 'invalid', 'errors', 'warnings']);
    expect(keys((v.files as object[])[0])).toEqual(['file', 'valid', 'errors', 'warnings']);
    const vp = await json(['validate', 'plans']);
    expect(keys((vp.files as object[])[0])).toEqual(['file', 'id', 'valid', 'errors', 'warnings']);
    const h = await json(['history', 'us-miami']);
    expect(keys(h)).toEqual(['version', 'chain', 'steps', 'branches']);
    expect(h.chain).toEqual(['us-28-point', 'us-geneva', 'us-miami']);
    expect(keys((h.steps as object[])[0])).toEqual([
      'plan',
      'changed',
      'added',
      'dropped',
      'reworded',
      'typedChanges',
    ]);
    expect(keys((h.branches as object[])[0])).toEqual(['id', 'revises']);
    const l = await json(['list']);
    expect(keys(l)).toEqual(['version', 'plans']);
    expect(keys((l.plans as object[])[0])).toEqual([
      'id',
      'title',
      'proposed_by',
      'date',
      'status',
      'families',
      'file',
    ]);
    const s = await json(['show', 'us-miami']);
    expect(keys(s)).toEqual(['version', 'plan', 'inherited']);
    expect(s.version).toBe(2);
    expect((s.plan as { clauses: { ceasefire: { within: unknown } } }).clauses.ceasefire.within).toEqual({
      text: '30 days',
      days: 30,
    });
  });
});
