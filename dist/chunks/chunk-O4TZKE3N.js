import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/cli/formats.ts
var listFormats = {
  table: async () => (await import("./list-IMPOKMJN.js")).renderListTable,
  markdown: async () => (await import("./list-IMPOKMJN.js")).renderListMarkdown,
  json: async () => (await import("./list-IMPOKMJN.js")).renderListJson
}, showFormats = {
  text: async () => (await import("./showText-QO26T5V6.js")).renderShowText,
  markdown: async () => (await import("./showMarkdown-H5MJHIBC.js")).renderShowMarkdown,
  json: async () => (await import("./showJson-SJQQVJXJ.js")).renderShowJson
}, compareFormats = {
  table: async () => (await import("./compareTable-IOZY4VMD.js")).renderCompareTable,
  markdown: async () => (await import("./compareMarkdown-Q7KFNGUN.js")).renderCompareMarkdown,
  json: async () => (await import("./compareJson-SAUGQIYW.js")).renderCompareJson
}, historyFormats = {
  text: async () => (await import("./history-CXQ7GTTI.js")).renderHistoryText,
  markdown: async () => (await import("./history-CXQ7GTTI.js")).renderHistoryMarkdown,
  json: async () => (await import("./history-CXQ7GTTI.js")).renderHistoryJson
}, validateFormats = {
  text: async () => (await import("./validateText-TF7O4DZD.js")).renderValidateText,
  json: async () => (await import("./validateJson-AZYU637T.js")).renderValidateJson,
  github: async () => (await import("./validateGithub-TO2SHMPD.js")).renderValidateGithub
}, diffFormats = {
  text: async () => (await import("./diffText-A77CNA4A.js")).renderDiffText,
  table: async () => (await import("./diffTable-YWYNUCH5.js")).renderDiffTable,
  markdown: async () => (await import("./diffMarkdown-ZTHW5KLB.js")).renderDiffMarkdown,
  json: async () => (await import("./diffJson-FWSCOCYC.js")).renderDiffJson
}, positionFormats = {
  text: async () => (await import("./position-HWDUF6MY.js")).renderPositionText,
  markdown: async () => (await import("./position-HWDUF6MY.js")).renderPositionMarkdown,
  json: async () => (await import("./position-HWDUF6MY.js")).renderPositionJson,
  svg: async () => (await import("./positionSvg-GK6VUCZU.js")).renderPositionSvg
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
