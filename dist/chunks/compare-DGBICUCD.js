import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlans,
  runCompare
} from "./chunk-DHZRGF3W.js";
import "./chunk-RTTPRHDE.js";
import "./chunk-BSACX3MH.js";
import "./chunk-KOU54KXE.js";
import "./chunk-EK4FEZAG.js";
import "./chunk-A5MM5HIY.js";
import "./chunk-XX3DYMZ4.js";
import "./chunk-36X4JEF2.js";
import "./chunk-PO4MDKIB.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-ELATZVF6.js";
import "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-ILHEFFZV.js";
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
