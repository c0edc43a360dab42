/**
 * Output that fits the width it is given (issue 18, part 3): widths in terminal cells, text
 * wrapped at spaces, tables whose columns shrink (titles before ids), no plan id broken across
 * lines, and a width from the environment clamped to a sane range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Io, renderWidth } from '../../src/cli/io.js';
import { wrapCell } from '../../src/render/tableLayout.js';
import { clipText, displayWidth, segmentedWidth, wrapLines, wrapWords } from '../../src/render/terminal.js';
import { bundledPlans, runCli, runs } from '../helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing ANSI colour codes
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const widest = (text: string) => Math.max(...plain(text).split('\n').map(displayWidth));
const ids = bundledPlans().map((p) => p.id);

/**
 * Ids cut across two lines of a table column: a cell line ending with the start of an id whose
 * rest begins the same column's next line ("e3-counter" / "proposal").
 */
function brokenIds(text: string, names: readonly string[]): string[] {
  const rows = plain(text)
    .split('\n')
    .map((line) => line.split(/[│|]/));
  const broken: string[] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    rows[i]!.forEach((cell, col) => {
      const next = rows[i + 1]![col]?.trim() ?? '';
      for (const id of names) {
        for (let k = 1; k < id.length; k++) {
          const end = cell.trimEnd();
          const at = end.length - k;
          if (at < 0 || end.slice(at) !== id.slice(0, k) || /[\w-]/.test(end[at - 1] ?? '')) continue;
          if (next.startsWith(id.slice(k))) broken.push(`${end.slice(at)} / ${next}`);
        }
      }
    });
  }
  return broken;
}

describe('display width', () => {
  it('counts terminal cells: wide CJK and emoji take two, combining marks none', () => {
    expect(displayWidth('kremlin')).toBe(7);
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('🇺🇦')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth('Zaporizhzhia — Запоріжжя')).toBe(24);
    expect(displayWidth('\u200b')).toBe(0);
  });

  it('clips by cells, with an ellipsis', () => {
    expect(clipText('日本語テキスト', 7)).toBe('日本語…');
    expect(displayWidth(clipText('日本語テキスト', 7))).toBeLessThanOrEqual(7);
    expect(clipText('short', 10)).toBe('short');
  });

  it('wraps at spaces and never inside a word; a word longer than the line stays whole', () => {
    const text = 'Russia wants its territorial gains recognised in international law, all of Donbas included';
    const lines = wrapWords(text, 30);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toBe(text);
    expect(wrapWords('see https://example.org/a/very/long/path/to/a/source/page here', 20)).toEqual([
      'see',
      'https://example.org/a/very/long/path/to/a/source/page',
      'here',
    ]);
    // Wide characters count twice.
    expect(wrapWords('日本 日本 日本', 9)).toEqual(['日本 日本', '日本']);
  });

  it('table cells keep the ids they are told to keep, and clip what cannot fit', () => {
    const keep = new Set(['putin-june-2024']);
    expect(wrapCell('(from putin-june-2024)', 18, keep)).toBe('(from\nputin-june-2024)');
    expect(wrapCell('(from putin-june-2024)', 18)).toBe('(from putin-\njune-2024)');
    expect(wrapCell('putin-june-2024/tass-speech, x', 18, keep)).toBe('putin-june-2024/\ntass-speech, x');
    expect(wrapCell('(from putin-june-2024)', 14, keep)).toBe('(from\nputin-june-…');
    expect(wrapCell('withdrawal-to-admin-borders', 14)).toBe('withdrawal-\nto-admin-\nborders');
    expect(wrapCell('人道主義的な停戦の提案', 12)).toBe('人道主義…');
  });
});

describe('text reports wrap to the width', () => {
  it('wrapLines keeps the first line’s spacing and goes on under the value, never inside a word', () => {
    const line = '  changed  sovereignty, recognition, neutrality, security_package, sanctions';
    expect(wrapLines(line, 40).split('\n')).toEqual([
      '  changed  sovereignty, recognition,',
      '           neutrality, security_package,',
      '           sanctions',
    ]);
    expect(wrapLines('  note a b c d e f g h i j k l', 16).split('\n')).toEqual([
      '  note a b c d e',
      '    f g h i j k',
      '    l',
    ]);
    expect(wrapLines('short', 40)).toBe('short');
    // Colour codes take no room.
    const bold = `\u001b[1m${'x'.repeat(20)} ${'y'.repeat(17)}\u001b[22m`;
    expect(wrapLines(bold, 38)).toBe(bold);
  });

  it.each([
    ['show', 'us-28-point'],
    ['history', 'us-miami'],
    ['position', 'Russia'],
  ])('plans %s %s at 80 columns: only a lone long word (a URL) overflows', async (...argv) => {
    const r = await runCli(argv, { env: { COLUMNS: '80', FORCE_COLOR: '1' } });
    expect(plain(r.stdout)).not.toBe(r.stdout); // coloured
    for (const line of plain(r.stdout).split('\n'))
      if (displayWidth(line) > 80) expect(line.trim(), line).toMatch(/^\S+$/);
  });
});

