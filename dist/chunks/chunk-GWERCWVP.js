import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/render/terminal.ts
var unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, unsafeOneLine = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(ch) {
  let cp = ch.codePointAt(0);
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}
function safeText(text, options = {}) {
  return options.singleLine ? text.replace(/\r?\n/g, " ").replace(/\t/g, " ").replace(unsafeOneLine, escapeChar) : text.replace(unsafe, escapeChar);
}

export {
  unsafeOneLine,
  safeText
};
