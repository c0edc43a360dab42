import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  completionScript,
  shells
} from "./chunk-BJH5H4K2.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-AZZC4ZFI.js";
export {
  completionScript,
  shells
};
