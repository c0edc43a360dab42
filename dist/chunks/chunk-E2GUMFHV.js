import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  safeText
} from "./chunk-RYYAMFKR.js";

// src/render/xml.ts
function plainText(text) {
  return safeText(text, { singleLine: !0 }).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    "\uFFFD"
  );
}
function escapeXml(text) {
  return plainText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export {
  plainText,
  escapeXml
};
