/** `plans new <id>`: scaffold a plan file in the plans directory, never overwriting one. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scaffoldPlan } from '../../render/scaffold.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { readRegularFile } from '../files.js';
import type { Io } from '../io.js';
import { bundledPlansDir, displayPath, idPattern, packageRoot, sameDir } from '../plansDir.js';
import { writeFile } from '../write.js';

/** Where new plans go: --plans-dir, else $PLANS_DIR, else ./plans (never the bundled plans). */
function targetDir(io: Io, flag: string | undefined): string {
  return resolve(io.cwd, flag ?? (io.env.PLANS_DIR || 'plans')); // an empty $PLANS_DIR is unset, as for lookups
}

/** The schema file beside new plans: the modeline names it, relative to the plan. */
export const schemaFileName = 'plan.schema.json';

export function runNew(id: string, io: Io, plansDir: string | undefined): CommandResult {
  if (!idPattern.test(id)) {
    throw new CliError(`"${id}" is not a valid plan id: use lowercase letters, digits and single hyphens`);
  }
  const dir = targetDir(io, plansDir);
  const file = join(dir, `${id}.yaml`);
  const shown = displayPath(io, file);
  const text = scaffoldPlan(id, new Date().toISOString().slice(0, 10), schemaFileName, shown);
  writeFile({ path: file, shown, create: true, makeParents: true, update: () => text });
  const lines = [`created ${shown}`];
  if (!sameDir(dir, bundledPlansDir()) && existsSync(join(bundledPlansDir(), `${id}.yaml`))) {
    lines.push(
      `${shown} hides the bundled plan "${id}" wherever ids are looked up (pick another id to compare with it)`,
    );
  }
  // A copy of this version's schema beside the plans, for editors: the modeline then works in
  // the user's project however (and wherever) plans is installed.
  const schemaPath = join(dir, schemaFileName);
  const schemaShown = displayPath(io, schemaPath);
  const schema = readFileSync(join(packageRoot(), 'schemas', schemaFileName), 'utf8');
  const existing = readRegularFile(schemaPath);
  if (existing.kind === 'missing') {
    writeFile({ path: schemaPath, shown: schemaShown, create: true, update: () => schema });
    lines.push(`created ${schemaShown} (the JSON Schema editors check plans against)`);
  } else if (existing.kind !== 'file' || Buffer.from(existing.bytes).toString('utf8') !== schema) {
    lines.push(
      `${schemaShown} is not this version's schema; update it with: plans schema --out ${schemaShown}`,
    );
  }
  lines.push(
    `fill in the particulars and sources, uncomment the clause families the plan addresses, then run: plans validate ${shown}`,
  );
  return { output: `${lines.join('\n')}\n`, exitCode: exitCodes.ok };
}
