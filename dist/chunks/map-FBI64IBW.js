import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mapDataPath,
  mapSvgFor,
  maxMapPanels,
  runMap
} from "./chunk-K5543WL4.js";
import "./chunk-A5MM5HIY.js";
import "./chunk-XX3DYMZ4.js";
import "./chunk-36X4JEF2.js";
import "./chunk-PO4MDKIB.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-ILHEFFZV.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";
export {
  mapDataPath,
  mapSvgFor,
  maxMapPanels,
  runMap
};
