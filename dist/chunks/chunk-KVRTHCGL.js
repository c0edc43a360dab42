import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/compare/words.ts
var verdictWords = {
  agree: "every plan that states the field says the same thing (qualifiers included)",
  differ: "at least two plans state the field and they do not all say the same thing",
  "one plan": "only one of the compared plans states the field",
  "common ground": "a family two or more plans state some of the same fields in, and agree on every field they both state",
  contested: "families ranked by how many of their fields differ (then by the share that differ)",
  silent: "the plan states nothing in the family, not even by keeping an earlier plan (reaffirms)",
  inherited: 'a value the plan keeps from an earlier plan of its party that it reaffirms, named after "from"'
};

export {
  verdictWords
};
