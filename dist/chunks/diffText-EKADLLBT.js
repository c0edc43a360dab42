import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  Chalk
} from "./chunk-SUXKU7QM.js";
import {
  changeSection,
  changeText,
  familiesOf,
  fieldLabel,
  isClauseSummary,
  sourceText,
  statusLabel,
  summaryLine
} from "./chunk-5VMAOCAD.js";
import {
  clipText,
  displayWidth,
  safeText,
  wrapHanging,
  wrapWords
} from "./chunk-RYYAMFKR.js";
import "./chunk-AZZC4ZFI.js";

// src/render/diffText.ts
var t = (s) => safeText(s, { singleLine: !0 });
function renderDiffText(diff, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), width = options.width ?? 100, shown = diff.clauses.filter((clause) => clause.status !== "same" || options.all), view = { diff, shown, c, width }, out = [];
  if (options.stat || out.push(...wrapHanging(headline(diff), width).map((line) => c.bold(line)), ""), out.push(...headers(diff, c, width)), options.stat) {
    let lines = statLines(view);
    lines.length > 0 && out.push("", ...lines);
  } else
    out.push(...typedSection(view)), out.push(...textSection(view)), options.sources !== !1 && out.push(...sourcesSection(view));
  return out.push("", ...wrapHanging(t(summaryLine(diff)), width).map((line) => c.bold(line))), `${out.join(`
