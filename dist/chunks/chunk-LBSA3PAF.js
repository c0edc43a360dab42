import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/cli/formats.ts
var listFormats = {
  table: async () => (await import("./list-Y35BSXAV.js")).renderListTable,
  markdown: async () => (await import("./list-Y35BSXAV.js")).renderListMarkdown,
  json: async () => (await import("./list-Y35BSXAV.js")).renderListJson
}, showFormats = {
  text: async () => (await import("./showText-RBUWHIMI.js")).renderShowText,
  markdown: async () => (await import("./showMarkdown-UBHNGJXJ.js")).renderShowMarkdown,
  json: async () => (await import("./showJson-SJQQVJXJ.js")).renderShowJson
}, compareFormats = {
  table: async () => (await import("./compareTable-BJPLPTWM.js")).renderCompareTable,
  markdown: async () => (await import("./compareMarkdown-OMKJKXQV.js")).renderCompareMarkdown,
  json: async () => (await import("./compareJson-SAUGQIYW.js")).renderCompareJson
}, historyFormats = {
  text: async () => (await import("./history-ICDYW72I.js")).renderHistoryText,
  markdown: async () => (await import("./history-ICDYW72I.js")).renderHistoryMarkdown,
  json: async () => (await import("./history-ICDYW72I.js")).renderHistoryJson
}, validateFormats = {
  text: async () => (await import("./validateText-X5BNN7D3.js")).renderValidateText,
  json: async () => (await import("./validateJson-AZYU637T.js")).renderValidateJson,
  github: async () => (await import("./validateGithub-IC5K2RLO.js")).renderValidateGithub
}, diffFormats = {
  text: async () => (await import("./diffText-ICDDRREY.js")).renderDiffText,
  table: async () => (await import("./diffTable-EEV6QXP5.js")).renderDiffTable,
  markdown: async () => (await import("./diffMarkdown-7YJNTE4L.js")).renderDiffMarkdown,
  json: async () => (await import("./diffJson-FWSCOCYC.js")).renderDiffJson
}, positionFormats = {
  text: async () => (await import("./position-QYDXO76L.js")).renderPositionText,
  markdown: async () => (await import("./position-QYDXO76L.js")).renderPositionMarkdown,
  json: async () => (await import("./position-QYDXO76L.js")).renderPositionJson,
  svg: async () => (await import("./positionSvg-HXLQQM3R.js")).renderPositionSvg
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
