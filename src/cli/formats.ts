/**
 * Every output format of every command, as a record of lazy loaders: the keys are commander's
 * `--format` choices, the values load a renderer only when it is used. Declared in one light
 * module so the CLI can offer the choices without loading any command.
 */
export const listFormats = {
  table: async () => (await import('../render/list.js')).renderListTable,
  markdown: async () => (await import('../render/list.js')).renderListMarkdown,
  json: async () => (await import('../render/list.js')).renderListJson,
} as const;
export type ListFormat = keyof typeof listFormats;

export const showFormats = {
  text: async () => (await import('../render/showText.js')).renderShowText,
  markdown: async () => (await import('../render/showMarkdown.js')).renderShowMarkdown,
  json: async () => (await import('../render/showJson.js')).renderShowJson,
} as const;
export type ShowFormat = keyof typeof showFormats;

export const compareFormats = {
  table: async () => (await import('../render/compareTable.js')).renderCompareTable,
  markdown: async () => (await import('../render/compareMarkdown.js')).renderCompareMarkdown,
  json: async () => (await import('../render/compareJson.js')).renderCompareJson,
} as const;
export type CompareFormat = keyof typeof compareFormats;

export const historyFormats = {
  text: async () => (await import('../render/history.js')).renderHistoryText,
  markdown: async () => (await import('../render/history.js')).renderHistoryMarkdown,
  json: async () => (await import('../render/history.js')).renderHistoryJson,
} as const;
export type HistoryFormat = keyof typeof historyFormats;

export const validateFormats = {
  text: async () => (await import('../render/validateText.js')).renderValidateText,
  json: async () => (await import('../render/validateJson.js')).renderValidateJson,
  github: async () => (await import('../render/validateGithub.js')).renderValidateGithub,
} as const;
export type ValidateFormat = keyof typeof validateFormats;

export const diffFormats = {
  text: async () => (await import('../render/diffText.js')).renderDiffText,
  table: async () => (await import('../render/diffTable.js')).renderDiffTable,
  markdown: async () => (await import('../render/diffMarkdown.js')).renderDiffMarkdown,
  json: async () => (await import('../render/diffJson.js')).renderDiffJson,
} as const;
export type DiffFormat = keyof typeof diffFormats;

export const positionFormats = {
  text: async () => (await import('../render/position.js')).renderPositionText,
  markdown: async () => (await import('../render/position.js')).renderPositionMarkdown,
  json: async () => (await import('../render/position.js')).renderPositionJson,
  svg: async () => (await import('../render/positionSvg.js')).renderPositionSvg,
} as const;
export type PositionFormat = keyof typeof positionFormats;
