import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  closest
} from "./chunk-OMOMNURU.js";

// src/load/corpus.ts
function at(node, field, severity, code, message) {
  return { file: node.file, path: [field], severity, code, message };
}
function checkCorpus(entries, otherIds) {
  let out = [], nodes = entries.flatMap(
    ({ file, meta }) => meta.id === void 0 ? [] : [
      {
        file,
        id: meta.id,
        ...meta.revises ? { revises: meta.revises } : {},
        ...meta.date ? { date: meta.date } : {},
        ...meta.reaffirms ? { reaffirms: meta.reaffirms } : {},
        ...meta.proposed_by ? { proposedBy: meta.proposed_by } : {}
      }
    ]
  ), byId = /* @__PURE__ */ new Map();
  for (let n of nodes) {
    let first = byId.get(n.id);
    first ? out.push(at(n, "id", "error", "duplicate-id", `id "${n.id}" is already used by ${first.file}`)) : byId.set(n.id, n);
  }
  let known = /* @__PURE__ */ new Set([...byId.keys(), ...otherIds]);
  for (let n of nodes) {
    if (!n.revises || byId.get(n.id) !== n) continue;
    if (!known.has(n.revises)) {
      let near = closest(n.revises, known), hint = near.length ? ` \u2014 did you mean "${near[0]}"?` : "";
      out.push(
        at(
          n,
          "revises",
          "error",
          "unknown-revises",
          `revises "${n.revises}", which is not a known plan${hint}`
        )
      );
      continue;
    }
    let target = byId.get(n.revises);
    target?.date && n.date && target.date > n.date && out.push(
      at(
        n,
        "revises",
        "warning",
        "revises-newer",
        `revises "${n.revises}", dated ${target.date}, after this plan (${n.date})`
      )
    );
  }
  let settled = /* @__PURE__ */ new Set();
  for (let start of byId.values()) {
    let path = [], onPath = /* @__PURE__ */ new Set(), cur = start;
    for (; cur && !settled.has(cur.id); ) {
      if (onPath.has(cur.id)) {
        let cycle = path.slice(path.findIndex((p) => p.id === cur.id)), names = [...cycle.map((p) => p.id), cur.id].join(" \u2192 ");
        for (let member of cycle)
          out.push(at(member, "revises", "error", "revises-cycle", `revises forms a cycle: ${names}`));
        break;
      }
      onPath.add(cur.id), path.push(cur), cur = cur.revises ? byId.get(cur.revises) : void 0;
    }
    for (let p of path) settled.add(p.id);
  }
  return checkReaffirmations(nodes, byId, known, out), out;
}
function checkReaffirmations(nodes, byId, known, out) {
  for (let n of nodes)
    !n.reaffirms || byId.get(n.id) !== n || n.reaffirms.forEach((id, i) => {
      let finding = (code, message) => ({
        file: n.file,
        path: ["reaffirms", i, "plan"],
        severity: "error",
        code,
        message
      });
      if (!known.has(id)) {
        let near = closest(id, known);
        out.push(
          finding(
            "unknown-reaffirms",
            `reaffirms "${id}", which is not a known plan${near.length ? ` \u2014 did you mean "${near[0]}"?` : ""}`
          )
        );
        return;
      }
      let target = byId.get(id);
      if (!target) return;
      if (id === n.id) {
        out.push(finding("reaffirms-cycle", "reaffirms itself"));
        return;
      }
      target.date && n.date && target.date >= n.date && out.push(
        finding(
          "reaffirms-later",
          `reaffirms "${id}", dated ${target.date}, not before this plan (${n.date}): a document can only keep what was said before it`
        )
      );
      let mine = new Set(n.proposedBy ?? []);
      target.proposedBy && mine.size > 0 && !target.proposedBy.some((p) => mine.has(p)) && out.push(
        finding(
          "reaffirms-other-party",
          `reaffirms "${id}", a plan of ${target.proposedBy.join(", ")}, not of ${[...mine].join(", ")}: a party reaffirms only its own positions (use revises for an edit of another party's draft)`
        )
      );
    });
  let state = /* @__PURE__ */ new Map(), visit = (n, trail) => {
    state.set(n.id, "open");
    for (let [i, id] of (n.reaffirms ?? []).entries()) {
      let next = byId.get(id);
      if (!(!next || next === n))
        if (state.get(id) === "open") {
          let cycle = [...trail.slice(trail.findIndex((t) => t.id === id)), n];
          out.push({
            file: n.file,
            path: ["reaffirms", i, "plan"],
            severity: "error",
            code: "reaffirms-cycle",
            message: `reaffirms forms a cycle: ${[...cycle.map((c) => c.id), id].join(" \u2192 ")}`
          });
        } else state.has(id) || visit(next, [...trail, n]);
    }
    state.set(n.id, "done");
  };
  for (let n of nodes) !state.has(n.id) && byId.get(n.id) === n && visit(n, []);
}

export {
  checkCorpus
};
