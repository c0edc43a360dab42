/**
 * Every summary word of a comparison means one thing (comparePlans.ts `verdictWords`): agree
 * only when plans say the same thing, qualifiers included; common ground only where every
 * shared field agrees; contested ranked by how many fields differ; silent not counting what a
 * plan keeps by reaffirming; and the words are defined where users read them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans, verdictWords } from '../../src/compare/comparePlans.js';
import { loadPlanText } from '../../src/load/loadPlan.js';
import type { Plan } from '../../src/schema/plan.js';
import { repoRoot, runCli } from '../helpers.js';

function plan(id: string, clauses: string): Plan {
  const r = loadPlanText(
    `format: 2\nid: ${id}\ntitle: ${id}\nproposed_by: [Ukraine]\ndate: 2025-01-01\nstatus: reported\nsources:\n  s: { title: S }\nclauses:\n${clauses}`,
    `${id}.yaml`,
  );
  if (!r.plan) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.plan;
}

const clause = (family: string, body: string) =>
  `  ${family}:\n    summary: S.\n    sources: [s]\n${body
    .split('\n')
    .filter(Boolean)
    .map((l) => `    ${l}`)
    .join('\n')}\n`;

const conditional = (pre: string) =>
  clause('ceasefire', `start: conditional\ncondition: C.\npreconditions: [${pre}]`);

describe('verdicts', () => {
  it('agree only when the qualifiers agree too: a conditional start on opposite conditions differs', () => {
    const a = plan('a', conditional('ukrainian-withdrawal'));
    const b = plan('b', conditional('agreement-accepted'));
    const row = comparePlans([a, b]).rows.find((r) => r.field === 'start')!;
    expect(row.verdict).toBe('differ');
    expect(row.cells.map((c) => c?.text)).toEqual([
      'conditional (ukrainian-withdrawal)',
      'conditional (agreement-accepted)',
    ]);
    expect(
      comparePlans([a, plan('c', conditional('ukrainian-withdrawal'))]).rows.find((r) => r.field === 'start')!
        .verdict,
    ).toBe('agree');
    // A cap with its scope: 800,000 in peacetime is not 800,000 at all times.
    const cap = (applies: string) =>
      clause('security_package', `force_limits: [{party: Ukraine, troops: 800000, applies: ${applies}}]`);
    const caps = comparePlans([plan('p', cap('peacetime')), plan('q', cap('always'))]);
    expect(caps.rows.map((r) => [r.field, r.verdict])).toEqual([['force_limits[Ukraine].troops', 'differ']]);
  });

  it('common ground: a family whose shared fields all agree — none when one shared field differs', () => {
    const a = plan('a', clause('neutrality', 'nato: barred\neu: open') + conditional('ukrainian-withdrawal'));
    const b = plan(
      'b',
      clause('neutrality', 'nato: barred\nnon_nuclear: true') + conditional('agreement-accepted'),
    );
    const r = comparePlans([a, b]);
    expect(r.summary.commonGround).toEqual(['neutrality']);
    const c = plan('c', clause('neutrality', 'nato: barred\neu: barred'));
    expect(comparePlans([a, c]).summary.commonGround).toEqual([]);
  });

  it('most contested: ranked by the number of differing fields, not their share', () => {
    // recognition: 3 of 4 shared fields differ; neutrality: 1 of 1.
    const a = plan(
      'a',
      clause(
        'recognition',
        'territories:\n  crimea: {status: ukrainian}\n  donetsk: {status: ukrainian}\n  luhansk: {status: ukrainian}\n  kherson: {status: ukrainian}',
      ) + clause('neutrality', 'nato: open'),
    );
    const b = plan(
      'b',
      clause(
        'recognition',
        'territories:\n  crimea: {status: russian-de-jure}\n  donetsk: {status: russian-de-jure}\n  luhansk: {status: russian-de-jure}\n  kherson: {status: ukrainian}',
      ) + clause('neutrality', 'nato: barred'),
    );
    expect(comparePlans([a, b]).summary.contested).toEqual(['recognition', 'neutrality']);
  });

  it('every word is defined alike in compare --help, the Markdown legend, the README and docs/json.md', async () => {
    const help = (await runCli(['compare', '--help'])).stdout;
    const markdown = (await runCli(['compare', 'kyiv', 'kremlin', '--format', 'markdown'])).stdout;
    const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
    const jsonDoc = readFileSync(`${repoRoot}/docs/json.md`, 'utf8');
    for (const [word, meaning] of Object.entries(verdictWords)) {
      expect(help, word).toContain(`${word} — ${meaning}`);
      expect(markdown, word).toContain(`${word} — ${meaning}`);
      expect(readme, word).toContain(`**${word}** — ${meaning}`);
      expect(jsonDoc, word).toContain(` | ${meaning} |`);
    }
    // The legend is one line of the Markdown.
    expect(markdown.split('\n').filter((l) => l.startsWith('*Verdicts: '))).toHaveLength(1);
  });
});

describe('plans compare kremlin kyiv', () => {
  it('does not name the ceasefire as common ground, nor call the Kremlin silent on neutrality', async () => {
    const r = JSON.parse((await runCli(['compare', 'kremlin', 'kyiv', '--format', 'json'])).stdout);
    expect(r.summary.commonGround).not.toContain('ceasefire');
    expect(r.summary.silent).not.toContainEqual(
      expect.objectContaining({ family: 'neutrality', plans: ['kremlin'] }),
    );
    const nato = r.rows.find((row: { field: string }) => row.field === 'nato');
    expect(nato?.cells[0]).toMatchObject({ from: 'putin-june-2024' });
  });
});
