import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  formatDiagnostic,
  renderValidateText
} from "./chunk-SQTAG3RS.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-SSCSSAEK.js";
import "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";
export {
  formatDiagnostic,
  renderValidateText
};