describe('diff text wraps to narrow terminals', () => {
  it.each([40, 60])('at %i columns only a lone long word overflows (a source key)', async (w) => {
    for (const pair of [
      ['us-miami', 'kremlin'],
      ['us-28-point', 'kyiv'],
    ]) {
      const r = await runCli(['diff', ...pair], { env: { COLUMNS: String(w) } });
      for (const line of r.stdout.split('\n'))
        if (displayWidth(line) > w) expect(line.trim(), `${pair.join(' ')}: ${line}`).toMatch(/^\S+$/);
    }
  });
});

describe('the width to lay out for', () => {
  const io = (env: Record<string, string>, columns?: number): Io => ({
    stdout: () => {},
    stderr: () => {},
    env,
    cwd: '/',
    stdoutIsTTY: columns !== undefined,
    stderrIsTTY: false,
    ...(columns ? { columns } : {}),
    readStdin: async () => new Uint8Array(),
  });

  it('is the terminal, else $COLUMNS, else 100, within 40..400', () => {
    expect(renderWidth(io({}, 132))).toBe(132);
    expect(renderWidth(io({ COLUMNS: '90' }, 132))).toBe(132);
    expect(renderWidth(io({ COLUMNS: '90' }))).toBe(90);
    expect(renderWidth(io({}))).toBe(100);
    expect(renderWidth(io({ COLUMNS: '99999999' }))).toBe(400);
    expect(renderWidth(io({}, 5000))).toBe(400);
    expect(renderWidth(io({ COLUMNS: '12' }))).toBe(40);
    for (const junk of ['Infinity', '-5', '0', 'abc', ''])
      expect(renderWidth(io({ COLUMNS: junk }))).toBe(100);
  });

  it('COLUMNS=99999999 and COLUMNS=Infinity lay out at 400 and 100 columns', async () => {
    for (const [COLUMNS, most] of [
      ['99999999', 400],
      ['Infinity', 100],
    ] as const) {
      for (const argv of [['list'], ['diff', 'us-miami', 'kremlin'], ['compare', 'kyiv', 'kremlin']]) {
        const r = await runCli(argv, { env: { COLUMNS } });
        expect(r.code, argv.join(' ')).toBe(0);
        expect(widest(r.stdout), argv.join(' ')).toBeLessThanOrEqual(most);
      }
    }
  });
});

describe('tables fit the width they are given', () => {
  const commands = [
    ['list'],
    ['list', '--brief'],
    ['diff', 'us-miami', 'kremlin', '--format', 'table'],
    ['diff', 'russia-memorandum-2025', 'ukraine-istanbul-memorandum-2025', '--format', 'table'],
    ['compare', 'us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'],
    ['compare', 'us-28-point', 'e3-counterproposal', '--clause', 'security_package'],
    ['compare', '--all', '--clause', 'recognition'],
  ];

  it.each([80, 60, 100, 120, 200])('at %i columns no line is wider, and no plan id is broken', async (w) => {
    for (const argv of commands) {
      const r = await runCli(argv, { env: { COLUMNS: String(w) } });
      expect(r.code, argv.join(' ')).toBe(0);
      expect(widest(r.stdout), argv.join(' ')).toBeLessThanOrEqual(w);
      expect(brokenIds(r.stdout, ids), argv.join(' ')).toEqual([]);
    }
  });

  it('at the narrowest width (40) nothing is wider either', async () => {
    for (const argv of commands) {
      const r = await runCli(argv, { env: { COLUMNS: '40' } });
      expect(widest(r.stdout), argv.join(' ')).toBeLessThanOrEqual(40);
    }
  });

  it('compare of four plans at 80 columns: two pages of two, never a lone column', async () => {
    const r = await runCli(['compare', 'us-miami', 'kremlin', 'kyiv', 'e3-counterproposal'], {
      env: { COLUMNS: '80' },
    });
    expect(r.stdout.match(/^plans \d–\d of 4$/gm)).toEqual(['plans 1–2 of 4', 'plans 3–4 of 4']);
  });

  it('plans list gives up the families column before it breaks an id, and says where it shows', async () => {
    const narrow = await runCli(['list'], { env: { COLUMNS: '80' } });
    expect(narrow.stdout).not.toMatch(/│ families/);
    expect(narrow.stdout).toMatch(/^\d+ plans; the families each addresses show at \d+ columns or more$/m);
    for (const id of ids) expect(narrow.stdout).toContain(`│ ${id} `);
    const wide = await runCli(['list'], { env: { COLUMNS: '120' } });
    expect(wide.stdout).toMatch(/│ families +│/);
  });
});

describe('displayWidth without segmenting', () => {
  it('gives what grapheme segmentation gives, on any text (property)', () => {
    // Characters from the blocks plan text uses and the ones the shortcut must refuse.
    const pieces = fc.constantFrom(
      'a',
      ' ',
      'é',
      'е',
      'Ж',
      'ω',
      '–',
      '—',
      '’',
      '“',
      '…',
      '→',
      '·',
      '©',
      '™',
      '€',
      '₴',
      'ß',
      'e\u0301',
      '\u0301',
      '\u200d',
      '\u200b',
      '\ufe0f',
      '\u00ad',
      '☺',
      '☺\ufe0f',
      '⌚',
      '✅',
      '中',
      'ｶ',
      '한',
      '\u1100\u1161',
      '👍🏽',
      '🇺🇦',
      '\u0d4e',
      'क्ष',
      '\u0903',
      '\t',
      '\r\n',
      '\u{1d400}',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(segmentedWidth(text));
      }),
      { numRuns: runs(2000), seed: 20261205 },
    );
  });
});
