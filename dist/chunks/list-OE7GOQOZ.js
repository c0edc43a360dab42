import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  familyLetters,
  listColumns,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
} from "./chunk-2PKHYDB2.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-KMV5KWPQ.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KQSUDDD5.js";
import "./chunk-I7GVVMME.js";
import "./chunk-RYYAMFKR.js";
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
