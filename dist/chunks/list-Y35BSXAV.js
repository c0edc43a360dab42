import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  familyLetters,
  listColumns,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
} from "./chunk-IPAVNUR4.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-QZCS5LLY.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KQSUDDD5.js";
import "./chunk-E6QU3WYT.js";
import "./chunk-HXP4DMOP.js";
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
