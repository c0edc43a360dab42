import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/families.ts
var typedFamilies = [
  "sovereignty",
  "ceasefire",
  "recognition",
  "elections",
  "neutrality",
  "security_package",
  "sanctions",
  "economy",
  "energy_transit",
  "implementation",
  "signatories",
  "accountability",
  "humanitarian",
  "rights"
], families = [...typedFamilies, "other"], planFormat = 2;

export {
  families,
  planFormat
};
