/**
 * `plans completion bash|zsh|fish`: a completion script for the commands, their options, the
 * values of options that have a fixed set (formats, clause families, --color) and plan ids.
 * The script is generated from the commander program, so a new command or option completes
 * without editing this file. Plan ids come from `plans completion --ids` at completion time.
 */
import type { Command, Option } from 'commander';
import { families } from '../schema/families.js';

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

/** Commands whose arguments are plans (ids, or .yaml files). */
const planCommands = new Set(['diff', 'compare', 'history', 'show', 'map']);
/** Options whose value is a file or directory: the shell completes file names. */
const fileOptions = new Set(['--out', '--inject', '--map', '--plans-dir']);

interface OptionSpec {
  readonly flags: readonly string[];
  readonly description: string;
  /** The option takes a value: `<value>` (or `[value]` with choices, as --color). */
  readonly takesValue: boolean;
  /** The value is optional and given with "=" (--color=always). */
  readonly attached?: boolean;
  readonly values?: readonly string[];
  readonly files?: boolean;
}

interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly plans: boolean;
  readonly values?: readonly string[];
}

function optionSpec(o: Option): OptionSpec {
  const flags = [o.long, o.short].filter((f): f is string => Boolean(f));
  const values = o.long === '--clause' ? families : o.argChoices;
  return {
    flags,
    description: o.description,
    takesValue: o.required || (o.optional && values !== undefined),
    ...(values ? { values } : {}),
    ...(o.long && fileOptions.has(o.long) ? { files: true } : {}),
    ...(o.optional ? { attached: true } : {}),
  };
}

const help: OptionSpec = { flags: ['--help', '-h'], description: 'display help', takesValue: false };

function specOf(program: Command): { globals: OptionSpec[]; commands: CommandSpec[] } {
  const visible = (options: readonly Option[]) => options.filter((o) => !o.hidden).map(optionSpec);
  return {
    globals: [...visible(program.options), help],
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: [...visible(c.options), help],
      plans: planCommands.has(c.name()),
      ...(c.name() === 'completion' ? { values: shells } : {}),
    })),
  };
}

export function completionScript(shell: Shell, program: Command): string {
  const spec = specOf(program);
  return shell === 'fish' ? fish(spec) : bashFunction(spec, shell);
}

/** A word list for compgen -W, in single quotes (words never hold a quote). */
const words = (list: readonly string[]) => `'${[...new Set(list)].join(' ')}'`;

function bashFunction(spec: ReturnType<typeof specOf>, shell: 'bash' | 'zsh'): string {
  const flags = (options: readonly OptionSpec[]) => options.flatMap((o) => o.flags);
  const valueCases: string[] = [];
  for (const c of spec.commands) {
    for (const o of c.options) {
      if (!o.values) continue;
      const pattern = o.flags.map((f) => `${c.name}:${f}`).join('|');
      valueCases.push(`    ${pattern}) COMPREPLY=($(compgen -W ${words(o.values)} -- "$cur")); return ;;`);
    }
  }
  const freeValues = new Set(
    [...spec.globals, ...spec.commands.flatMap((c) => c.options)]
      .filter((o) => o.takesValue && !o.values)
      .flatMap((o) => o.flags),
  );
  const color = spec.globals.find((o) => o.flags.includes('--color'))?.values ?? [];
  const head =
    shell === 'zsh'
      ? `# zsh completion for plans: the bash completion, through zsh's bashcompinit. In ~/.zshrc,
# after compinit:
#   source <(plans completion zsh)
autoload -U +X bashcompinit && bashcompinit
`
      : `# bash completion for plans. In ~/.bashrc:
#   source <(plans completion bash)
`;
  return `${head}_plans() {
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
  if [[ $prev == --color && $cur == = ]]; then COMPREPLY=(${color.join(' ')}); return; fi
  if [[ $prev == = && \${COMP_WORDS[COMP_CWORD-2]} == --color ]]; then
    COMPREPLY=($(compgen -W ${words(color)} -- "$cur")); return
  fi
  case "$cmd:$prev" in
${valueCases.join('\n')}
    *:${[...freeValues].join('|*:')}) return ;;
  esac
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W ${words([...spec.commands.map((c) => c.name), ...flags(spec.globals)])} -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    case $cmd in
${spec.commands.map((c) => `      ${c.name}) COMPREPLY=($(compgen -W ${words([...flags(c.options), ...flags(spec.globals)])} -- "$cur")) ;;`).join('\n')}
    esac
    return
  fi
  case $cmd in
    ${spec.commands
      .filter((c) => c.plans)
      .map((c) => c.name)
      .join('|')}) COMPREPLY=($(compgen -W "$(plans "\${dir[@]}" completion --ids 2>/dev/null)" -- "$cur")) ;;
${spec.commands
  .filter((c) => c.values)
  .map((c) => `    ${c.name}) COMPREPLY=($(compgen -W ${words(c.values!)} -- "$cur")) ;;`)
  .join('\n')}
  esac
}
# -o default: where nothing above applies (paths, --out), the shell completes file names.
complete -o default -F _plans plans
`;
}

/** Text in fish single quotes. */
const quoted = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function fish(spec: ReturnType<typeof specOf>): string {
  const lines = [
    '# fish completion for plans. Save it as ~/.config/fish/completions/plans.fish, or:',
    '#   plans completion fish | source',
    'complete -c plans -f',
  ];
  const option = (o: OptionSpec, condition?: string) => {
    const parts = ['complete -c plans'];
    if (condition) parts.push(`-n ${quoted(condition)}`);
    for (const f of o.flags) parts.push(f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
    if (o.attached) {
      // Only as --color=WHEN: a separate word would be read as an argument.
      const given = `string match -q -- '${o.flags[0]}=*' (commandline -ct)`;
      const forms = (o.values ?? []).map((v) => `${o.flags[0]}=${v}`).join(' ');
      lines.push(`complete -c plans -n ${quoted(given)} -a ${quoted(forms)}`);
    } else if (o.values) parts.push(`-x -a ${quoted(o.values.join(' '))}`);
    else if (o.files) parts.push('-r -F');
    else if (o.takesValue) parts.push('-x');
    parts.push(`-d ${quoted(o.description)}`);
    return parts.join(' ');
  };
  for (const o of spec.globals) lines.push(option(o));
  for (const c of spec.commands) {
    lines.push(`complete -c plans -n __fish_use_subcommand -a ${c.name} -d ${quoted(c.description)}`);
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) if (!o.flags.includes('--help')) lines.push(option(o, seen));
    if (c.plans)
      lines.push(`complete -c plans -n ${quoted(seen)} -F -a '(plans completion --ids 2>/dev/null)'`);
    if (c.values) lines.push(`complete -c plans -n ${quoted(seen)} -a ${quoted(c.values.join(' '))}`);
    if (c.name === 'validate' || c.name === 'migrate') lines.push(`complete -c plans -n ${quoted(seen)} -F`);
  }
  return `${lines.join('\n')}\n`;
}
