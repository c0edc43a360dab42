import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/render/json.ts
var unsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function jsonText(value) {
  return `${JSON.stringify(value, null, 2).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}
`;
}

export {
  jsonText
};
