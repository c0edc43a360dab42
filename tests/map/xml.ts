/**
 * A small, strict XML parser for the tests: it accepts the subset of XML 1.0 the map uses
 * (elements, attributes, text, character and the five predefined entity references, comments,
 * an XML declaration) and throws on anything not well-formed in it: unclosed or mismatched
 * tags, duplicate attributes, unquoted values, `<` in a value, a bare `&`, an unknown entity,
 * characters XML does not allow, text or a second element after the root. No dependency is
 * installed that parses XML (resvg parses it too, with roxmltree, and the tests use both).
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const nameStart = 'A-Za-z_:\\u00C0-\\uFFFD';
const name = new RegExp(`^[${nameStart}][${nameStart}0-9.\\-\\u00B7]*`);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlError extends Error {}

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlError(`bare & near offset ${at}`);
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
    if (m) {
      const cp = m[1] ? Number.parseInt(m[1], 16) : Number(m[2]);
      const ch = String.fromCodePoint(cp);
      if (cp === 0 || notXmlChar.test(ch) || (cp >= 0xd800 && cp <= 0xdfff))
        throw new XmlError(`character reference ${whole} is not an XML character`);
      return ch;
    }
    const value = entities[ref];
    if (value === undefined) throw new XmlError(`unknown entity ${whole} near offset ${at}`);
    return value;
  });
}

export function parseXml(text: string): XmlElement {
  if (notXmlChar.test(text)) throw new XmlError('a character XML does not allow');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    throw new XmlError('an unpaired surrogate');
  let i = 0;
  const stack: { name: string; attrs: Record<string, string>; children: XmlNode[] }[] = [];
  let root: XmlElement | undefined;
  const expect = (cond: boolean, message: string) => {
    if (!cond) throw new XmlError(`${message} at offset ${i}`);
  };
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    expect(end > 0, 'unterminated XML declaration');
    i = end + 2;
  }
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk) {
      if (stack.length === 0) expect(chunk.trim() === '', 'text outside the root element');
      else stack.at(-1)!.children.push(decode(chunk, i));
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      expect(end > 0, 'unterminated comment');
      expect(!text.slice(i + 4, end).includes('--'), '-- inside a comment');
      i = end + 3;
      continue;
    }
    expect(!text.startsWith('<!', i) && !text.startsWith('<?', i), 'unsupported markup');
    if (text.startsWith('</', i)) {
      const m = name.exec(text.slice(i + 2));
      expect(m !== null, 'bad end tag');
      const tag = m![0];
      const open = stack.pop();
      expect(open?.name === tag, `</${tag}> does not close <${open?.name ?? 'nothing'}>`);
      i += 2 + tag.length;
      while (/\s/.test(text[i] ?? '')) i++;
      expect(text[i] === '>', 'bad end tag');
      i++;
      if (stack.length === 0) {
        expect(root === undefined, 'a second root element');
        root = open!;
      }
      continue;
    }
    const m = name.exec(text.slice(i + 1));
    expect(m !== null, 'bad start tag');
    const element = { name: m![0], attrs: {} as Record<string, string>, children: [] as XmlNode[] };
    i += 1 + element.name.length;
    expect(root === undefined, 'content after the root element');
    for (;;) {
      const space = /^\s*/.exec(text.slice(i))![0].length;
      i += space;
      if (text.startsWith('/>', i) || text[i] === '>') break;
      expect(space > 0, 'attributes must be separated by white space');
      const a = name.exec(text.slice(i));
      expect(a !== null, 'bad attribute name');
      const attr = a![0];
      i += attr.length;
      const eq = /^\s*=\s*/.exec(text.slice(i));
      expect(eq !== null, `attribute ${attr} has no value`);
      i += eq![0].length;
      const quote = text[i];
      expect(quote === '"' || quote === "'", `attribute ${attr} is not quoted`);
      const end = text.indexOf(quote!, i + 1);
      expect(end > 0, `attribute ${attr} is not closed`);
      const raw = text.slice(i + 1, end);
      expect(!raw.includes('<'), `< in the value of ${attr}`);
      expect(!(attr in element.attrs), `duplicate attribute ${attr}`);
      element.attrs[attr] = decode(raw, i);
      i = end + 1;
    }
    if (text.startsWith('/>', i)) {
      i += 2;
      if (stack.length === 0) root = element;
      else stack.at(-1)!.children.push(element);
    } else {
      i += 1;
      stack.at(-1)?.children.push(element);
      stack.push(element);
    }
  }
  expect(stack.length === 0, `<${stack.at(-1)?.name}> is never closed`);
  expect(root !== undefined, 'no root element');
  return root!;
}

/** Every element in document order (the root first). */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) if (typeof child !== 'string') out.push(...allElements(child));
  return out;
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export function childrenNamed(element: XmlElement, tag: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === tag);
}
