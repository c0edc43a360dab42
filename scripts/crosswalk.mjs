// docs/crosswalk.md, rendered from docs/crosswalk.yaml and the plans it maps (step 3 of
// `npm run generate`; tests/unit/crosswalk.test.ts checks the paths and that the file is
// current). Uses the built library (dist/index.js), so it runs after the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The value at a crosswalk path (`security_package.force_limits[Ukraine].troops`) in a plan's clauses. */
export function valueAt(clauses, path, listKeyFields) {
  let node = clauses;
  for (const part of path.match(/[^.[\]]+(\[[^\]]+\])?/g) ?? []) {
    const [, name, key] = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(part);
    if (node === null || typeof node !== 'object' || !(name in node)) return undefined;
    node = node[name];
    if (key !== undefined) {
      if (!Array.isArray(node)) return undefined;
      node = node.find((e) => String(e?.[listKeyFields[name]]) === key);
    }
  }
  return node;
}

function shown(value) {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (value && typeof value === 'object') return 'text' in value ? value.text : '(mapping)';
  if (typeof value === 'number') return value.toLocaleString('en');
  return String(value);
}

const cell = (s) => String(s).replace(/\|/g, '\\|');

export async function renderCrosswalk() {
  const lib = await import(pathToFileURL(`${root}dist/index.js`).href);
  const { listKeyFields } = lib;
  const crosswalk = parse(readFileSync(`${root}docs/crosswalk.yaml`, 'utf8'));
  const out = [
    '# Crosswalk: every point to its fields',
    '',
    '<!-- Generated from docs/crosswalk.yaml and the plans by `npm run generate`; do not edit by hand. -->',
    '',
    'Each point of the US 28-point draft (`us-28-point`) and of the US–Ukrainian 20-point framework (`kyiv`), in our words, with the typed fields of the plan file that hold it and their values. `tests/unit/crosswalk.test.ts` fails when a mapped field is missing from the plan or is only text.',
  ];
  for (const [id, entries] of Object.entries(crosswalk)) {
    const plan = lib.loadPlan(readFileSync(`${root}plans/${id}.yaml`), { file: id, expectedId: id }).plan;
    const typed = entries.filter((e) => !e.rhetoric).length;
    out.push(
      '',
      `## \`${id}\` — ${cell(plan.title)}`,
      '',
      `${typed} of ${entries.length} points typed${entries.length > typed ? `; ${entries.length - typed} pure rhetoric, held as an \`other\` topic` : ''}.`,
      '',
    );
    out.push('| point | what it says | fields (values) |', '|---|---|---|');
    for (const e of entries) {
      const fields = e.fields
        .map((f) => `\`${f}\` = ${cell(shown(valueAt(plan.clauses, f, listKeyFields)))}`)
        .join('<br>');
      out.push(`| ${e.point} | ${cell(e.says)}${e.rhetoric ? ' *(rhetoric)*' : ''} | ${fields} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const text = await renderCrosswalk();
  const file = `${root}docs/crosswalk.md`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('docs/crosswalk.md is stale; run npm run generate');
      process.exit(1);
    }
  } else writeFileSync(file, text);
}
