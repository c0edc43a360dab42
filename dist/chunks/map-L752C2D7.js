import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mapDataPath,
  mapSvgFor,
  maxMapPanels,
  runMap
} from "./chunk-APFQFEGO.js";
import "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-KK3XBNMJ.js";
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
