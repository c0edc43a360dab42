import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/load/limits.ts
var limits = {
  /** Largest plan file read, in bytes; checked with stat before reading. */
  maxFileBytes: 1048576,
  /** Most YAML tokens (lexemes) per file; checked while lexing, before any tree is built. */
  maxTokens: 2e5,
  /** Deepest nesting of collections; checked on the syntax tree before composing nodes. */
  maxDepth: 64,
  /** Longest excerpt of file content quoted in a message. */
  maxExcerpt: 40
};

// src/load/text.ts
var decoder = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 });
function firstInvalidUtf8(bytes) {
  let i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i], need, min;
    if (b < 128) {
      i++;
      continue;
    }
    if (b >= 194 && b <= 223)
      need = 1, min = 128;
    else if (b >= 224 && b <= 239)
      need = 2, min = 2048;
    else if (b >= 240 && b <= 244)
      need = 3, min = 65536;
    else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      let c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
var forbiddenCharacter = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/
);
function describeChar(ch) {
  let cp = ch.codePointAt(0), hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return cp === 0 ? `a NUL byte (${hex})` : `control character ${hex}`;
}
function tooLargeMessage(size) {
  return `file is ${size} bytes; plan files are limited to ${limits.maxFileBytes} bytes`;
}
function decodePlanBytes(bytes) {
  if (bytes.length > limits.maxFileBytes)
    return {
      ok: !1,
      text: "",
      problem: {
        code: "too-large",
        offset: 0,
        message: tooLargeMessage(bytes.length)
      }
    };
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    let at = firstInvalidUtf8(bytes), prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, Math.max(0, at))), stripped = prefix.startsWith("\uFEFF") ? prefix.slice(1) : prefix, byte = bytes[at] ?? 0;
    return {
      ok: !1,
      text: stripped,
      problem: {
        code: "encoding",
        offset: stripped.length,
        message: `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, "0")}; plan files must be UTF-8`
      }
    };
  }
  return checkText(text.startsWith("\uFEFF") ? text.slice(1) : text);
}
function checkText(text) {
  let m = forbiddenCharacter.exec(text);
  return m ? {
    ok: !1,
    text,
    problem: {
      code: "forbidden-character",
      offset: m.index,
      message: `file contains ${describeChar(m[0])}, which YAML does not allow`
    }
  } : { ok: !0, text };
}
function excerpt(s) {
  let clean = s.replace(/\s+/g, " ");
  return clean.length > limits.maxExcerpt ? `${clean.slice(0, limits.maxExcerpt - 1)}\u2026` : clean;
}

export {
  limits,
  forbiddenCharacter,
  tooLargeMessage,
  decodePlanBytes,
  excerpt
};
