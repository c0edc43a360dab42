import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/header.ts
function sourceRefs(plan, keys) {
  let refs = [];
  for (let key of new Set(keys)) {
    let s = plan.sources[key];
    if (!s) {
      refs.push({ key, title: key });
      continue;
    }
    let ref = { key, title: s.title };
    s.publisher && (ref.publisher = s.publisher), s.published && (ref.published = s.published), s.url && (ref.url = s.url), s.flags && (ref.flags = s.flags), refs.push(ref);
  }
  return refs;
}
function clauseSide(plan, family) {
  if (family === "other") {
    let other = plan.clauses.other;
    return other ? {
      summary: `${other.length} ${other.length === 1 ? "provision" : "provisions"}: ${other.map((o) => o.topic).join(", ")}`,
      sources: sourceRefs(
        plan,
        other.flatMap((o) => o.sources)
      )
    } : void 0;
  }
  let clause = plan.clauses[family];
  if (!clause) return;
  let whole = plan.inherited?.find((i) => i.path.length === 1 && i.path[0] === family);
  return {
    summary: clause.summary,
    sources: sourceRefs(plan, clause.sources),
    ...whole ? { inherited: { from: whole.from, date: whole.date } } : {}
  };
}
function planHeader(plan) {
  return {
    id: plan.id,
    title: plan.title,
    proposed_by: plan.proposed_by,
    date: plan.date,
    status: plan.status,
    ...plan.revises ? { revises: plan.revises } : {},
    ...plan.reaffirms ? { reaffirms: plan.reaffirms.map((r) => r.plan) } : {}
  };
}

export {
  sourceRefs,
  clauseSide,
  planHeader
};
