import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/util/lowerFirst.ts
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export {
  lowerFirst
};
