import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlans,
  runCompare
} from "./chunk-GJVWTI7W.js";
import "./chunk-TXHHC44N.js";
import "./chunk-ZMGJERXK.js";
import "./chunk-KOU54KXE.js";
import "./chunk-HN6OK4C2.js";
import "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-PQHCNUCV.js";
import "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";
export {
  loadPlans,
  runCompare
};
