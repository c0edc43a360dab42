/**
 * The command-line interface declared apart from running it: `buildProgram` wires commander
 * to the commands; `run` executes argv against an Io and returns the exit code. Only this
 * layer touches the process (through Io), the file system and exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { isError } from '../load/diagnostic.js';
import { closest } from '../load/suggest.js';
import type { RenderOptions } from '../render/options.js';
import { formatDiagnostic } from '../render/validateText.js';
import { type Family, families } from '../schema/plan.js';
import {
  type ListFormat,
  listFormats,
  runList,
  runShow,
  type ShowFormat,
  showFormats,
} from './commands/catalog.js';
import { type DiffFormat, diffFormats, runDiff } from './commands/diff.js';
import { runValidate, type ValidateFormat, validateFormats } from './commands/validate.js';
import { CliError, type CommandResult, exitCodes } from './errors.js';
import { writeAtomic } from './files.js';
import { type Io, useColor } from './io.js';
import { packageVersion } from './resolve.js';

interface GlobalOptions {
  plansDir?: string;
  color?: boolean;
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

export function buildProgram(
  io: Io,
  done: (result: CommandResult, out?: string) => void,
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
  const render = (out?: string): RenderOptions => ({
    // Colour never goes into files.
    color: out === undefined && useColor(io, globals().color),
    width: io.columns ?? (Number(io.env.COLUMNS) || 100),
  });

  program
    .description('Compare the terms of peace plans clause by clause.')
    .version(packageVersion(), '-V, --version')
    .option(
      '--plans-dir <dir>',
      'where plan ids are looked up (default: $PLANS_DIR, ./plans, or the bundled plans)',
    )
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)')
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .exitOverride()
    .addHelpText(
      'after',
      `${examples('plans diff us-miami kremlin', 'plans validate plans/', 'plans list')}
Exit codes: 0 success · 1 plans differ (with --exit-code) or a file is invalid (validate) · 2 usage error, unknown plan or invalid input.`,
    );

  program
    .command('diff')
    .description('show how two plans differ, clause family by clause family')
    .argument('<a>', 'plan id, .yaml file, or - for stdin')
    .argument('<b>', 'plan id, .yaml file, or - for stdin')
    .addOption(formatOption(diffFormats, 'text'))
    .option('-c, --clause <names...>', `only these clause families (${families.join(', ')})`)
    .option('-a, --all', 'also show clause families that are the same')
    .option('--exit-code', 'exit 1 when the plans differ, 0 when they do not (as git diff --exit-code)')
    .option('-o, --out <file>', 'write the output to a file (atomically) instead of stdout')
    .addHelpText(
      'after',
      examples(
        'plans diff us-miami kremlin',
        'plans diff us-28-point e3-counterproposal --clause security_package neutrality',
        'plans diff us-miami kremlin --format markdown --out diff.md',
        'plans diff plans/us-geneva.yaml us-miami --format json --exit-code',
      ),
    )
    .action(
      async (
        a: string,
        b: string,
        opts: { format: DiffFormat; clause?: string[]; all?: boolean; exitCode?: boolean; out?: string },
      ) => {
        const clauses = parseClauses(opts.clause);
        const result = await runDiff(
          a,
          b,
          {
            format: opts.format,
            ...(clauses ? { clauses } : {}),
            ...(opts.exitCode ? { exitCode: true } : {}),
            ...(globals().plansDir ? { plansDir: globals().plansDir } : {}),
          },
          io,
          { ...render(opts.out), all: opts.all ?? false },
        );
        done(result, opts.out);
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
      const result = await runValidate(
        paths,
        {
          ...(opts.format ? { format: opts.format } : {}),
          ...(opts.strict ? { strict: true } : {}),
          ...(globals().plansDir ? { plansDir: globals().plansDir } : {}),
        },
        io,
        render(),
      );
      done(result);
    });

  program
    .command('list')
    .description('list the plans: id, title, proposers, date, status, clause families addressed')
    .addOption(formatOption(listFormats, 'table'))
    .option('-o, --out <file>', 'write the output to a file (atomically)')
    .addHelpText(
      'after',
      examples('plans list', 'plans list --format json', 'plans --plans-dir my-plans list --format markdown'),
    )
    .action(async (opts: { format: ListFormat; out?: string }) => {
      done(await runList(opts.format, io, globals().plansDir, render(opts.out)), opts.out);
    });

  program
    .command('show')
    .description('show one plan in full: clauses, notes, disputed points and sources')
    .argument('<plan>', 'plan id, .yaml file, or - for stdin')
    .addOption(formatOption(showFormats, 'text'))
    .option('-o, --out <file>', 'write the output to a file (atomically)')
    .addHelpText('after', examples('plans show kyiv', 'plans show us-28-point --format markdown'))
    .action(async (plan: string, opts: { format: ShowFormat; out?: string }) => {
      done(await runShow(plan, opts.format, io, globals().plansDir, render(opts.out)), opts.out);
    });

  program
    .command('schema')
    .description('print the JSON Schema of plan files (generated from the zod schema)')
    .option('-o, --out <file>', 'write the schema to a file (atomically)')
    .addHelpText('after', examples('plans schema', 'plans schema --out schemas/plan.schema.json'))
    .action(async (opts: { out?: string }) => {
      const { planJsonSchemaText } = await import('../schema/jsonSchema.js');
      done({ output: planJsonSchemaText(), exitCode: exitCodes.ok }, opts.out);
    });

  return program;
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

/** Run argv (without the node and script entries) and return the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let result: CommandResult | undefined;
  let out: string | undefined;
  let captured = '';
  const program = buildProgram(
    io,
    (r, o) => {
      result = r;
      out = o;
    },
    (s) => {
      captured += s;
    },
  );
  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return exitCodes.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    if (!result) return exitCodes.ok;
    if (out !== undefined) writeAtomic(out, result.output);
    else io.stdout(result.output);
    for (const line of result.stderr ?? []) io.stderr(`${line}\n`);
    return result.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
        if (captured) io.stdout(captured);
        return exitCodes.ok;
      }
      io.stderr(`plans: ${commanderLine(captured, e)}\n`);
      return exitCodes.usage;
    }
    if (e instanceof CliError) {
      if (e.diagnostics.length > 0) {
        for (const d of e.diagnostics.filter(isError)) io.stderr(`${formatDiagnostic(d)}\n`);
      } else io.stderr(`plans: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr(`plans: internal error: ${err?.message ?? String(e)} (rerun with DEBUG=1 to see the stack)\n`);
    if (io.env.DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return exitCodes.usage;
  }
}
