/**
 * Rules across plan files: ids unique, `revises` names an existing plan, no `revises`
 * cycles, a revision is not older than what it revises. Each finding names the node that
 * refers (the second `id`, the `revises` value); it is placed there by reading that one file
 * again (load/locate.ts), so the files themselves need not be kept. Linear in the number of plans.
 */
import type { DiagnosticCode, Severity } from './diagnostic.js';
import type { PlanMeta } from './loadPlan.js';
import { closest } from './suggest.js';

/** One file as the cross-file rules see it. */
export interface CorpusEntry {
  readonly file: string;
  readonly meta: PlanMeta;
}

interface Node {
  readonly file: string;
  readonly id: string;
  readonly revises?: string;
  readonly date?: string;
}

/** A cross-file finding, not yet placed: its node is the `id` or `revises` value of `file`. */
export interface CorpusFinding {
  readonly file: string;
  readonly field: 'id' | 'revises';
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
}

function at(
  node: Node,
  field: 'id' | 'revises',
  severity: Severity,
  code: DiagnosticCode,
  message: string,
): CorpusFinding {
  return { file: node.file, field, severity, code, message };
}

/**
 * @param entries the files being validated
 * @param otherIds ids that exist without being validated now (sibling files not named)
 * @returns findings to be placed at their node (see locateFinding in load/locate.ts)
 */
export function checkCorpus(entries: readonly CorpusEntry[], otherIds: Iterable<string>): CorpusFinding[] {
  const out: CorpusFinding[] = [];
  const nodes: Node[] = entries.flatMap(({ file, meta }) =>
    meta.id === undefined
      ? []
      : [
          {
            file,
            id: meta.id,
            ...(meta.revises ? { revises: meta.revises } : {}),
            ...(meta.date ? { date: meta.date } : {}),
          },
        ],
  );
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const first = byId.get(n.id);
    if (first) {
      out.push(at(n, 'id', 'error', 'duplicate-id', `id "${n.id}" is already used by ${first.file}`));
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
