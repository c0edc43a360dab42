/**
 * The command-line interface declared apart from running it: `buildProgram` wires commander
 * to the commands; `run` executes argv against an Io and returns the exit code. Only this
 * layer touches the process (through Io), the file system and exit codes.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { verdictWords } from '../compare/words.js';
import { isError } from '../load/diagnostic.js';
import { closest } from '../load/suggest.js';
import type { RenderOptions } from '../render/options.js';
import { safeText } from '../render/terminal.js';
import { formatDiagnostic } from '../render/validateText.js';
import { type Family, families } from '../schema/families.js';
import { type Shell, shells } from './completion.js';
import { CliError, type CommandResult, exitCodes, failureText } from './errors.js';
import { forgetPlansRead } from './files.js';
import {
  type CompareFormat,
  compareFormats,
  type DiffFormat,
  diffFormats,
  type HistoryFormat,
  historyFormats,
  type ListFormat,
  listFormats,
  type PositionFormat,
  positionFormats,
  type ShowFormat,
  showFormats,
  type ValidateFormat,
  validateFormats,
} from './formats.js';
import { injectSection } from './inject.js';
import { type Io, renderWidth, useColor } from './io.js';
import { pagerFor } from './pager.js';
import { displayPath, findPlan, type Lookup, packageVersion, planLayers } from './plansDir.js';
import { type WriteRequest, withLineEnds, writeFile } from './write.js';

interface GlobalOptions {
  plansDir?: string;
  /** false with --no-bundled. */
  bundled: boolean;
  /** --color=WHEN (a bare --color is read as always), or false for --no-color. */
  color?: ColorWhen | false;
  /** false with --no-pager. */
  pager: boolean;
}

const colorWhens = ['always', 'never', 'auto'] as const;
type ColorWhen = (typeof colorWhens)[number];

/** --color as git takes it: always and never decide, auto (the default) leaves it to the terminal. */
function colorFlag(when: ColorWhen | false | undefined): boolean | undefined {
  return when === 'always' ? true : when === 'never' || when === false ? false : undefined;
}

/**
 * argv as commander reads it: a bare `--color` is `--color=always` (so that `plans --color diff`
 * does not take `diff` for its value), and `-V` is `--version` as it was before `-v`.
 */
export function normalizeArgv(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    if (end !== -1 && i > end) return arg;
    return arg === '--color' ? '--color=always' : arg === '-V' ? '--version' : arg;
  });
}

/** --clause accepts repeated and comma-separated names; each must be a clause family. */
export function parseClauses(values: readonly string[] | undefined): Family[] | undefined {
  if (!values || values.length === 0) return undefined;
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(families as readonly string[]).includes(name)) {
      const [near] = closest(name, families);
      throw new CliError(
        `unknown clause family "${name}"${near ? ` — did you mean "${near}"?` : ''} (one of: ${families.join(', ')})`,
      );
    }
  }
  return names as Family[];
}

