import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  jsonText
} from "./chunk-KQSUDDD5.js";
import "./chunk-AZZC4ZFI.js";

// src/render/diffJson.ts
function renderDiffJson(diff, _options) {
  return jsonText(diff);
}
export {
  renderDiffJson
};
