import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/** The README's generated sections: each must be current (`--check` exits 0). */
const sections: Record<string, string[]> = {
  plans: ['list', '--format', 'markdown'],
  comparison: [
    'compare',
    'us-miami',
    'kremlin',
    'kyiv',
    'e3-counterproposal',
    '--clause',
    'ceasefire',
    'recognition',
    'neutrality',
    'security_package',
    '--format',
    'markdown',
  ],
};

describe('README.md', () => {
  for (const [section, argv] of Object.entries(sections)) {
    it(`section "${section}" is current (regenerate: plans ${argv.join(' ')} --inject README.md --section ${section})`, async () => {
      const mode = process.env.UPDATE_GOLDEN ? [] : ['--check'];
      const r = await runCli([...argv, '--inject', 'README.md', '--section', section, ...mode]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }
});
