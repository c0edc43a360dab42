import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  expandPaths
} from "./chunk-HN6OK4C2.js";
import {
  formatOf,
  migrateRaw
} from "./chunk-D34R5EG7.js";
import "./chunk-Q2OHQFQT.js";
import "./chunk-36X4JEF2.js";
import "./chunk-ZSP727K5.js";
import "./chunk-YSNBIHK4.js";
import {
  parseLocated,
  require_dist
} from "./chunk-VFU57FZC.js";
import "./chunk-Z6SYOHXR.js";
import "./chunk-MHPQEOZ3.js";
import {
  cannotReplace,
  writeFile
} from "./chunk-FYJPZDJF.js";
import {
  CliError,
  exitCodes,
  readPlanFile
} from "./chunk-V6YNDNEO.js";
import "./chunk-OMOMNURU.js";
import "./chunk-4NCVOBMZ.js";
import {
  decodePlanBytes
} from "./chunk-2CCC5Z3M.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-KYA5FSIY.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-RYYAMFKR.js";
import {
  __toESM
} from "./chunk-AZZC4ZFI.js";

// src/load/migrateText.ts
var import_yaml = __toESM(require_dist(), 1);
var disputedRenames = {
  army_cap: "force_limits.troops",
  army_cap_scope: "force_limits.applies",
  frozen_assets_usd_bn: "frozen_assets_amount"
};
function same(a, b) {
  if (a === b) return !0;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a === null || b === null || typeof a != "object" || typeof b != "object") return !1;
  let ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(
    (k) => Object.hasOwn(b, k) && same(a[k], b[k])
  );
}
function pairIn(map, key) {
  if ((0, import_yaml.isMap)(map))
    return map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
}
function migratePlanText(input) {
  let crlf = input.includes(`\r
`), text = crlf ? input.replace(/\r\n/g, `
`) : input, notAPlan = {
    ok: !1,
    notAPlan: !0,
    reason: "not a plan file (no top-level id and clauses)"
  }, looksLikePlan = /^["']?id["']?[ \t]*:/m.test(text) && /^["']?clauses["']?[ \t]*:/m.test(text), located = parseLocated(text), doc = located.doc;
  if (!doc || located.problems.some((p) => p.severity === "error"))
    return looksLikePlan ? { ok: !1, reason: "the file is not well-formed YAML; run plans validate on it first" } : notAPlan;
  let raw = doc.toJS({ maxAliasCount: 0 });
  if (raw === null || typeof raw != "object" || Array.isArray(raw))
    return looksLikePlan ? { ok: !1, reason: "the file does not hold a plan (one mapping)" } : notAPlan;
  if (!("id" in raw && "clauses" in raw)) return notAPlan;
  let format = formatOf(raw);
  if (format !== 1)
    return format === 2 ? { ok: !0, text: input, changed: !1 } : { ok: !1, reason: `format ${String(format)} is not one plans migrates (format 1 to 2)` };
  let expected = migrateRaw(raw), top = doc.contents;
  if (!(0, import_yaml.isMap)(top) || top.flow)
    return { ok: !1, reason: 'the top level is not a block mapping; add "format: 2" by hand' };
  let edits = [], lineStart = (offset) => text.lastIndexOf(`
`, offset - 1) + 1, lineEnd = (offset) => {
    let nl = text.indexOf(`
`, offset);
    return nl < 0 ? text.length : nl + 1;
  }, ownLines = (pair) => {
    let key = pair.key, value = pair.value;
    if (!key.range || !value?.range || !(0, import_yaml.isScalar)(value)) return;
    let start = lineStart(key.range[0]), indent = text.slice(start, key.range[0]);
    if (!/^ *$/.test(indent)) return;
    let end = lineEnd(value.range[1]), rest = text.slice(value.range[1], end).trim();
    if (!(rest !== "" && !rest.startsWith("#")))
      return { start, end, indent, value: text.slice(value.range[0], value.range[1]), comment: rest };
  }, first = top.items[0]?.key;
  if (!first?.range) return { ok: !1, reason: "the plan has no keys" };
  let firstLine = lineStart(first.range[0]);
  if (firstLine !== first.range[0])
    return { ok: !1, reason: 'the top-level keys are indented; add "format: 2" by hand' };
  edits.push({ start: firstLine, end: firstLine, text: `format: 2
` });
  let clauses = pairIn(top, "clauses")?.value, sp = pairIn(clauses, "security_package")?.value, cap = pairIn(sp, "army_cap"), scope = pairIn(sp, "army_cap_scope");
  if (cap || scope) {
    let a = cap && ownLines(cap), b = scope && ownLines(scope);
    if (cap && !a || scope && !b)
      return {
        ok: !1,
        reason: "army_cap is not written on a line of its own; move it to force_limits by hand"
      };
    let at = a ?? b, withComment = (line, comment) => comment ? `${line}  ${comment}` : line, lines = [`${at.indent}force_limits:`, `${at.indent}  - party: Ukraine`];
    a && lines.push(withComment(`${at.indent}    troops: ${a.value}`, a.comment)), b && lines.push(withComment(`${at.indent}    applies: ${b.value}`, b.comment)), edits.push({ start: at.start, end: at.end, text: `${lines.join(`
`)}
` }), a && b && edits.push({ start: b.start, end: b.end, text: "" });
  }
  let sanctions = pairIn(clauses, "sanctions")?.value, usd = pairIn(sanctions, "frozen_assets_usd_bn");
  if (usd) {
    let key = usd.key, value = usd.value;
    if (!key.range || !value?.range || !(0, import_yaml.isScalar)(value) || typeof value.value != "number")
      return { ok: !1, reason: "frozen_assets_usd_bn is not a plain number; rewrite it by hand" };
    edits.push({ start: key.range[0], end: key.range[1], text: "frozen_assets_amount" }), edits.push({
      start: value.range[0],
      end: value.range[1],
      text: `${text.slice(value.range[0], value.range[1])} bn USD`
    });
  }
  for (let family of [sp, sanctions]) {
    let list = pairIn(family, "disputed")?.value;
    if ((0, import_yaml.isSeq)(list))
      for (let item of list.items) {
        let field = pairIn(item, "field")?.value;
        if (!(0, import_yaml.isScalar)(field) || typeof field.value != "string" || !field.range) continue;
        let renamed = disputedRenames[field.value];
        renamed && edits.push({ start: field.range[0], end: field.range[1], text: renamed });
      }
  }
  let out = text;
  for (let e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  let check = parseLocated(out), back = check.doc && !check.problems.some((p) => p.severity === "error") ? check.doc.toJS() : void 0;
  return same(back, expected) ? { ok: !0, text: crlf ? out.replace(/\n/g, `\r
`) : out, changed: !0 } : {
    ok: !1,
    reason: "the file is laid out in a way the migration cannot edit safely; migrate it by hand (docs/plan-format.md#format-1)"
  };
}

// src/cli/commands/migrate.ts
async function runMigrate(args, options, io) {
  let targets = await expandPaths(args, io, options.plansDir ?? {});
  if (targets.length === 0) throw new CliError("no plan files to migrate");
  let planned = [], skipped = [];
  for (let t of targets) {
    let read = readPlanFile(t.abs);
    if (!read.ok) throw new CliError(`${t.file}: ${read.reason}`);
    let decoded = decodePlanBytes(read.bytes);
    if (!decoded.ok) throw new CliError(`${t.file}: ${decoded.problem.message}; not migrated`);
    let result = migratePlanText(decoded.text);
    if (!result.ok && result.notAPlan && t.within !== void 0) {
      skipped.push(`skipped ${t.file}: ${result.reason}`);
      continue;
    }
    if (!result.ok) throw new CliError(`cannot migrate ${t.file}: ${result.reason}`);
    planned.push({ file: t.file, abs: t.abs, changed: result.changed });
  }
  let stale = planned.filter((p) => p.changed);
  if (options.check) {
    let lines2 = [...skipped, ...stale.map((p) => `${p.file}: format 1; run plans migrate ${p.file}`)];
    return lines2.push(`${planned.length} checked, ${stale.length} to migrate`), { output: `${lines2.join(`
`)}
`, exitCode: stale.length > 0 ? exitCodes.found : exitCodes.ok };
  }
  for (let p of stale) {
    let why = cannotReplace(p.abs, p.file);
    if (why) throw new CliError(`cannot migrate ${p.file}: ${why}; no file changed`);
  }
  let migrated = [];
  for (let p of stale) {
    try {
      writeFile({
        path: p.abs,
        shown: p.file,
        needsText: !0,
        mayOverwriteInput: !0,
        update: (current) => {
          if (current === void 0) throw new CliError(`${p.file}: no such file; not migrated`);
          let bom = current.startsWith("\uFEFF") ? "\uFEFF" : "", result = migratePlanText(current.slice(bom.length));
          if (!result.ok) throw new CliError(`cannot migrate ${p.file}: ${result.reason}`);
          return bom + result.text;
        }
      });
    } catch (e) {
      throw !(e instanceof CliError) || migrated.length === 0 ? e : new CliError(`${e.message} (already migrated: ${migrated.join(", ")}; the rest unchanged)`);
    }
    migrated.push(p.file);
  }
  return { output: `${[
    ...skipped,
    ...planned.map((p) => p.changed ? `migrated ${p.file}` : `${p.file} is already format 2`)
  ].join(`
`)}
`, exitCode: exitCodes.ok };
}
export {
  runMigrate
};
