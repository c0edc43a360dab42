/**
 * HTML building blocks that cannot be broken by what a plan says (docs/report.md, "Safe"). Plan
 * text only ever goes into element content and double-quoted attribute values, never into a
 * <script>, a <style>, an unquoted attribute or an event handler, so one escape covers it.
 */
import { escapeXml } from './xml.js';

/**
 * Text from a plan file for HTML content or a double-quoted attribute: `&`, `<`, `>`, `"` and
 * `'` become character references, so no string can open or close an element, a comment, an
 * attribute, a </script> or a </style>; control characters and bidi overrides become visible
 * escapes. The same function the SVG outputs use, whose rules hold for HTML too.
 */
export function escapeHtml(text: string): string {
  return escapeXml(text);
}

/**
 * A source URL as a link target, or undefined: only an absolute http(s) URL becomes a link
 * (`javascript:`, `data:`, relative paths and unparsable text stay text). Returned as the URL
 * parser normalises it (no whitespace or control characters left); still to be escaped.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}

/** A link that leaves the page: no opener, no referrer. `text` is already HTML. */
export function externalLink(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`;
}
