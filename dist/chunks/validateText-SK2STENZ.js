import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  formatDiagnostic,
  renderValidateText
} from "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";
export {
  formatDiagnostic,
  renderValidateText
};
