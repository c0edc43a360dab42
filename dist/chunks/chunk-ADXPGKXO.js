import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/cli/formats.ts
var listFormats = {
  table: async () => (await import("./list-57SYB6RK.js")).renderListTable,
  markdown: async () => (await import("./list-57SYB6RK.js")).renderListMarkdown,
  json: async () => (await import("./list-57SYB6RK.js")).renderListJson
}, showFormats = {
  text: async () => (await import("./showText-K2IGWCBW.js")).renderShowText,
  markdown: async () => (await import("./showMarkdown-P64PYUQI.js")).renderShowMarkdown,
  json: async () => (await import("./showJson-SJQQVJXJ.js")).renderShowJson
}, compareFormats = {
  table: async () => (await import("./compareTable-HFBNADFC.js")).renderCompareTable,
  markdown: async () => (await import("./compareMarkdown-XBHXUZFU.js")).renderCompareMarkdown,
  json: async () => (await import("./compareJson-SAUGQIYW.js")).renderCompareJson
}, historyFormats = {
  text: async () => (await import("./history-HV6XWZBT.js")).renderHistoryText,
  markdown: async () => (await import("./history-HV6XWZBT.js")).renderHistoryMarkdown,
  json: async () => (await import("./history-HV6XWZBT.js")).renderHistoryJson
}, validateFormats = {
  text: async () => (await import("./validateText-CCPO35HJ.js")).renderValidateText,
  json: async () => (await import("./validateJson-AZYU637T.js")).renderValidateJson,
  github: async () => (await import("./validateGithub-BTYAORLL.js")).renderValidateGithub
}, diffFormats = {
  text: async () => (await import("./diffText-ZJ6EXXD5.js")).renderDiffText,
  table: async () => (await import("./diffTable-IJ3OJ2X6.js")).renderDiffTable,
  markdown: async () => (await import("./diffMarkdown-2T3RS2FI.js")).renderDiffMarkdown,
  json: async () => (await import("./diffJson-FWSCOCYC.js")).renderDiffJson
}, positionFormats = {
  text: async () => (await import("./position-S7ANP7UL.js")).renderPositionText,
  markdown: async () => (await import("./position-S7ANP7UL.js")).renderPositionMarkdown,
  json: async () => (await import("./position-S7ANP7UL.js")).renderPositionJson,
  svg: async () => (await import("./positionSvg-N6YYJARK.js")).renderPositionSvg
};

export {
  listFormats,
  showFormats,
  compareFormats,
  historyFormats,
  validateFormats,
  diffFormats,
  positionFormats
};
