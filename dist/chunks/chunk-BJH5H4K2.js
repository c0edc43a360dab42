import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  families
} from "./chunk-RRGM3VHY.js";

// src/cli/completion.ts
var shells = ["bash", "zsh", "fish"], planCommands = /* @__PURE__ */ new Set(["diff", "compare", "history", "show", "map"]), fileOptions = /* @__PURE__ */ new Set(["--out", "--inject", "--map", "--plans-dir"]);
function optionSpec(o) {
  let flags = [o.long, o.short].filter((f) => !!f), values = o.long === "--clause" ? families : o.argChoices;
  return {
    flags,
    description: o.description,
    takesValue: o.required || o.optional && values !== void 0,
    ...values ? { values } : {},
    ...o.long && fileOptions.has(o.long) ? { files: !0 } : {},
    ...o.optional ? { attached: !0 } : {}
  };
}
var help = { flags: ["--help", "-h"], description: "display help", takesValue: !1 };
function specOf(program) {
  let visible = (options) => options.filter((o) => !o.hidden).map(optionSpec);
  return {
    globals: [...visible(program.options), help],
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: [...visible(c.options), help],
      plans: planCommands.has(c.name()),
      ...c.name() === "completion" ? { values: shells } : {}
    }))
  };
}
function completionScript(shell, program) {
  let spec = specOf(program);
  return shell === "fish" ? fish(spec) : bashFunction(spec, shell);
}
var words = (list) => `'${[...new Set(list)].join(" ")}'`;
function bashFunction(spec, shell) {
  let flags = (options) => options.flatMap((o) => o.flags), valueCases = [];
  for (let c of spec.commands)
    for (let o of c.options) {
      if (!o.values) continue;
      let pattern = o.flags.map((f) => `${c.name}:${f}`).join("|");
      valueCases.push(`    ${pattern}) COMPREPLY=($(compgen -W ${words(o.values)} -- "$cur")); return ;;`);
    }
  let freeValues = new Set(
    [...spec.globals, ...spec.commands.flatMap((c) => c.options)].filter((o) => o.takesValue && !o.values).flatMap((o) => o.flags)
  ), color = spec.globals.find((o) => o.flags.includes("--color"))?.values ?? [];
  return `${shell === "zsh" ? `# zsh completion for plans: the bash completion, through zsh's bashcompinit. In ~/.zshrc,
# after compinit:
#   source <(plans completion zsh)
autoload -U +X bashcompinit && bashcompinit
` : `# bash completion for plans. In ~/.bashrc:
#   source <(plans completion bash)
`}_plans() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local cmd='' dir=() i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      --plans-dir) dir=(--plans-dir "\${COMP_WORDS[i+1]}"); ((i++)) ;;
      -*) ;;
      *) cmd=\${COMP_WORDS[i]}; break ;;
    esac
  done
  # --color=WHEN: readline splits the word at "=".
  if [[ $prev == --color && $cur == = ]]; then COMPREPLY=(${color.join(" ")}); return; fi
  if [[ $prev == = && \${COMP_WORDS[COMP_CWORD-2]} == --color ]]; then
    COMPREPLY=($(compgen -W ${words(color)} -- "$cur")); return
  fi
  case "$cmd:$prev" in
${valueCases.join(`
`)}
    *:${[...freeValues].join("|*:")}) return ;;
  esac
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W ${words([...spec.commands.map((c) => c.name), ...flags(spec.globals)])} -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    case $cmd in
${spec.commands.map((c) => `      ${c.name}) COMPREPLY=($(compgen -W ${words([...flags(c.options), ...flags(spec.globals)])} -- "$cur")) ;;`).join(`
`)}
    esac
    return
  fi
  case $cmd in
    ${spec.commands.filter((c) => c.plans).map((c) => c.name).join("|")}) COMPREPLY=($(compgen -W "$(plans "\${dir[@]}" completion --ids 2>/dev/null)" -- "$cur")) ;;
${spec.commands.filter((c) => c.values).map((c) => `    ${c.name}) COMPREPLY=($(compgen -W ${words(c.values)} -- "$cur")) ;;`).join(`
`)}
  esac
}
# -o default: where nothing above applies (paths, --out), the shell completes file names.
complete -o default -F _plans plans
`;
}
var quoted = (s) => `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
function fish(spec) {
  let lines = [
    "# fish completion for plans. Save it as ~/.config/fish/completions/plans.fish, or:",
    "#   plans completion fish | source",
    "complete -c plans -f"
  ], option = (o, condition) => {
    let parts = ["complete -c plans"];
    condition && parts.push(`-n ${quoted(condition)}`);
    for (let f of o.flags) parts.push(f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
    if (o.attached) {
      let given = `string match -q -- '${o.flags[0]}=*' (commandline -ct)`, forms = (o.values ?? []).map((v) => `${o.flags[0]}=${v}`).join(" ");
      lines.push(`complete -c plans -n ${quoted(given)} -a ${quoted(forms)}`);
    } else o.values ? parts.push(`-x -a ${quoted(o.values.join(" "))}`) : o.files ? parts.push("-r -F") : o.takesValue && parts.push("-x");
    return parts.push(`-d ${quoted(o.description)}`), parts.join(" ");
  };
  for (let o of spec.globals) lines.push(option(o));
  for (let c of spec.commands) {
    lines.push(`complete -c plans -n __fish_use_subcommand -a ${c.name} -d ${quoted(c.description)}`);
    let seen = `__fish_seen_subcommand_from ${c.name}`;
    for (let o of c.options) o.flags.includes("--help") || lines.push(option(o, seen));
    c.plans && lines.push(`complete -c plans -n ${quoted(seen)} -F -a '(plans completion --ids 2>/dev/null)'`), c.values && lines.push(`complete -c plans -n ${quoted(seen)} -a ${quoted(c.values.join(" "))}`), (c.name === "validate" || c.name === "migrate") && lines.push(`complete -c plans -n ${quoted(seen)} -F`);
  }
  return `${lines.join(`
`)}
`;
}

export {
  shells,
  completionScript
};