function formatOption(formats: Record<string, unknown>, fallback: string, help = 'output format'): Option {
  return new Option('-f, --format <format>', help).choices(Object.keys(formats)).default(fallback);
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** Where a report goes: stdout, a file, or a section of a Markdown file; `check` only compares. */
export interface OutputTarget {
  readonly out?: string;
  readonly inject?: string;
  readonly section?: string;
  readonly check?: boolean;
}

function reportOptions(command: Command): Command {
  return command
    .option('-o, --out <file>', 'write the output to a file (atomically) instead of stdout')
    .option(
      '--inject <file>',
      'replace the section between <!-- plans:begin --> and <!-- plans:end --> in a Markdown file (as Markdown unless --format says otherwise)',
    )
    .option(
      '--section <name>',
      'with --inject: use the markers <!-- plans:begin NAME --> and <!-- plans:end NAME -->',
    )
    .option('--check', 'with --out or --inject: write nothing; exit 1 if the file is stale, 0 if current')
    .hook('preAction', markdownForInject);
}

/** --inject writes into a Markdown file: Markdown is the format unless --format is given. */
function markdownForInject(command: Command): void {
  const format = command.options.find((o) => o.long === '--format');
  if (!command.opts().inject || !format?.argChoices?.includes('markdown')) return;
  if (command.getOptionValueSource('format') === 'default') command.setOptionValue('format', 'markdown');
}

/** The output target a command's options name; `injectable` when the command has --inject. */
function target(opts: OutputTarget, injectable = true): OutputTarget {
  if (opts.out === '') throw new CliError('--out needs a file name (or - for stdout)');
  if (opts.inject === '') throw new CliError('--inject needs a file name');
  if (opts.out && opts.inject) throw new CliError('give --out or --inject, not both');
  if (opts.check && !opts.out && !opts.inject) {
    throw new CliError(injectable ? '--check needs --out or --inject' : '--check needs --out');
  }
  if (opts.section !== undefined && !opts.inject) throw new CliError('--section goes with --inject');
  if (opts.check && opts.out === '-') throw new CliError('--check needs a file, not - (stdout)');
  if (opts.section !== undefined && !/^[a-z0-9-]+$/.test(opts.section)) {
    throw new CliError('--section names are lowercase letters, digits and hyphens');
  }
  return {
    ...(opts.out ? { out: opts.out } : {}),
    ...(opts.inject ? { inject: opts.inject } : {}),
    ...(opts.section ? { section: opts.section } : {}),
    ...(opts.check ? { check: true } : {}),
  };
}

export function buildProgram(
  io: Io,
  done: (result: CommandResult, output?: OutputTarget) => void,
  captureError: (text: string) => void = (t) => io.stderr(t),
): Command {
  const program = new Command('plans');
  // Before any subcommand is added: subcommands copy these settings when created.
  program.configureOutput({
    writeOut: (s) => io.stdout(s),
    writeErr: captureError,
    outputError: captureError,
  });
  const globals = () => program.opts<GlobalOptions>();
  // Where plan ids are looked up (plansDir.ts Lookup): --plans-dir, and --no-bundled.
  const plansDir = (): Lookup => {
    const { plansDir: dir, bundled } = globals();
    return { ...(dir !== undefined ? { dir } : {}), ...(bundled === false ? { bundled: false } : {}) };
  };
  const render = (to: OutputTarget = {}): RenderOptions => ({
    // Colour never goes into files.
    color: to.out === undefined && to.inject === undefined && useColor(io, colorFlag(globals().color)),
    width: renderWidth(io),
  });

  program
    .description('Compare the terms of peace plans clause by clause.')
    .version(packageVersion(), '-v, --version')
    .option(
      '--plans-dir <dir>',
      'your plans directory (default: $PLANS_DIR, else ./plans); ids are looked up there, then in the bundled plans',
    )
    .option(
      '--no-bundled',
      'look ids up in your plans directory only, not in the plans bundled with the tool',
    )
    .addOption(
      new Option(
        '--color [when]',
        'colour: always (--color alone), never, or auto: only on a terminal (the default; NO_COLOR and FORCE_COLOR are honoured)',
      ).choices(colorWhens),
    )
    .option('--no-color', 'the same as --color=never')
    .option('--no-pager', 'write long output directly instead of through $PLANS_PAGER, $PAGER or less -FRX')
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .exitOverride()
    .addHelpText(
      'after',
      `${examples('plans diff us-miami kremlin', 'plans compare us-miami kremlin kyiv', 'plans validate plans/', 'plans list')}
Exit codes: 0 success · 1 plans differ (--exit-code), a file is invalid or has warnings under --strict (validate), or a report is stale (--check) · 2 usage error, unknown plan or invalid input.`,
    );

  reportOptions(
    program
      .command('diff')
      .description('show how two plans differ, clause family by clause family')
      .argument('<a>', 'plan id, .yaml file, or - for stdin')
      .argument('<b>', 'plan id, .yaml file, or - for stdin')
      .addOption(formatOption(diffFormats, 'text'))
      .option('-c, --clause <names...>', `only these clause families (${families.join(', ')})`)
      .option('-a, --all', 'also show clause families that are the same')
      .option(
        '--stat',
        'with --format text: one line per clause family, its changes by kind (as git diff --stat)',
      )
      .option('--no-sources', 'leave out the sources behind each side')
      .option('--exit-code', 'exit 1 when the plans differ, 0 when they do not (as git diff --exit-code)')
      .option('--own', "each plan's own words only: nothing carried over from the plans it reaffirms"),
  )
    .addHelpText(
      'after',
      examples(
        'plans diff us-miami kremlin',
        'plans diff us-miami kremlin --stat',
        'plans diff us-28-point e3-counterproposal --clause security_package neutrality --no-sources',
        'plans diff us-miami kremlin --format markdown --out diff.md',
        'plans diff plans/us-geneva.yaml us-miami --format json --exit-code',
      ),
    )
    .action(async (a: string, b: string, opts: DiffCli) => {
      const to = target(opts);
      const clauses = parseClauses(opts.clause);
      if (opts.stat && opts.format !== 'text') throw new CliError('--stat goes with --format text');
      const options = {
        format: opts.format,
        ...(clauses ? { clauses } : {}),
        ...(opts.exitCode ? { exitCode: true } : {}),
        ...(opts.own ? { own: true } : {}),
        plansDir: plansDir(),
      };
      const { runDiff } = await import('./commands/diff.js');
      const view = { all: opts.all ?? false, sources: opts.sources, stat: opts.stat ?? false };
      done(await runDiff(a, b, options, io, { ...render(to), ...view }), to);
    });

  reportOptions(
    program
      .command('compare')
      .description('compare several plans field by field: a matrix with a verdict per row and a summary')
      .argument('[plans...]', 'two or more plan ids, .yaml files, or - for stdin (once)')
      .option('--all', 'compare every plan in the plans directory')
      .addOption(formatOption(compareFormats, 'table'))
      .option('-c, --clause <names...>', 'only these clause families')
      .option('-d, --differences', 'hide rows where all addressing plans agree')
      .option('--only-differences', 'the same as --differences')
      .option(
        '--map <file.svg>',
        'with --format markdown: write a territory map beside the report and link it',
      )
      .option('--no-sources', 'with --format markdown: leave out the list of sources')
      .option('--own', "each plan's own words only: nothing carried over from the plans it reaffirms"),
  )
    .addHelpText(
      'after',
      `${examples(
        'plans compare us-miami kremlin kyiv e3-counterproposal',
        'plans compare --all --clause recognition --differences',
        'plans compare us-28-point e3-counterproposal us-geneva --format markdown --out report.md',
        'plans compare kyiv kremlin --format markdown --inject README.md --check',
      )}
Verdicts and summary words:
${Object.entries(verdictWords)
  .map(([word, meaning]) => `  ${word} — ${meaning}`)
  .join('\n')}
`,
    )
    .action(async (args: string[], opts: CompareCli) => {
      const to = target(opts);
      const clauses = parseClauses(opts.clause);
      if (opts.map && opts.format !== 'markdown') throw new CliError('--map goes with --format markdown');
      // The report links the map relative to where the report itself is written.
      const reportDir = resolve(io.cwd, to.out ?? to.inject ?? '.', (to.out ?? to.inject) ? '..' : '.');
      const map = opts.map
        ? {
            path: resolve(io.cwd, opts.map),
            link: relative(reportDir, resolve(io.cwd, opts.map)).split(sep).join('/'),
          }
        : undefined;
      const options = {
        format: opts.format,
        ...(opts.all ? { all: true } : {}),
        ...(clauses ? { clauses } : {}),
        ...(opts.differences || opts.onlyDifferences ? { differencesOnly: true } : {}),
        ...(opts.own ? { own: true } : {}),
        plansDir: plansDir(),
        ...(map ? { map } : {}),
      };
      const { runCompare } = await import('./commands/compare.js');
      done(await runCompare(args, options, io, { ...render(to), sources: opts.sources }), to);
    });

  program
    .command('report')
    .description(
      'write the comparison as one self-contained HTML page: matrix, sources, map and positions over time',
    )
    .argument('[plans...]', 'two or more plan ids, .yaml files, or - for stdin (once)')
    .option('--all', 'compare every plan in the plans directory')
    .option(
      '-o, --out <file>',
      'write the page to a file (atomically); without it, stdout must not be a terminal',
    )
    .option('--check', 'with --out: write nothing; exit 1 if the file is stale, 0 if current')
    .option('--own', "each plan's own words only: nothing carried over from the plans it reaffirms")
    .addHelpText(
      'after',
      `${examples(
        'plans report us-miami kremlin kyiv e3-counterproposal --out report.html',
        'plans report --all --out all-plans.html',
        'plans report kyiv kremlin > report.html',
      )}
The page needs no network: its style, script, map and timelines are inside it (docs/report.md).
`,
    )
    .action(async (args: string[], opts: OutputTarget & { all?: boolean; own?: boolean }) => {
      const to = target(opts, false);
      if (!to.out && io.stdoutIsTTY) {
        throw new CliError('report writes an HTML page: give --out FILE.html, or redirect stdout to a file');
      }
      const dir = plansDir();
      const { runReport } = await import('./commands/report.js');
      const options = {
        ...(opts.all ? { all: true } : {}),
        ...(opts.own ? { own: true } : {}),
        ...(dir ? { plansDir: dir } : {}),
      };
      done(await runReport(args, options, io), to);
    });

  reportOptions(
    program
      .command('history')
      .description('follow a plan back through the drafts it revises, and what each step changed')
      .argument('<plan>', 'plan id, .yaml file, or - for stdin')
      .addOption(formatOption(historyFormats, 'text')),
  )
    .addHelpText(
      'after',
      examples('plans history us-miami', 'plans history e3-counterproposal --format markdown'),
    )
    .action(async (plan: string, opts: OutputTarget & { format: HistoryFormat }) => {
      const to = target(opts);
      const { runHistory } = await import('./commands/history.js');
      done(await runHistory(plan, opts.format, io, plansDir(), render(to)), to);
    });

  reportOptions(
    program
      .command('position')
      .description(
        "a party's position over time: each field's value in each of its documents, by date, and where it changed",
      )
      .argument('<party>', 'a proposer as the plans name it: Russia, Ukraine, United States …')
      .addOption(formatOption(positionFormats, 'text', 'output format (svg: a timeline picture)'))
      .option(
        '--at <date>',
        'the position as of this date (YYYY-MM-DD): the latest value of each field up to then',
      )
      .option('--since <date>', 'leave out documents before this date')
      .option('-c, --clause <names...>', 'only these clause families'),
  )
    .addHelpText(
      'after',
      `${examples(
        'plans position Russia',
        'plans position Ukraine --at 2025-12-31',
        'plans position Russia --format svg --out russia.svg',
        'plans position "United States" --clause recognition security_package --format markdown',
      )}
A party's documents are the plans it proposed, alone or with others. A field a later document
is silent on keeps its last stated value: a position is not withdrawn by silence.
`,
    )
    .action(
      async (
        party: string,
        opts: OutputTarget & { format: PositionFormat; at?: string; since?: string; clause?: string[] },
      ) => {
        const to = target(opts);
        const clauses = parseClauses(opts.clause);
        const { runPosition } = await import('./commands/position.js');
        const options = {
          format: opts.format,
          ...(opts.at ? { at: opts.at } : {}),
          ...(opts.since ? { since: opts.since } : {}),
          ...(clauses ? { clauses } : {}),
          plansDir: plansDir(),
        };
        done(await runPosition(party, options, io, render(to)), to);
      },
    );

  program
    .command('validate')
    .description('check plan files: YAML, schema, sources, ids and revises links')
    .argument('[paths...]', 'files, directories or globs (default: the plans directory)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'report format (default: github when GITHUB_ACTIONS=true, else text)',
      ).choices(Object.keys(validateFormats)),
    )
    .option('--strict', 'warnings fail the run too (exit 1)')
    .addHelpText(
      'after',
      examples(
        'plans validate',
        'plans validate plans/new-plan.yaml',
        "plans validate 'plans/**/*.yaml' --format json",
        'plans validate --strict --format github',
      ),
    )
    .action(async (paths: string[], opts: { format?: ValidateFormat; strict?: boolean }) => {
      const options = {
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.strict ? { strict: true } : {}),
        plansDir: plansDir(),
      };
      const { runValidate } = await import('./commands/validate.js');
      done(await runValidate(paths, options, io, render()));
    });

  reportOptions(
    program
      .command('list')
      .description(
        'list the plans by date, then id: id, title, proposers, date, status, clause families addressed',
      )
      .addOption(formatOption(listFormats, 'table'))
      .option(
        '--party <name>',
        'only the plans this actor proposed, alone or with others (Russia, Ukraine …)',
      )
      .option('--since <date>', 'only the plans dated from this year or date on (2025, 2025-06, 2025-06-02)')
      .option('--brief', 'only id, date, status and proposers (table and Markdown)'),
  )
    .addHelpText(
      'after',
      examples(
        'plans list',
        'plans list --party Russia --since 2025',
        'plans list --brief',
        'plans list --format json',
        'plans --plans-dir my-plans list --format markdown',
      ),
    )
    .action(
      async (
        opts: OutputTarget & { format: ListFormat; party?: string; since?: string; brief?: boolean },
      ) => {
        const to = target(opts);
        const { runList } = await import('./commands/list.js');
        const filter = {
          ...(opts.party ? { party: opts.party } : {}),
          ...(opts.since ? { since: opts.since } : {}),
        };
        done(
          await runList(opts.format, io, plansDir(), { ...render(to), brief: opts.brief ?? false }, filter),
          to,
        );
      },
    );

  reportOptions(
    program
      .command('show')
      .description('show one plan in full: clauses, notes, disputed points and sources')
      .argument('<plan>', 'plan id, .yaml file, or - for stdin')
      .addOption(formatOption(showFormats, 'text'))
      .option('--own', "the plan's own words only: nothing carried over from the plans it reaffirms"),
  )
    .addHelpText('after', examples('plans show kyiv', 'plans show us-28-point --format markdown'))
    .action(async (plan: string, opts: OutputTarget & { format: ShowFormat; own?: boolean }) => {
      const to = target(opts);
      const { runShow } = await import('./commands/show.js');
      done(await runShow(plan, opts.format, io, plansDir(), render(to), opts.own ?? false), to);
    });

  reportOptions(
    program
      .command('schema')
      .description('print the JSON Schema of plan files (generated from the zod schema)'),
  )
    .addHelpText('after', examples('plans schema', 'plans schema --out schemas/plan.schema.json --check'))
    .action(async (opts: OutputTarget) => {
      const to = target(opts);
      const { planJsonSchemaText } = await import('../schema/jsonSchema.js');
      done({ output: planJsonSchemaText(), exitCode: exitCodes.ok }, to);
    });

  program
    .command('map')
    .description('draw an SVG map of what each plan does with each region, one panel per plan')
    .argument('<plans...>', 'plan ids, .yaml files, or - for stdin; two or more are drawn side by side')
    .option('-o, --out <file>', 'write the SVG to a file (atomically) instead of stdout')
    .option('--check', 'with --out: write nothing; exit 1 if the file is stale, 0 if current')
    .option('--own', "each plan's own words only: nothing carried over from the plans it reaffirms")
    .addHelpText(
      'after',
      examples(
        'plans map us-28-point',
        'plans map us-28-point kyiv --out map.svg',
        'plans map plans/kremlin.yaml e3-counterproposal > map.svg',
      ),
    )
    .action(async (plans: string[], opts: { out?: string; check?: boolean; own?: boolean }) => {
      const to = target(opts, false);
      if (to.out === undefined && io.stdoutIsTTY) {
        throw new CliError(
          `the map is an SVG image, not for the terminal: write it to a file, e.g. plans map ${plans.join(' ')} --out map.svg`,
        );
      }
      const { runMap } = await import('./commands/map.js');
      done(await runMap(plans, { plansDir: plansDir(), ...(opts.own ? { own: true } : {}) }, io), to);
    });

  program
    .command('migrate')
    .description('rewrite plan files of format 1 as format 2, keeping comments, key order and layout')
    .argument(
      '[paths...]',
      'files, directories or globs (default: the plans directory); other YAML found there is skipped',
    )
    .option('--check', 'write nothing; exit 1 if a file still needs migrating')
    .addHelpText(
      'after',
      `${examples('plans migrate plans/my-plan.yaml', 'plans migrate plans/', 'plans migrate --check')}
Every file is migrated and checked to be writable before any is written: when one cannot be,
no file changes.`,
    )
    .action(async (paths: string[], opts: { check?: boolean }) => {
      const { runMigrate } = await import('./commands/migrate.js');
      done(await runMigrate(paths, { ...(opts.check ? { check: true } : {}), plansDir: plansDir() }, io));
    });

  program
    .command('new')
    .description('scaffold plans/<id>.yaml: the modeline and every clause family, commented out')
    .argument('<id>', 'the new plan id (lowercase letters, digits, hyphens)')
    .addHelpText('after', examples('plans new us-berlin-2026', 'plans --plans-dir my-plans new draft-1'))
    .action(async (id: string) => {
      const { runNew } = await import('./commands/new.js');
      done(runNew(id, io, plansDir().dir));
    });

  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish: commands, options and plan ids')
    .addArgument(new Argument('[shell]', 'bash, zsh or fish').choices(shells))
    .addOption(new Option('--ids', 'the plan ids, one per line (what the scripts complete)').hideHelp())
    .addHelpText(
      'after',
      examples(
        'source <(plans completion bash)        # in ~/.bashrc',
        'source <(plans completion zsh)         # in ~/.zshrc, after compinit',
        'plans completion fish > ~/.config/fish/completions/plans.fish',
      ),
    )
    .action(async (shell: Shell | undefined, opts: { ids?: boolean }) => {
      if (opts.ids) {
        done({ output: planIds(io, plansDir()), exitCode: exitCodes.ok });
        return;
      }
      if (!shell) throw new CliError('plans completion needs a shell: bash, zsh or fish');
      const { completionScript } = await import('./completion.js');
      done({ output: completionScript(shell, program), exitCode: exitCodes.ok });
    });

  return program;
}

