/**
 * Bytes → text, before any YAML is parsed: size limit, strict UTF-8, BOM, and characters
 * YAML forbids. Positions are 1-based line/column of the text after the BOM.
 */
import { limits } from './limits.js';

export interface TextProblem {
  readonly code: 'too-large' | 'encoding' | 'forbidden-character';
  readonly message: string;
  /** Offset into the decoded text (after the BOM). */
  readonly offset: number;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: TextProblem; text: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Characters outside YAML's printable set (https://yaml.org/spec/1.2.2/#51-character-set):
 * C0 controls other than tab, LF and CR; DEL; C1 controls other than NEL; lone surrogates.
 * They can only reach a value through escapes in double-quoted strings.
 */
export const forbiddenCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp === 0 ? `a NUL byte (${hex})` : `control character ${hex}`;
}

export function tooLargeMessage(size: number): string {
  return `file is ${size} bytes; plan files are limited to ${limits.maxFileBytes} bytes`;
}

export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > limits.maxFileBytes) {
    return {
      ok: false,
      text: '',
      problem: {
        code: 'too-large',
        offset: 0,
        message: tooLargeMessage(bytes.length),
      },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(0, at)));
    const stripped = prefix.startsWith('\uFEFF') ? prefix.slice(1) : prefix;
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      text: stripped,
      problem: {
        code: 'encoding',
        offset: stripped.length,
        message: `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}; plan files must be UTF-8`,
      },
    };
  }
  return checkText(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

/** The text itself: characters YAML forbids, located. */
function checkText(text: string): DecodeResult {
  const m = forbiddenCharacter.exec(text);
  if (m) {
    return {
      ok: false,
      text,
      problem: {
        code: 'forbidden-character',
        offset: m.index,
        message: `file contains ${describeChar(m[0])}, which YAML does not allow`,
      },
    };
  }
  return { ok: true, text };
}

/** At most `limits.maxExcerpt` characters of file content, on one line, for a message. */
export function excerpt(s: string): string {
  const clean = s.replace(/\s+/g, ' ');
  return clean.length > limits.maxExcerpt ? `${clean.slice(0, limits.maxExcerpt - 1)}…` : clean;
}
