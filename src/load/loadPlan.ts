/**
 * The loading pipeline for one file: bytes → text → located YAML → zod → per-file rules.
 * Each step adds diagnostics; nothing throws for bad input. A plan is returned only when
 * there is no error (warnings allowed).
 */
import type { Document } from 'yaml';
import { planFormat } from '../schema/families.js';
import { type Plan, parsePlan } from '../schema/plan.js';
import { checkPlan } from './checks.js';
import { compareDiagnostics, type Diagnostic, isError } from './diagnostic.js';
import { issueToProblems } from './issues.js';
import { format1Path, formatOf, migrateRaw } from './migrate.js';
import { type LoadedPlan, type LoadOptions, metaOf, type PlanMeta } from './result.js';
import { decodePlanBytes, excerpt } from './text.js';
import { type Problem, parseLocated, rangeAt } from './yaml.js';

export type { LoadedPlan, LoadOptions, PlanMeta };
export { metaOf };

/** 1-based line/column of an offset, for text that has no LineCounter yet. */
function positionIn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

export function loadPlanBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadedPlan {
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) {
    const { line, col } = positionIn(decoded.text, decoded.problem.offset);
    return {
      file,
      meta: {},
      diagnostics: [
        {
          file,
          line,
          col,
          endLine: line,
          endCol: col + 1,
          severity: 'error',
          code: decoded.problem.code,
          message: decoded.problem.message,
        },
      ],
    };
  }
  return loadPlanText(decoded.text, file, options);
}

export function loadPlanText(text: string, file: string, options: LoadOptions = {}): LoadedPlan {
  const located = parseLocated(text);
  const toDiagnostic = (p: Problem): Diagnostic => {
    const start = located.lineCounter.linePos(p.range[0]);
    const end = located.lineCounter.linePos(p.range[1]);
    return {
      file,
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...(p.path ? { path: p.path } : {}),
    };
  };
  const problems: Problem[] = [...located.problems];
  let meta: PlanMeta = {};
  const finish = (plan?: Plan): LoadedPlan => {
    const diagnostics = problems.map(toDiagnostic).sort(compareDiagnostics);
    const ok = plan !== undefined && !diagnostics.some(isError);
    return ok ? { file, plan, diagnostics, meta } : { file, diagnostics, meta };
  };

  const doc = located.doc;
  // Past a duplicate key the tree is still sound, so schema problems are worth reporting too.
  if (!doc || problems.some((p) => p.severity === 'error' && p.code !== 'duplicate-key')) return finish();

  const raw: unknown = doc.toJS({ maxAliasCount: 0 });
  meta = metaOf(raw);
  if (raw === null || raw === undefined) {
    problems.push({
      code: 'not-a-mapping',
      severity: 'error',
      message: 'file is empty; a plan file holds one mapping with id, title, sources and clauses',
      range: [0, 1],
    });
    return finish();
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const range = doc.contents?.range;
    problems.push({
      code: 'not-a-mapping',
      severity: 'error',
      message: `a plan file holds one mapping, not ${Array.isArray(raw) ? 'a list' : 'a single value'}`,
      range: range ? [range[0], Math.max(range[1], range[0] + 1)] : [0, 1],
    });
    return finish();
  }

  const format = formatOf(raw);
  if (format !== 1 && format !== planFormat) {
    problems.push({
      code: 'plan-format',
      severity: 'error',
      message: `format ${excerpt(String(format))} is not one this version of plans reads (formats 1 and ${planFormat}); update plans, or write format: ${planFormat}`,
      range: rangeAt(doc, ['format'], 'value'),
      path: ['format'],
    });
    return finish();
  }
  // A format-1 file is read as format 2 (migrate.ts), with a warning; its problems are placed
  // where the file writes the field.
  const old = format === 1;
  if (old) {
    problems.push({
      code: 'format-1',
      severity: 'warning',
      message: `written in plan format 1 (no "format" key); read as format ${planFormat} — run plans migrate on it to rewrite it`,
      range: rangeAt(doc, Object.hasOwn(raw, 'id') ? ['id'] : [], 'key'),
    });
  }
  const data: unknown = old ? migrateRaw(raw as Record<string, unknown>) : raw;
  const locate = old ? format1Path : (p: readonly (string | number)[]) => p;
  const parsed = parsePlan(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueToProblems(issue, data, doc, locate));
  }
  for (const p of checkPlan(data, options.expectedId)) {
    problems.push({ ...p, range: rangeAt(doc as Document.Parsed, locate(p.path), p.target) });
  }
  return finish(parsed.success ? parsed.data : undefined);
}
