/**
 * `plans migrate [paths...]`: rewrite format-1 plan files as format 2 (load/migrateText.ts),
 * each atomically; files already in format 2 are left alone. `--check` writes nothing and
 * exits 1 when a file still needs migrating — for CI.
 */

import { migratePlanText } from '../../load/migrateText.js';
import { decodePlanBytes } from '../../load/text.js';
import { CliError, type CommandResult, exitCodes } from '../errors.js';
import { readPlanFile } from '../files.js';
import type { Io } from '../io.js';
import type { Lookup } from '../plansDir.js';
import { expandPaths } from '../targets.js';
import { cannotReplace, writeFile } from '../write.js';

export interface MigrateOptions {
  readonly check?: boolean;
  readonly plansDir?: Lookup;
}

export async function runMigrate(
  args: readonly string[],
  options: MigrateOptions,
  io: Io,
): Promise<CommandResult> {
  const targets = await expandPaths(args, io, options.plansDir ?? {});
  if (targets.length === 0) throw new CliError('no plan files to migrate');
  // Every file is read and migrated, and checked to be replaceable, before any is written: one
  // that cannot be migrated or written stops the run with nothing changed.
  const planned: { file: string; abs: string; changed: boolean }[] = [];
  const skipped: string[] = [];
  for (const t of targets) {
    const read = readPlanFile(t.abs);
    if (!read.ok) throw new CliError(`${t.file}: ${read.reason}`);
    const decoded = decodePlanBytes(read.bytes);
    if (!decoded.ok) throw new CliError(`${t.file}: ${decoded.problem.message}; not migrated`);
    const result = migratePlanText(decoded.text);
    if (!result.ok && result.notAPlan && t.within !== undefined) {
      // Found in a directory or by a glob: other YAML there is skipped; a file named is refused.
      skipped.push(`skipped ${t.file}: ${result.reason}`);
      continue;
    }
    if (!result.ok) throw new CliError(`cannot migrate ${t.file}: ${result.reason}`);
    planned.push({ file: t.file, abs: t.abs, changed: result.changed });
  }
  const stale = planned.filter((p) => p.changed);
  if (options.check) {
    const lines = [...skipped, ...stale.map((p) => `${p.file}: format 1; run plans migrate ${p.file}`)];
    lines.push(`${planned.length} checked, ${stale.length} to migrate`);
    return { output: `${lines.join('\n')}\n`, exitCode: stale.length > 0 ? exitCodes.found : exitCodes.ok };
  }
  // Every file must be replaceable before any is written: a read-only one would otherwise
  // stop the run halfway, with some files migrated and some not.
  for (const p of stale) {
    const why = cannotReplace(p.abs, p.file);
    if (why) throw new CliError(`cannot migrate ${p.file}: ${why}; no file changed`);
  }
  const migrated: string[] = [];
  for (const p of stale) {
    // Migrated again from the text as it is under the writer's lock, should it have changed.
    try {
      writeFile({
        path: p.abs,
        shown: p.file,
        needsText: true,
        mayOverwriteInput: true,
        update: (current) => {
          if (current === undefined) throw new CliError(`${p.file}: no such file; not migrated`);
          const bom = current.startsWith('\uFEFF') ? '\uFEFF' : '';
          const result = migratePlanText(current.slice(bom.length));
          if (!result.ok) throw new CliError(`cannot migrate ${p.file}: ${result.reason}`);
          return bom + result.text;
        },
      });
    } catch (e) {
      // Should a write still fail (the disk fills, a file changes meanwhile), say what was done.
      if (!(e instanceof CliError) || migrated.length === 0) throw e;
      throw new CliError(`${e.message} (already migrated: ${migrated.join(', ')}; the rest unchanged)`);
    }
    migrated.push(p.file);
  }
  const lines = [
    ...skipped,
    ...planned.map((p) => (p.changed ? `migrated ${p.file}` : `${p.file} is already format 2`)),
  ];
  return { output: `${lines.join('\n')}\n`, exitCode: exitCodes.ok };
}
