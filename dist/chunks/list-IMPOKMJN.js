import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  familyLetters,
  listColumns,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
} from "./chunk-ZN5RK5VN.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-FVL3YFSU.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KQSUDDD5.js";
import "./chunk-ZCHQSNPA.js";
import "./chunk-DOEQMIP7.js";
import "./chunk-AZZC4ZFI.js";
export {
  familyLetters,
  listColumns,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
};
