// Generate a corpus of plan files for benchmarks: copies of the bundled plans with new ids
// (group i holds every bundled plan with the suffix -i, so `revises` and `reaffirms` links stay
// valid), dates quoted so that ajv-cli's YAML parser keeps them strings, and a share made invalid.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} plansDir the bundled plans
 * @param {string} outDir where to write
 * @param {number} count number of files
 * @param {number} invalidShare e.g. 0.01
 * @returns {{ files: number, invalid: number, bytes: number }}
 */
export function writeCorpus(plansDir, outDir, count, invalidShare) {
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(plansDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), text: readFileSync(join(plansDir, f), 'utf8') }));
  const every = invalidShare > 0 ? Math.round(1 / invalidShare) : Number.POSITIVE_INFINITY;
  const fullGroups = Math.floor(count / sources.length);
  let invalid = 0;
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const src = sources[n % sources.length];
    const group = Math.floor(n / sources.length);
    const id = `${src.id}-${group}`;
    let text = src.text
      .replace(/^# yaml-language-server:.*$/m, '# benchmark copy')
      .replace(/^id: .*$/m, `id: ${id}`)
      // A revision keeps its link only where the group is complete (its target was written).
      .replace(/^revises: (.*)\n/m, (_, target) =>
        group < fullGroups ? `revises: ${target}-${group}\n` : '',
      )
      // A reaffirmation names a copy of its target: this group's, or the first group's.
      .replace(
        /^(\s*- plan: )(\S+)$/gm,
        (_, lead, target) => `${lead}${target}-${group < fullGroups ? group : 0}`,
      )
      .replace(/^(\s*[a-z_]+: )(\d{4}-\d{2}-\d{2})\s*$/gm, '$1"$2"');
    if ((n + 1) % every === 0) {
      text = text.replace(/^status: (\w+)/m, 'status: $1x');
      invalid++;
    }
    writeFileSync(join(outDir, `${id}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, invalid, bytes };
}
