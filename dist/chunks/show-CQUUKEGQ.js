import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  loadPlanArgument,
  withReaffirmed
} from "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import {
  showFormats
} from "./chunk-PQHCNUCV.js";
import {
  exitCodes
} from "./chunk-V6YNDNEO.js";
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

// src/cli/commands/show.ts
async function runShow(arg, format, io, dirFlag, render, own = !1) {
  let { plan } = await loadPlanArgument(arg, io, dirFlag), { plans, warnings } = own ? { plans: [plan], warnings: [] } : await withReaffirmed([plan], io, dirFlag);
  return {
    output: (await showFormats[format]())(plans[0], render),
    exitCode: exitCodes.ok,
    ...warnings.length ? { stderr: warnings } : {}
  };
}
export {
  runShow
};
