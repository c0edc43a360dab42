import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/cli/formats.ts
var listFormats = {
  table: async () => (await import("./list-EOCFY7TN.js")).renderListTable,
  markdown: async () => (await import("./list-EOCFY7TN.js")).renderListMarkdown,
  json: async () => (await import("./list-EOCFY7TN.js")).renderListJson
}, showFormats = {
  text: async () => (await import("./showText-565JEZXW.js")).renderShowText,
  markdown: async () => (await import("./showMarkdown-VSCGKUAB.js")).renderShowMarkdown,
  json: async () => (await import("./showJson-SJQQVJXJ.js")).renderShowJson
}, compareFormats = {
  table: async () => (await import("./compareTable-HFBNADFC.js")).renderCompareTable,
  markdown: async () => (await import("./compareMarkdown-FNZ5GTOZ.js")).renderCompareMarkdown,
  json: async () => (await import("./compareJson-SAUGQIYW.js")).renderCompareJson
}, historyFormats = {
  text: async () => (await import("./history-V2OXUXBX.js")).renderHistoryText,
  markdown: async () => (await import("./history-V2OXUXBX.js")).renderHistoryMarkdown,
  json: async () => (await import("./history-V2OXUXBX.js")).renderHistoryJson
}, validateFormats = {
  text: async () => (await import("./validateText-OWHWYBRQ.js")).renderValidateText,
  json: async () => (await import("./validateJson-AZYU637T.js")).renderValidateJson,
  github: async () => (await import("./validateGithub-GPW7V3AO.js")).renderValidateGithub
}, diffFormats = {
  text: async () => (await import("./diffText-Q3VJEBQR.js")).renderDiffText,
  table: async () => (await import("./diffTable-BF3ZME6O.js")).renderDiffTable,
  markdown: async () => (await import("./diffMarkdown-BHDPJCKM.js")).renderDiffMarkdown,
  json: async () => (await import("./diffJson-FWSCOCYC.js")).renderDiffJson
}, positionFormats = {
  text: async () => (await import("./position-ZHQHLKTZ.js")).renderPositionText,
  markdown: async () => (await import("./position-ZHQHLKTZ.js")).renderPositionMarkdown,
  json: async () => (await import("./position-ZHQHLKTZ.js")).renderPositionJson,
  svg: async () => (await import("./positionSvg-ISVU63QJ.js")).renderPositionSvg
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