/** The ids of the plans in every layer (yours, then the bundled), one per line, each once. */
function planIds(io: Io, lookup: Lookup): string {
  try {
    return findPlan(planLayers(io, lookup), '')
      .ids.map((id) => `${id}\n`)
      .join('');
  } catch {
    return ''; // completion stays quiet
  }
}

interface DiffCli extends OutputTarget {
  format: DiffFormat;
  stat?: boolean;
  sources: boolean;
  own?: boolean;
  clause?: string[];
  all?: boolean;
  exitCode?: boolean;
}

interface CompareCli extends OutputTarget {
  format: CompareFormat;
  own?: boolean;
  sources: boolean;
  all?: boolean;
  clause?: string[];
  differences?: boolean;
  onlyDifferences?: boolean;
  map?: string;
}

/** Write a report to stdout, through the pager when one is due (see pager.ts). */
async function print(text: string, io: Io, noPager: boolean): Promise<void> {
  const context = {
    env: io.env,
    stdoutIsTTY: io.stdoutIsTTY,
    noPager,
    ...(io.rows ? { rows: io.rows } : {}),
  };
  const command = io.page && pagerFor(context, text);
  if (command && (await io.page!(command, text))) return;
  io.stdout(text);
}

/**
 * Deliver a report where it was asked for; with --check, only compare. Returns the exit code,
 * which the pager never changes.
 */
