import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  jsonText
} from "./chunk-KQSUDDD5.js";
import "./chunk-AZZC4ZFI.js";

// src/render/showJson.ts
var showVersion = 2;
function renderShowJson(plan, _options) {
  let { inherited = [], ...rest } = plan;
  return jsonText({ version: showVersion, plan: rest, inherited });
}
export {
  renderShowJson,
  showVersion
};
