import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  catalogPlans
} from "./chunk-ZMGJERXK.js";
import "./chunk-KOU54KXE.js";
import "./chunk-HN6OK4C2.js";
import {
  diffPlans
} from "./chunk-HYGQ3KUZ.js";
import {
  isPathArgument,
  loadPlanArgument
} from "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import {
  historyFormats
} from "./chunk-PQHCNUCV.js";
import {
  exitCodes
} from "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import {
  byCodeUnits
} from "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import {
  planHeader
} from "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-GFDULHKG.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/compare/history.ts
var historyVersion = 1;
function planHistory(target, catalog) {
  let chain = [target], missing, seen = /* @__PURE__ */ new Set([target.id]);
  for (let cur = target; cur.revises; ) {
    let prev = catalog.get(cur.revises);
    if (!prev) {
      missing = cur.revises;
      break;
    }
    if (seen.has(prev.id)) break;
    seen.add(prev.id), chain.unshift(prev), cur = prev;
  }
  let steps = chain.map((plan, i) => {
    if (i === 0)
      return { plan: planHeader(plan), changed: [], added: [], dropped: [], reworded: [], typedChanges: 0 };
    let d = diffPlans(chain[i - 1], plan), pick = (s) => d.clauses.filter((c) => c.status === s).map((c) => c.clause);
    return {
      plan: planHeader(plan),
      changed: pick("changed"),
      added: pick("only-right"),
      dropped: pick("only-left"),
      reworded: pick("reworded"),
      typedChanges: d.clauses.reduce((n, c) => n + c.changes.filter((ch) => ch.type !== "text").length, 0)
    };
  }), ids = new Set(chain.map((p) => p.id)), branches = [...catalog.values()].filter((p) => p.revises && ids.has(p.revises) && !ids.has(p.id)).map((p) => ({ id: p.id, revises: p.revises })).sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    version: historyVersion,
    chain: chain.map((p) => p.id),
    steps,
    branches,
    ...missing ? { missing } : {}
  };
}

// src/cli/commands/history.ts
async function runHistory(arg, format, io, plansDir, render) {
  let given = isPathArgument(arg) ? (await loadPlanArgument(arg, io, plansDir)).plan : void 0, catalog = new Map((await catalogPlans(io, plansDir)).map((p) => [p.id, p])), plan = given ?? catalog.get(arg) ?? (await loadPlanArgument(arg, io, plansDir)).plan;
  return catalog.set(plan.id, plan), {
    output: (await historyFormats[format]())(planHistory(plan, catalog), render),
    exitCode: exitCodes.ok
  };
}
export {
  runHistory
};
