/**
 * YAML syntax errors in plain words, at the line a person would point to. The `yaml` library
 * reports what its parser met, which for the commonest slips is a line or two away from the
 * mistake and comes with echoes: an over-indented `key: value` under a plain value is "nested
 * mappings are not allowed in compact mappings" on the line above; one tab gives five errors.
 * This module recognises those slips and says what to do:
 *
 * - a line indented more (or less) than the key above it: on that line, naming that key;
 * - an unquoted ": " inside text: "quote this text", where the text starts;
 * - a tab in the indentation: one error on the tab's line.
 *
 * The errors that follow from an indentation mistake or an unclosed bracket within the same
 * block (lines until one indented less than the block) are dropped. Everything else is left to
 * `yaml.ts`.
 */
import type { YAMLError } from 'yaml';

/** A problem in plain words: where it is (an offset into the text) and what to do. */
export interface PlainSyntaxError {
  readonly at: number;
  readonly message: string;
}

/** What each line starts with, computed once per file that has an indentation error. */
interface Lines {
  readonly starts: readonly number[];
  /** Leading spaces; -1 for a blank or comment line, or one whose indentation holds a tab. */
  readonly indent: readonly number[];
  /** The nearest line above with a known indentation, or -1. */
  readonly above: readonly number[];
  /** The next line below indented less than this one (or the line count): the block's end. */
  readonly blockEnd: readonly number[];
}

function scanLines(text: string): Lines {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  const indent = starts.map((start, i) => {
    const line = text.slice(start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
    const lead = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(lead.length).trimEnd();
    return rest === '' || rest.startsWith('#') || lead.includes('\t') ? -1 : lead.length;
  });
  const above: number[] = [];
  let last = -1;
  for (let i = 0; i < indent.length; i++) {
    above.push(last);
    if (indent[i]! >= 0) last = i;
  }
  // Next line indented less: one pass with a stack of lines still waiting for theirs.
  const blockEnd = indent.map(() => indent.length);
  const waiting: number[] = [];
  indent.forEach((n, i) => {
    if (n < 0) return;
    while (waiting.length > 0 && indent[waiting.at(-1)!]! > n) blockEnd[waiting.pop()!] = i;
    waiting.push(i);
  });
  return { starts, indent, above, blockEnd };
}

/** The key a line starts with (`start` in `    start: within`, `- start: within`), if any. */
function keyOf(text: string, lines: Lines, line: number): string | undefined {
  const start = lines.starts[line]!;
  const end = line + 1 < lines.starts.length ? lines.starts[line + 1]! : text.length;
  return /^[ \t]*(?:- +)?([^\s:#"'][^:#]*?) *:(?:\s|$)/.exec(text.slice(start, end))?.[1];
}

const named = (key: string | undefined, line: number) =>
  key ? `"${key}" on line ${line + 1}` : `line ${line + 1}`;

/** Codes the parser gives for what follows an indentation mistake. */
const echoes = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT']);

/**
 * The problems in plain words for the slips above, and the errors left for the library's own
 * words (in order, without the dropped echoes).
 */
export function plainSyntaxErrors(
  text: string,
  errors: readonly YAMLError[],
): { problems: PlainSyntaxError[]; rest: YAMLError[] } {
  const problems: PlainSyntaxError[] = [];
  const rest: YAMLError[] = [];
  let lines: Lines | undefined;
  const lineAt = (offset: number): number => {
    lines ??= scanLines(text);
    let lo = 0;
    let hi = lines.starts.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (lines.starts[mid]! <= offset) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  /** Errors starting before this offset echo an indentation mistake already reported. */
  let quietUntil = -1;
  /** Quiet the rest of the block `line` is in: until a line indented less than it and the line above. */
  const quietBlock = (line: number) => {
    const l = lines!;
    const top = l.above[line]!;
    const own = l.indent[line]!;
    const block = own >= 0 && (top < 0 || own <= l.indent[top]!) ? line : top;
    const end = block < 0 ? l.starts.length : l.blockEnd[block]!;
    quietUntil = Math.max(quietUntil, end < l.starts.length ? l.starts[end]! : text.length);
  };
  const error = (at: number, message: string) => problems.push({ at, message });

  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const [start] = e.pos;
    if (echoes.has(e.code) && start < quietUntil) continue;
    if (e.code === 'TAB_AS_INDENT') {
      const line = lineAt(start);
      error(start, 'tabs are not allowed as indentation: indent with spaces');
      quietBlock(line);
      continue;
    }
    if (
      e.code === 'BAD_INDENT' &&
      /^All (mapping|sequence) items must start at the same column/.test(e.message)
    ) {
      const line = lineAt(start);
      const l = lines!;
      const own = l.indent[line]!;
      const top = l.above[line]!;
      if (own >= 0 && top >= 0 && own !== l.indent[top]) {
        const at = l.starts[line]! + own;
        if (own > l.indent[top]!) {
          error(
            at,
            `this line is indented more than the key above it (${named(keyOf(text, l, top), top)}); keys of one mapping start at the same column`,
          );
        } else {
          const sibling = siblingAbove(l, line);
          error(
            at,
            `this line is indented less than the key above it (${named(keyOf(text, l, sibling), sibling)}); keys of one mapping start at the same column`,
          );
        }
        quietBlock(line);
        continue;
      }
    }
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /^Nested mappings/.test(e.message)) {
      // The plain text starting at `start` ran into ": ". With it, the parser reports the same
      // text as a key spanning lines when it continued on a line below.
      let end = start;
      while (sorted[i + 1]?.code === 'MULTILINE_IMPLICIT_KEY' && sorted[i + 1]!.pos[0] === start)
        end = Math.max(end, sorted[++i]!.pos[1]);
      const first = lineAt(start);
      const colonLine = lineAt(end);
      const l = lines!;
      const lead = text.slice(l.starts[colonLine]!, end);
      const own = /^ */.exec(lead)![0].length;
      if (colonLine > first && /^ *[A-Za-z_][\w-]*$/.test(lead) && own > Math.max(0, l.indent[first]!)) {
        error(
          l.starts[colonLine]! + own,
          `this line is indented more than the key above it (${named(keyOf(text, l, first), first)}); indent it as that key, or quote the text above if this line goes on with it`,
        );
        quietBlock(colonLine);
      } else {
        error(start, 'quote this text: a colon followed by a space (": ") inside it would start a key');
      }
      continue;
    }
    // An unclosed bracket: what follows in its block was read as part of it (yaml.ts reports it
    // where it was opened).
    if (/must .*end with a [\]}]$/.test(e.message)) quietBlock(lineAt(start));
    rest.push(e);
  }
  return { problems, rest };
}

/**
 * For a line indented less than the line above: the nearest line above at the indentation of
 * the mapping it was presumably meant for — the shallowest of the deeper lines between it and
 * the first line indented as much as it or less.
 */
function siblingAbove(lines: Lines, line: number): number {
  const own = lines.indent[line]!;
  let best = lines.above[line]!;
  for (let i = best; i >= 0 && lines.indent[i]! > own; i = lines.above[i]!) {
    if (lines.indent[i]! < lines.indent[best]!) best = i;
  }
  return best;
}
