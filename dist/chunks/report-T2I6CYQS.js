import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  mapSvgFor,
  maxMapPanels
} from "./chunk-APFQFEGO.js";
import {
  loadPlans
} from "./chunk-GJVWTI7W.js";
import {
  partyPosition
} from "./chunk-XCI5S5D6.js";
import {
  comparePlans,
  familyFields
} from "./chunk-TXHHC44N.js";
import {
  catalogPlans
} from "./chunk-ZMGJERXK.js";
import "./chunk-KOU54KXE.js";
import "./chunk-HN6OK4C2.js";
import {
  withReaffirmed
} from "./chunk-ZV7M44MO.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-PQHCNUCV.js";
import {
  exitCodes
} from "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import "./chunk-2CCC5Z3M.js";
import "./chunk-VUCWAW3I.js";
import "./chunk-SUXKU7QM.js";
import {
  clauseSide,
  sourceRefs
} from "./chunk-3AEP3XEF.js";
import "./chunk-GTTK4Q7F.js";
import "./chunk-KK3XBNMJ.js";
import {
  inheritedAt
} from "./chunk-GFDULHKG.js";
import {
  listKeyFields,
  qualifiers
} from "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-5VMAOCAD.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-KVRTHCGL.js";
import "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/compare/reportData.ts
var isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v);
function claims(plan, list) {
  return (list ?? []).map((d) => ({ field: d.field, claim: d.claim, sources: sourceRefs(plan, d.sources) }));
}
function fieldName(path) {
  let out = [];
  for (let i = 0; i < path.length; i++)
    out.push(path[i]), listKeyFields[path[i]] !== void 0 && i++;
  return out.join(".");
}
function claimIsAbout(disputed, field) {
  if (disputed === field || field.startsWith(`${disputed}.`) || disputed.startsWith(`${field}.`)) return !0;
  let split = (f) => {
    let at = f.lastIndexOf(".");
    return [f.slice(0, at + 1), f.slice(at + 1)];
  }, [dHead, dLast] = split(disputed), [fHead, fLast] = split(field);
  return dHead === fHead && (qualifiers[fLast] ?? []).includes(dLast);
}
function entryNotes(clause, path) {
  let notes = [], node = clause, list = "";
  for (let seg of path) {
    if (Array.isArray(node)) {
      let key = listKeyFields[list];
      node = key === void 0 ? void 0 : node.find((e) => isObj(e) && String(e[key]) === seg);
    } else if (isObj(node))
      list = seg, node = node[seg];
    else break;
    isObj(node) && typeof node.note == "string" && notes.push(node.note);
  }
  return notes;
}
function origin(plan, path) {
  let i = inheritedAt(plan, path);
  return i ? { plan: i.from, date: i.date } : void 0;
}
function familyContext(plan, family) {
  let fields = familyFields(plan, family), side = clauseSide(plan, family);
  if (!fields || !side) return;
  let cells = /* @__PURE__ */ new Map();
  if (family === "other") {
    for (let o of plan.clauses.other ?? []) {
      let from2 = origin(plan, ["other", o.topic]);
      cells.set(o.topic, {
        sources: sourceRefs(plan, o.sources),
        notes: o.note ? [o.note] : [],
        disputed: claims(plan, o.disputed),
        summary: o.summary,
        ...from2 ? { from: from2 } : {}
      });
    }
    let from = side.inherited ? { plan: side.inherited.from, date: side.inherited.date } : void 0;
    return {
      cells,
      clause: { summary: side.summary, disputed: [], sources: side.sources, ...from ? { from } : {} }
    };
  }
  let clause = plan.clauses[family], disputed = claims(plan, clause.disputed), names = fields.map((f) => fieldName(f.path));
  for (let [n, f] of fields.entries()) {
    let inherited = inheritedAt(plan, [family, ...f.path]);
    cells.set(f.field, {
      sources: inherited ? sourceRefs(plan, inherited.sources) : side.sources,
      notes: entryNotes(clause, f.path),
      disputed: disputed.filter((d) => claimIsAbout(d.field, names[n])),
      ...inherited ? { from: { plan: inherited.from, date: inherited.date } } : {}
    });
  }
  return {
    cells,
    clause: {
      summary: side.summary,
      ...clause.note ? { note: clause.note } : {},
      disputed: disputed.filter((d) => !names.some((name) => claimIsAbout(d.field, name))),
      sources: side.sources,
      ...side.inherited ? { from: { plan: side.inherited.from, date: side.inherited.date } } : {}
    }
  };
}
function reportData(plans, compare) {
  let byFamily = new Map(
    compare.families.map((f) => [f.family, plans.map((plan) => familyContext(plan, f.family))])
  );
  return {
    compare,
    cells: compare.rows.map(
      (row) => plans.map(
        (_, i) => row.cells[i] === null ? null : byFamily.get(row.family)?.[i]?.cells.get(row.field) ?? null
      )
    ),
    clauses: compare.families.map((f) => byFamily.get(f.family).map((c) => c?.clause ?? null)),
    plans: plans.map((plan) => ({
      ...plan.note ? { note: plan.note } : {},
      disputed: claims(plan, plan.disputed)
    }))
  };
}

// src/cli/commands/report.ts
var statesTerritory = (plan) => Object.keys(plan.clauses.recognition?.territories ?? {}).length > 0;
async function runReport(args, options, io) {
  let loaded = await loadPlans(args, options.all ?? !1, io, options.plansDir ?? {}, "report"), catalog = loaded.catalog ?? await catalogPlans(io, options.plansDir ?? {}), { plans, warnings } = options.own ? { plans: loaded.plans, warnings: [] } : await withReaffirmed(loaded.plans, io, options.plansDir ?? {}, new Map(catalog.map((p) => [p.id, p]))), catalogIds = new Set(catalog.map((p) => p.id)), documents = [...catalog, ...loaded.plans.filter((p) => !catalogIds.has(p.id))];
  return { output: await reportPage(plans, documents), exitCode: exitCodes.ok, ...warnings.length ? { stderr: warnings } : {} };
}
async function reportPage(plans, documents) {
  let data = reportData(plans, comparePlans(plans)), mapped = plans.filter(statesTerritory), map = mapped.length && mapped.length <= maxMapPanels ? { svg: await mapSvgFor(mapped), plans: mapped.map((p) => p.id) } : void 0, [{ renderPositionSvg }, { renderReportHtml }] = await Promise.all([
    import("./positionSvg-XSKIKPDW.js"),
    import("./reportHtml-564FTGO7.js")
  ]), positions = [...new Set(plans.flatMap((p) => p.proposed_by))].map((party, i) => {
    let result = partyPosition(documents, party);
    return { result, svg: renderPositionSvg(result, { idPrefix: `position-${i + 1}-` }) };
  });
  return renderReportHtml({ data, positions, ...map ? { map } : {} }, {});
}
export {
  reportPage,
  runReport
};