async function deliver(result: CommandResult, to: OutputTarget, io: Io, noPager: boolean): Promise<number> {
  const file = to.out ?? to.inject;
  if (file === '-' && to.out !== undefined && !to.check) {
    await print(result.output, io, noPager);
    return result.exitCode;
  }
  if (file === undefined && !result.files?.length) {
    await print(result.output, io, noPager);
    return result.exitCode;
  }
  // Files beside the report (a map) come first, so a report never links a missing file.
  const requests: WriteRequest[] = (result.files ?? []).map((f) => ({
    path: f.path,
    shown: displayPath(io, f.path),
    update: (current) => withLineEnds(f.text, current),
  }));
  if (file !== undefined) {
    const inject = to.inject;
    requests.push({
      // Joined, not resolved: `lnk/../x` must reach the directory the system would.
      path: isAbsolute(file) ? file : `${io.cwd}${sep}${file}`,
      shown: file,
      ...(inject === undefined
        ? { update: (current: string | undefined) => withLineEnds(result.output, current) }
        : {
            needsText: true,
            update: (current: string | undefined) => {
              if (current === undefined) throw new CliError(`cannot inject into ${file}: no such file`);
              const injected = injectSection(current, result.output, to.section);
              if (!injected.ok) throw new CliError(`cannot inject into ${file}: ${injected.reason}`);
              return injected.text;
            },
          }),
    });
  }
  for (const request of requests) {
    if (writeFile(request, to.check) === 'stale') {
      io.stderr(`plans: ${line(request.shown)} is stale; rerun without --check to update it\n`);
      return exitCodes.found;
    }
  }
  if (file === undefined) await print(result.output, io, noPager);
  return result.exitCode;
}

