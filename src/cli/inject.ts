/**
 * Reports that stay current: `--inject FILE` replaces the text between the markers
 * `<!-- plans:begin -->` and `<!-- plans:end -->` in an existing Markdown file, and `--check`
 * says whether that section (or an `--out` file) is current without writing anything. A file
 * can hold several sections, named `<!-- plans:begin NAME -->` … `<!-- plans:end NAME -->`
 * and chosen with `--section NAME`.
 */
function markers(section?: string): { begin: string; end: string } {
  const suffix = section ? ` ${section}` : '';
  return { begin: `<!-- plans:begin${suffix} -->`, end: `<!-- plans:end${suffix} -->` };
}

export type InjectResult = { ok: true; text: string } | { ok: false; reason: string };

/** The file's text with the section between the markers replaced by `content`. Pure. */
export function injectSection(file: string, content: string, section?: string): InjectResult {
  const { begin: beginMarker, end: endMarker } = markers(section);
  const begin = file.indexOf(beginMarker);
  const end = file.indexOf(endMarker);
  if (begin < 0 || end < 0) {
    return { ok: false, reason: `markers ${beginMarker} and ${endMarker} not found` };
  }
  if (end < begin) return { ok: false, reason: `${endMarker} comes before ${beginMarker}` };
  if (file.indexOf(beginMarker, begin + 1) >= 0 || file.indexOf(endMarker, end + 1) >= 0) {
    return { ok: false, reason: 'the markers appear more than once' };
  }
  const body = content.endsWith('\n') ? content : `${content}\n`;
  const before = file.slice(0, begin + beginMarker.length);
  return { ok: true, text: `${before}\n${body}${file.slice(end)}` };
}
