/**
 * Reports that stay current: `--inject FILE` replaces the text between the markers
 * `<!-- plans:begin -->` and `<!-- plans:end -->` in an existing Markdown file, and `--check`
 * says whether that section (or an `--out` file) is current without writing anything. A file
 * can hold several sections, named `<!-- plans:begin NAME -->` … `<!-- plans:end NAME -->`
 * and chosen with `--section NAME`.
 *
 * A marker counts only alone on its line (up to three spaces of indentation, as Markdown
 * allows), outside fenced code blocks, so a sentence or a code sample that mentions a marker
 * is never taken for one. The text of every section is opaque: a fence opened inside a
 * section does not hide the markers after it. Every byte outside the chosen section is kept,
 * and the section takes the line end of its begin marker's line (CRLF stays CRLF).
 */
function markers(section?: string): { begin: string; end: string } {
  const suffix = section ? ` ${section}` : '';
  return { begin: `<!-- plans:begin${suffix} -->`, end: `<!-- plans:end${suffix} -->` };
}

export type InjectResult = { ok: true; text: string } | { ok: false; reason: string };

/** A marker line of any section: its kind and name, or undefined. */
function markerOf(line: string): { kind: 'begin' | 'end'; name: string } | undefined {
  const m = /^ {0,3}<!-- plans:(begin|end)( [a-z0-9-]+)? -->[ \t]*$/.exec(line);
  return m ? { kind: m[1] as 'begin' | 'end', name: m[2]?.slice(1) ?? '' } : undefined;
}

/** Whether any line of a report would read as a marker (such a report cannot be injected). */
export function containsMarker(text: string): boolean {
  return text.split(/\r\n|\n|\r/).some((l) => markerOf(l.trim()) !== undefined);
}

interface Line {
  readonly text: string;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past its line end. */
  readonly next: number;
  readonly eol: string;
}

function lines(file: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(file); m; m = re.exec(file)) {
    out.push({ text: file.slice(start, m.index), start, next: m.index + m[0].length, eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < file.length) out.push({ text: file.slice(start), start, next: file.length, eol: '' });
  return out;
}

/** The file's text with the section between the markers replaced by `content`. Pure. */
export function injectSection(document: string, content: string, section?: string): InjectResult {
  // A byte-order mark is not part of the first line: kept, and a marker there still counts.
  const bom = document.startsWith('\uFEFF') ? '\uFEFF' : '';
  const file = document.slice(bom.length);
  const { begin: beginMarker, end: endMarker } = markers(section);
  const name = section ?? '';
  if (containsMarker(content)) {
    return { ok: false, reason: 'the report itself contains a plans:begin or plans:end marker line' };
  }
  let fence: { char: string; length: number } | undefined;
  let open: { name: string; line: Line } | undefined;
  const found: { begin: Line; end: Line }[] = [];
  for (const line of lines(file)) {
    if (open) {
      const m = markerOf(line.text);
      if (m?.kind === 'end' && m.name === open.name) {
        if (open.name === name) found.push({ begin: open.line, end: line });
        open = undefined;
      }
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence.char}{${fence.length},}[ \t]*$`).test(line.text)) fence = undefined;
      continue;
    }
    if (f && !(f[1]![0] === '`' && line.text.slice(f[0].length).includes('`'))) {
      fence = { char: f[1]![0]!, length: f[1]!.length };
      continue;
    }
    const m = markerOf(line.text);
    if (m?.kind === 'begin') open = { name: m.name, line };
    else if (m?.kind === 'end' && m.name === name) {
      return { ok: false, reason: `${endMarker} comes before ${beginMarker}` };
    }
  }
  if (open?.name === name) return { ok: false, reason: `${beginMarker} has no ${endMarker} after it` };
  if (found.length === 0) {
    // A section left open above takes in everything after it, this section's markers too.
    const unclosed = open ? `; ${markers(open.name).begin} above has no end marker` : '';
    return {
      ok: false,
      reason: `markers ${beginMarker} and ${endMarker} not found on lines of their own${unclosed}`,
    };
  }
  if (found.length > 1) return { ok: false, reason: 'the markers appear more than once' };
  const { begin, end } = found[0]!;
  const eol = begin.eol || '\n';
  const body = (content.endsWith('\n') ? content : `${content}\n`).replace(/\r?\n/g, eol);
  return {
    ok: true,
    text: `${bom}${file.slice(0, begin.next)}${begin.eol ? '' : eol}${body}${file.slice(end.start)}`,
  };
}
