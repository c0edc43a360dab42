import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/cli/formats.ts
var listFormats = {
  table: async () => (await import("./list-OE7GOQOZ.js")).renderListTable,
  markdown: async () => (await import("./list-OE7GOQOZ.js")).renderListMarkdown,
  json: async () => (await import("./list-OE7GOQOZ.js")).renderListJson
}, showFormats = {
  text: async () => (await import("./showText-3HMWRTWX.js")).renderShowText,
  markdown: async () => (await import("./showMarkdown-E7CUIN5E.js")).renderShowMarkdown,
  json: async () => (await import("./showJson-SJQQVJXJ.js")).renderShowJson
}, compareFormats = {
  table: async () => (await import("./compareTable-FNNKZN5T.js")).renderCompareTable,
  markdown: async () => (await import("./compareMarkdown-NGCDMFZM.js")).renderCompareMarkdown,
  json: async () => (await import("./compareJson-SAUGQIYW.js")).renderCompareJson
}, historyFormats = {
  text: async () => (await import("./history-QPKVDO2L.js")).renderHistoryText,
  markdown: async () => (await import("./history-QPKVDO2L.js")).renderHistoryMarkdown,
  json: async () => (await import("./history-QPKVDO2L.js")).renderHistoryJson
}, validateFormats = {
  text: async () => (await import("./validateText-SK2STENZ.js")).renderValidateText,
  json: async () => (await import("./validateJson-AZYU637T.js")).renderValidateJson,
  github: async () => (await import("./validateGithub-D4JQRHXV.js")).renderValidateGithub
}, diffFormats = {
  text: async () => (await import("./diffText-EKADLLBT.js")).renderDiffText,
  table: async () => (await import("./diffTable-7YTAXRZG.js")).renderDiffTable,
  markdown: async () => (await import("./diffMarkdown-CGS5GQE6.js")).renderDiffMarkdown,
  json: async () => (await import("./diffJson-FWSCOCYC.js")).renderDiffJson
}, positionFormats = {
  text: async () => (await import("./position-JEWZZGNB.js")).renderPositionText,
  markdown: async () => (await import("./position-JEWZZGNB.js")).renderPositionMarkdown,
  json: async () => (await import("./position-JEWZZGNB.js")).renderPositionJson,
  svg: async () => (await import("./positionSvg-XSKIKPDW.js")).renderPositionSvg
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
