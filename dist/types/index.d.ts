/**
 * The `plans` library: what the command-line tool does, as functions — load and validate plan
 * files, diff two plans, compare several, follow a lineage — and the renderers that turn each
 * result into text, Markdown or JSON. Pure: nothing here reads files or touches the process;
 * pass the text or bytes of a plan file in. docs/library.md has examples.
 */
export { type Cell, type CompareOptions, type CompareResult, type CompareRow, comparePlans, type Verdict, } from './compare/comparePlans.js';
export { type HistoryResult, type HistoryStep, planHistory } from './compare/history.js';
export { type DiffOptions, diffPlans, plansDiffer } from './diff/diffPlans.js';
export type { Change, ClauseDiff, ClauseStatus, PlanDiff, Value, ValueType } from './diff/types.js';
export { type LoadPlanOptions, loadPlan } from './load/api.js';
export { type CorpusEntry, type CorpusFinding, checkCorpus } from './load/corpus.js';
export { type Diagnostic, type DiagnosticCode, diagnosticCodes, type Severity } from './load/diagnostic.js';
export type { LoadedPlan, PlanMeta } from './load/result.js';
export { renderCompareJson } from './render/compareJson.js';
export { renderCompareMarkdown } from './render/compareMarkdown.js';
export { renderCompareTable } from './render/compareTable.js';
export { renderDiffJson } from './render/diffJson.js';
export { renderDiffMarkdown } from './render/diffMarkdown.js';
export { renderDiffTable } from './render/diffTable.js';
export { renderDiffText } from './render/diffText.js';
export { renderHistoryJson, renderHistoryMarkdown, renderHistoryText } from './render/history.js';
export type { RenderOptions } from './render/options.js';
export { renderShowJson } from './render/showJson.js';
export { renderShowMarkdown } from './render/showMarkdown.js';
export { renderShowText } from './render/showText.js';
export { renderValidateGithub } from './render/validateGithub.js';
export { renderValidateJson } from './render/validateJson.js';
export { renderValidateText } from './render/validateText.js';
export { type Family, families, type TypedFamily, typedFamilies } from './schema/families.js';
export { listKeyFields } from './schema/fields.js';
export type { ClauseSide, PlanHeader, SourceRef } from './schema/header.js';
export { planJsonSchema } from './schema/jsonSchema.js';
export { type Plan, type PlanInput, parsePlan } from './schema/plan.js';
export { type Vocabulary, vocabularies } from './schema/vocab.js';
export { buildReport, type ValidationReport } from './validate/report.js';