`)}
`;
}
function headline(diff) {
  let s = diff.summary, count = summaryLine(diff).split(";")[0];
  if (s.families === 0) return count;
  let named = [
    ["changed", familiesOf(diff, "changed")],
    [`only in ${t(diff.left.id)}`, s.onlyLeft],
    [`only in ${t(diff.right.id)}`, s.onlyRight],
    ["reworded", familiesOf(diff, "reworded")],
    ["same", familiesOf(diff, "same")]
  ].filter(([, list]) => list.length > 0);
  return `${count} \u2014 ${named.map(([label, list]) => `${label}: ${list.join(", ")}`).join("; ")}`;
}
function headers(diff, c, width) {
  let header = (mark, paint, h) => {
    let lead = `${mark} ${t(h.id)}  `, about = `${t(h.proposed_by.join(", "))} \xB7 ${h.date} \xB7 ${h.status}${h.revises ? ` \xB7 revises ${t(h.revises)}` : ""}`;
    return [
      ...item(lead, displayWidth(lead), t(h.title), width, 4).map((line) => paint(line)),
      ...item("    ", 4, about, width).map((line) => c.dim(line))
    ];
  };
  return [...header("---", c.red.bold, diff.left), ...header("+++", c.green.bold, diff.right)];
}
function section(title, lines, { c, width }) {
  return lines.length === 0 ? [] : ["", ...wrapHanging(c.level > 0 ? c.bold.underline(title) : `== ${title} ==`, width), ...lines];
}
function markOf(ch, c) {
  return ch.kind === "added" ? c.green("+") : ch.kind === "removed" ? c.red("-") : c.yellow("~");
}
function item(lead, leadWidth, text, width, indent = leadWidth) {
  let words = text.split(" ").map(displayWidth);
  (indent * 2 > width || Math.max(0, ...words) > width - indent) && (indent = Math.min(indent, 6));
  let pad = " ".repeat(indent);
  if (width - leadWidth < Math.min(12, displayWidth(text)) || (words[0] ?? 0) > width - leadWidth) {
    let under = " ".repeat(Math.min(indent, 6));
    return [
      lead.trimEnd(),
      ...wrapWords(text, width - under.length, width - under.length).map((l) => `${under}${l}`)
    ];
  }
  let [first = "", ...rest] = wrapWords(text, width - leadWidth, width - indent);
  return [`${lead}${first}`, ...rest.map((line) => `${pad}${line}`)];
}
function breakLabel(label, first, rest) {
  let lines = [], line = "";
  for (let piece of label.split(/(?<=[ .])/))
    line !== "" && displayWidth(line + piece.trimEnd()) > (lines.length ? rest : first) && (lines.push(line.trimEnd()), line = ""), line += piece;
  return [...lines, line.trimEnd()];
}
function changeLines({ diff, c, width }, clause, changes) {
  let oneSided = clause.status === "only-left" || clause.status === "only-right", labels = changes.map((ch) => t(fieldLabel(ch))), labelWidth = Math.min(36, Math.floor(width / 3), Math.max(0, ...labels.map(displayWidth)));
  return changes.flatMap((ch, i) => {
    let label = labels[i];
    if (displayWidth(label) + 4 > width) {
      let [first = "", ...more] = breakLabel(label, width - 4, width - 6), under = (l) => `      ${l}`, text2 = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
      return [
        `  ${markOf(ch, c)} ${first}`,
        ...more.map(under),
        ...wrapWords(text2, width - 6, width - 6).map(under)
      ];
    }
    let pad = " ".repeat(Math.max(0, labelWidth - displayWidth(label))), lead = `  ${markOf(ch, c)} ${label}${pad}  `, text = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
    return item(lead, 4 + Math.max(labelWidth, displayWidth(label)) + 2, text, width);
  });
}
function heading(clause, diff, c) {
  return `${c.bold(clause.clause)} ${c.dim("\xB7")} ${c.cyan(statusLabel(clause, diff))}`;
}
function typedSection(view) {
  let { diff, shown, c } = view, out = [];
  for (let clause of shown) {
    let typed = clause.changes.filter((ch) => changeSection(ch) === "typed");
    typed.length === 0 && clause.status !== "only-left" && clause.status !== "only-right" || out.push("", heading(clause, diff, c), ...changeLines(view, clause, typed));
  }
  return section(
    `Typed changes: ~ changed, - only in ${t(diff.left.id)}, + only in ${t(diff.right.id)}`,
    out,
    view
  );
}
function textSection(view) {
  let { diff, shown, c, width } = view, out = [], idWidth = Math.max(displayWidth(t(diff.left.id)), displayWidth(t(diff.right.id))), side = (sign, paint, id, clause) => {
    let s = sign === "-" ? clause.left : clause.right, lead = paint(`  ${sign} ${t(id)}${" ".repeat(idWidth - displayWidth(t(id)))}  `);
    if (!s) return [`${lead}${c.dim("(silent)")}`];
    let kept = s.inherited ? ` (kept from ${t(s.inherited.from)}, ${s.inherited.date})` : "";
    return item(lead, idWidth + 6, `${t(s.summary)}${kept}`, width);
  };
  for (let clause of shown) {
    let text = clause.changes.filter((ch) => changeSection(ch) === "text");
    out.push(
      "",
      c.bold(clause.clause),
      ...side("-", c.red, diff.left.id, clause),
      ...side("+", c.green, diff.right.id, clause),
      ...changeLines(view, clause, text)
    );
  }
  return section("Text: summaries, notes, conditions, disputed claims", out, view);
}
function sourcesSection(view) {
  let { diff, shown, c, width } = view, out = [];
  for (let [id, pick] of [
    [diff.left.id, "left"],
    [diff.right.id, "right"]
  ]) {
    let cited = /* @__PURE__ */ new Map(), cite = (source, family) => {
      let entry = cited.get(source.key) ?? { source, families: [] };
      entry.families.includes(family) || entry.families.push(family), cited.set(source.key, entry);
    };
    for (let clause of shown) {
      for (let s of clause[pick]?.sources ?? []) cite(s, clause.clause);
      for (let ch of clause.changes)
        for (let s of ch.inherited?.[pick]?.sources ?? []) cite(s, clause.clause);
    }
    if (cited.size !== 0) {
      out.push("", c.bold(t(id)));
      for (let { source, families } of cited.values()) {
        let text = `${t(sourceText(source))} \xB7 ${families.join(", ")}`, key = `[${t(source.key)}]`;
        out.push(...item(`  ${c.dim(key)} `, 2 + displayWidth(key) + 1, text, width, 4));
      }
    }
  }
  return section("Sources, each once, with the families citing it", out, view);
}
function statLines({ diff, shown, c, width }) {
  let rows = shown.map((clause) => {
    let changes = clause.changes.filter((ch) => !isClauseSummary(ch)), count = (kind) => changes.filter((ch) => ch.kind === kind).length, note = clause.status === "changed" ? "" : `  (${statusLabel(clause, diff)})`;
    return {
      clause,
      total: changes.length,
      changed: count("changed"),
      added: count("added"),
      removed: count("removed"),
      note
    };
  }), nameWidth = Math.max(0, ...rows.map((r) => r.clause.clause.length)), countWidth = String(Math.max(0, ...rows.map((r) => r.total))).length, lead = 1 + nameWidth + 3 + countWidth + 1, noteWidth = Math.max(0, ...rows.map((r) => displayWidth(t(r.note)))), room = Math.max(3, width - lead - noteWidth), most = Math.max(1, ...rows.map((r) => r.total)), scale = (n) => n === 0 ? 0 : most <= room ? n : Math.max(1, Math.floor(n * room / most));
  return rows.map((r) => {
    let marks = [scale(r.changed), scale(r.removed), scale(r.added)], bar = c.yellow("~".repeat(marks[0])) + c.red("-".repeat(marks[1])) + c.green("+".repeat(marks[2])), note = clipText(t(r.note), width - lead - marks[0] - marks[1] - marks[2]);
    return ` ${r.clause.clause.padEnd(nameWidth)} | ${String(r.total).padStart(countWidth)} ${bar}${c.dim(note)}`;
  });
}
export {
  headline,
  renderDiffText
};
