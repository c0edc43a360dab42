/**
 * Rules across plan files: ids unique; `revises` names an existing plan, without cycles, and
 * a revision is not older than what it revises (a warning); `reaffirms` names an existing,
 * older plan of one of the plan's own proposers, without cycles. Each finding names the node
 * that refers (the second `id`, the `revises` value, the `reaffirms` entry's `plan`); it is
 * placed there by reading that one file again (load/locate.ts), so the files themselves need
 * not be kept. Linear in the number of plans (and their reaffirmations).
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
  readonly reaffirms?: readonly string[];
  readonly proposedBy?: readonly string[];
}

/** A cross-file finding, not yet placed: its node is the value at `path` in `file`. */
export interface CorpusFinding {
  readonly file: string;
  /** `['id']`, `['revises']` or `['reaffirms', i, 'plan']`. */
  readonly path: readonly (string | number)[];
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
  return { file: node.file, path: [field], severity, code, message };
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
            ...(meta.reaffirms ? { reaffirms: meta.reaffirms } : {}),
            ...(meta.proposed_by ? { proposedBy: meta.proposed_by } : {}),
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
  checkReaffirmations(nodes, byId, known, out);
  return out;
}

/** `reaffirms`: an existing, older plan of one of the plan's own proposers; no cycles. */
function checkReaffirmations(
  nodes: readonly Node[],
  byId: ReadonlyMap<string, Node>,
  known: ReadonlySet<string>,
  out: CorpusFinding[],
): void {
  for (const n of nodes) {
    if (!n.reaffirms || byId.get(n.id) !== n) continue;
    n.reaffirms.forEach((id, i) => {
      const finding = (code: DiagnosticCode, message: string): CorpusFinding => ({
        file: n.file,
        path: ['reaffirms', i, 'plan'],
        severity: 'error',
        code,
        message,
      });
      if (!known.has(id)) {
        const near = closest(id, known);
        out.push(
          finding(
            'unknown-reaffirms',
            `reaffirms "${id}", which is not a known plan${near.length ? ` — did you mean "${near[0]}"?` : ''}`,
          ),
        );
        return;
      }
      const target = byId.get(id);
      if (!target) return; // a plan beside the validated files: not read, so not checked further
      if (id === n.id) {
        out.push(finding('reaffirms-cycle', `reaffirms itself`));
        return;
      }
      if (target.date && n.date && target.date >= n.date) {
        out.push(
          finding(
            'reaffirms-later',
            `reaffirms "${id}", dated ${target.date}, not before this plan (${n.date}): a document can only keep what was said before it`,
          ),
        );
      }
      const mine = new Set(n.proposedBy ?? []);
      if (target.proposedBy && mine.size > 0 && !target.proposedBy.some((p) => mine.has(p))) {
        out.push(
          finding(
            'reaffirms-other-party',
            `reaffirms "${id}", a plan of ${target.proposedBy.join(', ')}, not of ${[...mine].join(', ')}: a party reaffirms only its own positions (use revises for an edit of another party's draft)`,
          ),
        );
      }
    });
  }
  // Cycles (possible only when dates are missing or equal): follow each plan's reaffirmations.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: Node, trail: Node[]): void => {
    state.set(n.id, 'open');
    for (const [i, id] of (n.reaffirms ?? []).entries()) {
      const next = byId.get(id);
      if (!next || next === n) continue;
      if (state.get(id) === 'open') {
        const cycle = [...trail.slice(trail.findIndex((t) => t.id === id)), n];
        out.push({
          file: n.file,
          path: ['reaffirms', i, 'plan'],
          severity: 'error',
          code: 'reaffirms-cycle',
          message: `reaffirms forms a cycle: ${[...cycle.map((c) => c.id), id].join(' → ')}`,
        });
      } else if (!state.has(id)) visit(next, [...trail, n]);
    }
    state.set(n.id, 'done');
  };
  for (const n of nodes) if (!state.has(n.id) && byId.get(n.id) === n) visit(n, []);
}
