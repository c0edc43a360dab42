import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  familyLetters,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
} from "./chunk-XDSJKXPM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KQSUDDD5.js";
import "./chunk-PJBVDYPW.js";
import "./chunk-EP5BUBQC.js";
import "./chunk-SSCSSAEK.js";
import "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";
export {
  familyLetters,
  listEntry,
  listVersion,
  renderListJson,
  renderListMarkdown,
  renderListTable
};
