/**
 * Rules across plan files: ids unique, `revises` names an existing plan, no `revises`
 * cycles, a revision is not older than what it revises. Each finding is located at the node
 * that refers (the second `id`, the `revises` value). Linear in the number of plans.
 */
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostic.js';
import type { LoadedPlan } from './loadPlan.js';
import { closest } from './suggest.js';
import { rangeAt } from './yaml.js';

interface Node {
  readonly loaded: LoadedPlan;
  readonly id: string;
  readonly revises?: string;
  readonly date?: string;
}

function readTop(loaded: LoadedPlan): Node | undefined {
  if (loaded.plan) {
    const { id, revises, date } = loaded.plan;
    return { loaded, id, ...(revises ? { revises } : {}), date };
  }
  // Invalid files still take part when their id is readable, so duplicates are caught early.
  const raw = loaded.located?.doc?.toJS({ maxAliasCount: 0 }) as Record<string, unknown> | null | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.id !== 'string') return undefined;
  return {
    loaded,
    id: raw.id,
    ...(typeof raw.revises === 'string' ? { revises: raw.revises } : {}),
    ...(typeof raw.date === 'string' ? { date: raw.date } : {}),
  };
}

function at(
  node: Node,
  field: 'id' | 'revises',
  severity: Severity,
  code: DiagnosticCode,
  message: string,
): Diagnostic {
  const located = node.loaded.located!;
  const [start, end] = located.doc ? rangeAt(located.doc, [field], 'value') : [0, 1];
  const s = located.lineCounter.linePos(start);
  const e = located.lineCounter.linePos(end);
  return {
    file: node.loaded.file,
    line: s.line,
    col: s.col,
    endLine: e.line,
    endCol: e.col,
    severity,
    code,
    message,
    path: [field],
  };
}

/**
 * @param plans the files being validated
 * @param otherIds ids that exist without being validated now (sibling files not named)
 */
export function checkCorpus(plans: readonly LoadedPlan[], otherIds: Iterable<string> = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nodes = plans.map(readTop).filter((n): n is Node => n !== undefined);
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const first = byId.get(n.id);
    if (first) {
      out.push(at(n, 'id', 'error', 'duplicate-id', `id "${n.id}" is already used by ${first.loaded.file}`));
    } else byId.set(n.id, n);
  }
  const known = new Set([...byId.keys(), ...otherIds]);

  for (const n of nodes) {
    if (!n.revises || byId.get(n.id) !== n) continue;
    if (!known.has(n.revises)) {
      const near = closest(n.revises, known);
      const hint = near.length ? ` — did you mean "${near[0]}"?` : '';
      out.push(
        at(
          n,
          'revises',
          'error',
          'unknown-revises',
          `revises "${n.revises}", which is not a known plan${hint}`,
        ),
      );
      continue;
    }
    const target = byId.get(n.revises);
    if (target?.date && n.date && target.date > n.date) {
      out.push(
        at(
          n,
          'revises',
          'warning',
          'revises-newer',
          `revises "${n.revises}", dated ${target.date}, after this plan (${n.date})`,
        ),
      );
    }
  }

  // Cycles: follow `revises` from each plan, marking plans whose chain is already settled.
  const settled = new Set<string>();
  for (const start of byId.values()) {
    const path: Node[] = [];
    const onPath = new Set<string>();
    let cur: Node | undefined = start;
    while (cur && !settled.has(cur.id)) {
      if (onPath.has(cur.id)) {
        const cycle = path.slice(path.findIndex((p) => p.id === cur!.id));
        const names = [...cycle.map((p) => p.id), cur.id].join(' → ');
        for (const member of cycle) {
          out.push(at(member, 'revises', 'error', 'revises-cycle', `revises forms a cycle: ${names}`));
        }
        break;
      }
      onPath.add(cur.id);
      path.push(cur);
      cur = cur.revises ? byId.get(cur.revises) : undefined;
    }
    for (const p of path) settled.add(p.id);
  }
  return out;
}
