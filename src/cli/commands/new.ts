/** `plans new <id>`: scaffold a plan file in the plans directory, never overwriting one. */
import { join, relative, resolve, sep } from 'node:path';
import { scaffoldPlan } from '../../render/scaffold.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath, idPattern, packageRoot } from '../plansDir.js';
import { writeFile } from '../write.js';

/** Where new plans go: --plans-dir, else $PLANS_DIR, else ./plans (never the bundled plans). */
function targetDir(io: Io, flag: string | undefined): string {
  return resolve(io.cwd, flag ?? (io.env.PLANS_DIR || 'plans')); // an empty $PLANS_DIR is unset, as for lookups
}

export function runNew(id: string, io: Io, plansDir: string | undefined): CommandResult {
  if (!idPattern.test(id)) {
    throw new CliError(`"${id}" is not a valid plan id: use lowercase letters, digits and single hyphens`);
  }
  const dir = targetDir(io, plansDir);
  const file = join(dir, `${id}.yaml`);
  const shown = displayPath(io, file);
  // The modeline points at the schema shipped with this installation, relative to the file.
  const schema = relative(dir, join(packageRoot(), 'schemas', 'plan.schema.json'))
    .split(sep)
    .join('/');
  const text = scaffoldPlan(id, new Date().toISOString().slice(0, 10), schema);
  writeFile({ path: file, shown, create: true, makeParents: true, update: () => text });
  return {
    output: `created ${shown}\nfill in the particulars and sources, uncomment the clause families the plan addresses, then run: plans validate ${shown}\n`,
    exitCode: exitCodes.ok,
  };
}