/**
 * Messages repeat what the user or a file gave (an argument, a path): shown on one line with
 * control characters neutralised, so an argument cannot drive the terminal.
 */
function line(text: string): string {
  return safeText(text, { singleLine: true });
}

/** One line for a commander error: "unknown option '--fromat' (did you mean --format?)". */
function commanderLine(captured: string, err: CommanderError): string {
  const text = (captured || err.message)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(/^error: /, ''));
  const [first, ...rest] = text;
  const hint = rest.find((l) => /did you mean/i.test(l));
  return hint ? `${first} (${hint.replace(/^\(|\)$/g, '').replace(/^Did/, 'did')})` : (first ?? err.message);
}

/** `--color always` (a space, as git does not take either) read as an extra argument: say so. */
function colorHint(argv: readonly string[], err: CommanderError): string {
  if (err.code !== 'commander.excessArguments') return '';
  const at = argv.findIndex((a, i) => a === '--color' && /^(always|never|auto)$/.test(argv[i + 1] ?? ''));
  return at < 0 ? '' : ` (the value goes after an equals sign: --color=${argv[at + 1]})`;
}

/** Run argv (without the node and script entries) and return the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  forgetPlansRead();
  let result: CommandResult | undefined;
  let out: OutputTarget = {};
  let captured = '';
  const program = buildProgram(
    io,
    (r, o) => {
      result = r;
      out = o ?? {};
    },
    (s) => {
      captured += s;
    },
  );
  try {
    if (argv.length === 0) {
      program.outputHelp(); // with the examples and exit codes, as --help
      return exitCodes.ok;
    }
    await program.parseAsync(normalizeArgv(argv), { from: 'user' });
    if (!result) return exitCodes.ok;
    const code = await deliver(result, out, io, program.opts<GlobalOptions>().pager === false);
    for (const text of result.stderr ?? []) io.stderr(`${line(text)}\n`);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
        if (captured) io.stdout(captured);
        return exitCodes.ok;
      }
      const hint = colorHint(argv, e);
      const said = commanderLine(captured, e);
      io.stderr(`plans: ${line(hint ? said.replace(/\.$/, '') : said)}${hint}\n`);
      return exitCodes.usage;
    }
    if (e instanceof CliError) {
      for (const text of e.lines) io.stderr(`${line(text)}\n`);
      if (e.diagnostics.length > 0) {
        for (const d of e.diagnostics.filter(isError)) io.stderr(`${formatDiagnostic(d)}\n`);
      } else io.stderr(`plans: ${line(e.message)}\n`);
      return e.exitCode;
    }
    io.stderr(failureText(e, io.env));
    return exitCodes.usage;
  }
}
