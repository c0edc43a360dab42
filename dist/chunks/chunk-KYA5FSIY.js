import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/fields.ts
var listKeyFields = {
  other: "topic",
  force_caps: "proposed_by",
  force_limits: "party",
  frozen_assets_shares: "to",
  zones: "kind",
  zaporizhzhia_npp_options: "proposed_by",
  disputed: "field",
  reaffirms: "plan"
}, orderedLists = /* @__PURE__ */ new Set(["order"]), clauseBaseFields = /* @__PURE__ */ new Set(["summary", "sources", "note", "disputed"]), textFields = /* @__PURE__ */ new Set([
  "summary",
  "note",
  "condition",
  "after",
  "conditions",
  "claim"
]), qualifiers = {
  start: ["within", "condition", "preconditions"],
  troops: ["applies"]
};

export {
  listKeyFields,
  orderedLists,
  clauseBaseFields,
  textFields,
  qualifiers
};
