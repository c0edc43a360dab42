import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  sourceText
} from "./chunk-5VMAOCAD.js";
import {
  safeText,
  unsafeOneLine
} from "./chunk-RYYAMFKR.js";

// src/render/markdown.ts
var markdownCharacter = new RegExp(String.raw`[\\&<>|\`*_[\]~#!${unsafeOneLine.source.slice(1, -1)}]`), markdownLineStart = /^(?:[+\-=]|\d+\.)/;
function mdText(text) {
  return !markdownCharacter.test(text) && !markdownLineStart.test(text) ? text : escapeMarkdown(text);
}
function escapeMarkdown(text) {
  return escapeInline(text).replace(/^[+\-=]/, "\\$&").replace(/^(\d+)\./, "$1\\.");
}
function escapeInline(text) {
  let t = safeText(text, { singleLine: !1 }).replace(/[\\`*_[\]~#!|]/g, "\\$&");
  return t.includes("&") && (t = t.replace(/&/g, "&amp;")), t.includes("<") && (t = t.replace(/</g, "&lt;")), t.includes(">") && (t = t.replace(/>/g, "&gt;")), t.includes(`
`) ? t.replace(/\r?\n/g, "<br>") : t;
}
var plainUrl = /^[\w\-.!~*';/?:@&=+$,#]*$/;
function mdUrl(url) {
  return plainUrl.test(url) ? url : encodeURI(decodeURISafe(url)).replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
}
function decodeURISafe(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
function mdLink(text, url) {
  return mdLinkTo(mdText(text), url);
}
function mdLinkTo(markdown, url) {
  return url && (url.startsWith("https://") || url.startsWith("http://")) ? `[${markdown}](${mdUrl(url)})` : markdown;
}
function mdTable(header, rows) {
  let lines = [mdRow(header, header.length, " "), `|${"---|".repeat(header.length)}`];
  for (let r of rows) lines.push(mdRow(r, header.length, "\u2014"));
  return lines.join(`
`);
}
function mdRow(cells, width, empty) {
  return `| ${Array.from({ length: width }, (_, i) => cells[i] || empty).join(" | ")} |`;
}
function renderSourceList(sources) {
  let seen = /* @__PURE__ */ new Set(), lines = [];
  for (let s of sources)
    seen.has(s.key) || (seen.add(s.key), lines.push(mdSourceLine(s)));
  return lines.join(`
`);
}
function mdSourceLine(s) {
  return `- **${mdText(s.key)}**: ${mdLink(sourceText(s), s.url)}`;
}

export {
  mdText,
  mdUrl,
  mdLink,
  mdTable,
  renderSourceList,
  mdSourceLine
};
