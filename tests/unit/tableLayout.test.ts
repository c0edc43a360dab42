/**
 * The mend of cli-table3's per-line debug truncation (src/render/tableLayout.ts): multi-line
 * cell text is cut from its first line, in one step, instead of one character at a time over
 * the whole text; single lines are cut as cli-table3 cuts them.
 */
import tableUtils from 'cli-table3/src/utils.js';
import { describe, expect, it } from 'vitest';
import { wrapCell } from '../../src/render/tableLayout.js';

describe('table layout', () => {
  it('truncates multi-line cells from their first line; single lines as before', () => {
    expect(tableUtils.truncate('abcdefghijklmno\nxyz', 10)).toBe('abcdefghi…');
    expect(tableUtils.truncate('abc\nxyz', 10)).toBe('abc');
    expect(tableUtils.truncate('abcdefghijklmno', 10)).toBe('abcdefghi…');
    expect(tableUtils.truncate('short', 10)).toBe('short');
  });

  it('a 2,000-character cell wraps into lines no wider than the column', () => {
    const text = 'word-with-hyphens and spaces '.repeat(80);
    const lines = wrapCell(text, 30).split('\n');
    expect(lines.length).toBeGreaterThan(60);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
  });
});
