import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/util/byCodeUnits.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  byCodeUnits
};
