/**
 * cli-table3 helpers shared by the terminal table formats: a compact border set (no rule
 * between rows) and wrapping that breaks after hyphens as well as at spaces, so vocabulary
 * values such as `russian-de-facto` wrap at their hyphens instead of mid-word.
 */
import Table, { type TableConstructorOptions } from 'cli-table3';
import tableUtils from 'cli-table3/src/utils.js';
import { clipText, displayWidth } from './terminal.js';

/**
 * cli-table3 0.6.5 truncates every cell's whole content to 10 columns each time it draws one of
 * its lines, only to build a debug message; for multi-line content (ours: cells are wrapped
 * here) that truncation removes one character at a time and re-measures the rest, so a long
 * cell took seconds (cubic in its length). Multi-line text is truncated from its first line
 * instead, which is what the result would begin with anyway; everything else is unchanged.
 * Upstream: https://github.com/cli-table/cli-table3/pull/362.
 */
const truncate = tableUtils.truncate;
tableUtils.truncate = (str, desiredLength, truncateChar) => {
  const newline = typeof str === 'string' ? str.indexOf('\n') : -1;
  return truncate(newline < 0 ? str : str.slice(0, newline), desiredLength, truncateChar);
};

const compactChars: TableConstructorOptions['chars'] = {
  mid: '',
  'left-mid': '',
  'mid-mid': '',
  'right-mid': '',
};

/**
 * Longest text a table cell shows; longer text is cut with "…". A terminal table is for
 * reading: a full plan note belongs in `plans show`.
 */
const maxCellText = 2000;

/**
 * cli-table3's own `style` colours come from its optional dependency @colors/colors, which
 * decides from the process's environment and real stdout, not from what the command decided
 * (`--color`, FORCE_COLOR in the command's environment). So tables never colour through it:
 * `plainStyle` turns that off, `headCells` colours the header and `tableChars` the borders.
 */
const plainStyle: TableConstructorOptions['style'] = { head: [], border: [] };

/** Header cells in cyan when `color` is on, line by line so a wrapped header stays coloured. */
function headCells(cells: readonly string[], color: boolean | undefined): string[] {
  if (!color) return [...cells];
  return cells.map((cell) =>
    cell
      .split('\n')
      .map((line) => (line ? `\u001b[36m${line}\u001b[39m` : line))
      .join('\n'),
  );
}

/** cli-table3's border characters. */
const boxChars = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

const grey = (s: string) => (s ? `\u001b[90m${s}\u001b[39m` : s);

/** Border characters (with `overrides`), grey when `color` is on. */
function tableChars(
  color: boolean | undefined,
  overrides: TableConstructorOptions['chars'] = {},
): TableConstructorOptions['chars'] {
  const chars: Record<string, string> = { ...boxChars, ...overrides };
  return color ? Object.fromEntries(Object.entries(chars).map(([k, v]) => [k, grey(v)])) : chars;
}

/**
 * A table as every terminal format draws one: the header cyan and the borders grey when
 * `color` is on, compact borders (no rule between rows) when asked, and none of cli-table3's
 * own colours (see `plainStyle`).
 */
export function newTable(
  head: readonly string[],
  colWidths: number[],
  color: boolean | undefined,
  compact = false,
) {
  return new Table({
    head: headCells(head, color),
    colWidths,
    chars: tableChars(color, compact ? compactChars : {}),
    style: plainStyle,
  });
}

/** The drawn table; with colour, a run of grey border characters is one grey span. */
export function tableText(table: { toString(): string }, color: boolean | undefined): string {
  const text = table.toString();
  return color ? text.replaceAll('\u001b[39m\u001b[90m', '') : text;
}

const noWords: ReadonlySet<string> = new Set();

/**
 * Wrap `text` into lines of at most `width` cells (the cell's width minus its padding), at
 * spaces and inside words after hyphens, slashes and the like, so vocabulary values such as
 * `russian-de-facto` wrap at their hyphens and field paths at their dots. A word named in `keep` (plan ids) is never split, nor is any other part of a
 * word: what is longer than the line is clipped with "…".
 */
export function wrapCell(input: string, width: number, keep: ReadonlySet<string> = noWords): string {
  const text = input.length > maxCellText ? `${input.slice(0, maxCellText - 1)}…` : input;
  const max = Math.max(4, width - 2);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const token of cellTokens(paragraph, keep)) {
      const w = displayWidth(token.trimEnd());
      if (used + w <= max) {
        line += token;
        used += displayWidth(token);
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const word = token.trimStart();
      line = w <= max ? word : `${clipText(word.trimEnd(), max)}${word.endsWith(' ') ? ' ' : ''}`;
      used = displayWidth(line);
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

/** Where a word may break: after a hyphen, slash or underscore, after a dot before a letter, before "[". */
const breakable = /(?<=[-/_])|(?<=\.)(?=[a-z])|(?=\[)/i;

/**
 * The pieces a cell may break between, each with the space that follows it: words, and the
 * parts of a word at `breakable` points, except that a word named in `keep` stays whole
 * wherever it occurs (`(from putin-june-2024)`, `putin-june-2024/tass-speech`).
 */
function cellTokens(paragraph: string, keep: ReadonlySet<string>): string[] {
  const kept = keptWords(keep);
  const tokens: string[] = [];
  for (const word of paragraph.split(/(?<=\s)/)) {
    if (!kept) {
      tokens.push(...word.split(breakable));
      continue;
    }
    // Kept words are the odd parts of the split (its capture group).
    word.split(kept).forEach((part, i) => {
      if (i % 2 === 1) tokens.push(part);
      else if (part) tokens.push(...part.split(breakable));
    });
  }
  return tokens;
}

const keptPatterns = new WeakMap<ReadonlySet<string>, RegExp | undefined>();

/** A pattern matching any of `keep` as a whole word (not inside a longer id), or undefined. */
function keptWords(keep: ReadonlySet<string>): RegExp | undefined {
  if (!keptPatterns.has(keep)) {
    const words = [...keep].filter(Boolean).sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // With the brackets and punctuation around it, so that ")" never starts a line alone.
    const pattern = `(?<![\\w-])([("'[]*(?:${escaped.join('|')})[)"'\\],.;:]*)(?![\\w-])`;
    keptPatterns.set(keep, words.length ? new RegExp(pattern) : undefined);
  }
  return keptPatterns.get(keep);
}
