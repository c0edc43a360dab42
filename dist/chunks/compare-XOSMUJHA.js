import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlans,
  runCompare
} from "./chunk-3PCSUMZS.js";
import "./chunk-SASD6REA.js";
import "./chunk-K24GQPZH.js";
import "./chunk-KOU54KXE.js";
import "./chunk-DMZJDZYE.js";
import "./chunk-NQLWNV7L.js";
import "./chunk-ZP2EVB77.js";
import "./chunk-36X4JEF2.js";
import "./chunk-PO4MDKIB.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-DTQ5KS4K.js";
import "./chunk-42LPGVRM.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-SQTAG3RS.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-ILHEFFZV.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-SSCSSAEK.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-GWERCWVP.js";
import "./chunk-AZZC4ZFI.js";
export {
  loadPlans,
  runCompare
};
