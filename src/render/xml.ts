/** Escaping for the SVG renderers (the map, the position timeline). */
import { safeText } from './terminal.js';

/**
 * Text from a plan file, made safe for XML: control characters become visible escapes (they
 * are not allowed in XML 1.0 even as character references), as do bidi overrides; unpaired
 * surrogates and U+FFFE/U+FFFF (also not XML characters) become U+FFFD.
 */
export function plainText(text: string): string {
  return safeText(text, { singleLine: true }).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '\uFFFD',
  );
}

/** Escape text for XML content and attribute values (which are always double-quoted here). */
export function escapeXml(text: string): string {
  return plainText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
