/**
 * Golden files: each records a command, its exit code, stdout and stderr, run in-process on
 * the bundled plans with a fixed terminal width and no colour. `npm run generate` rewrites
 * them after an intended change; review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const cases: Record<string, string[]> = {
  'diff-text': ['diff', 'us-miami', 'kremlin'],
  'diff-text-all': ['diff', 'us-28-point', 'e3-counterproposal', '--all'],
  'diff-table': ['diff', 'us-28-point', 'e3-counterproposal', '--format', 'table'],
  'diff-markdown': ['diff', 'us-miami', 'kremlin', '--format', 'markdown'],
  'diff-json': ['diff', 'us-28-point', 'e3-counterproposal', '--format', 'json'],
  'diff-clause': ['diff', 'minsk-2', 'kremlin', '--clause', 'ceasefire,recognition'],
  'diff-exit-code': ['diff', 'us-miami', 'us-geneva', '--exit-code', '--clause', 'sanctions'],
  'compare-table': ['compare', 'us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'],
  'compare-all-table': ['compare', '--all', '--clause', 'recognition', 'neutrality'],
  'compare-markdown': [
    'compare',
    'us-miami',
    'kremlin',
    'kyiv',
    'e3-counterproposal',
    '--format',
    'markdown',
  ],
  'compare-json': ['compare', 'us-28-point', 'e3-counterproposal', 'us-geneva', '--format', 'json'],
  'compare-differences': ['compare', 'kyiv', 'kremlin', '--differences', '--clause', 'recognition'],
  'history-text': ['history', 'us-miami'],
  'history-markdown': ['history', 'us-miami', '--format', 'markdown'],
  'history-json': ['history', 'e3-counterproposal', '--format', 'json'],
  'list-table': ['list'],
  'list-markdown': ['list', '--format', 'markdown'],
  'list-json': ['list', '--format', 'json'],
  'show-text': ['show', 'us-28-point'],
  'show-markdown': ['show', 'kyiv', '--format', 'markdown'],
  'show-json': ['show', 'istanbul-2022', '--format', 'json'],
  'validate-text': ['validate', 'plans'],
  'validate-json': ['validate', 'plans', '--format', 'json'],
  'validate-github': ['validate', 'plans', '--format', 'github'],
  'unknown-plan': ['diff', 'us-miami', 'kremln'],
};

function record(argv: readonly string[], r: { code: number; stdout: string; stderr: string }): string {
  return `$ plans ${argv.join(' ')}\n[exit ${r.code}]\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe('golden output on the bundled plans', () => {
  for (const [name, argv] of Object.entries(cases)) {
    it(name, async () => {
      const r = await runCli(argv, { env: { COLUMNS: '100' } });
      const text = record(argv, r);
      const file = new URL(`./golden/${name}.txt`, import.meta.url);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
      // A missing golden fails: it is created only by an explicit UPDATE_GOLDEN run.
      expect(existsSync(file), `${name}: no golden file; run npm run generate`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }
});
