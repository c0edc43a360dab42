/**
 * docs/vocabularies.md, generated from the vocabularies so the docs cannot drift from the
 * schema (a test compares the committed file; `npm run generate` rewrites it).
 */
import { diagnosticCodes } from '../load/diagnostic.js';
import { regionKeys, regions } from '../schema/regions.js';
import { vocabularies } from '../schema/vocab.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function renderVocabularyDocs(): string {
  const out: string[] = [
    '# Vocabularies',
    '',
    '<!-- Generated from src/schema/vocab.ts, regions.ts and load/diagnostic.ts; do not edit by hand. -->',
    '',
    'Every closed vocabulary of the plan format. A value outside its list is an `enum` error with the nearest valid word. Where a vocabulary has a scale, `plans diff` names the direction of a change (for example `toward Russia`); values off the scale (usually `unspecified`) are compared without a direction.',
  ];
  for (const v of Object.values(vocabularies)) {
    out.push('', `## ${v.name}`, '', `${v.description} Called a *${v.noun}* in messages.`, '');
    if (v.scale && v.trend) {
      out.push(`Scale (${v.trend.down} → ${v.trend.up}): ${v.scale.map((s) => `\`${s}\``).join(' → ')}.`, '');
    }
    out.push('| value | meaning |', '|---|---|');
    for (const [value, meaning] of Object.entries<string>(v.values))
      out.push(`| \`${value}\` | ${cell(meaning)} |`);
  }
  out.push(
    '',
    '## regions',
    '',
    'Keys of `recognition.territories`.',
    '',
    '| key | region | ISO 3166-2 |',
    '|---|---|---|',
  );
  for (const k of regionKeys) {
    const r = regions[k] as { name: string; iso?: string; within?: string };
    out.push(`| \`${k}\` | ${r.name} | ${r.iso ?? `(within \`${r.within}\`)`} |`);
  }
  out.push(
    '',
    '## diagnostic codes',
    '',
    'Codes `plans validate` reports (`[code]` in text, `title=` in GitHub annotations, `code` in JSON).',
    '',
    '| code | meaning |',
    '|---|---|',
  );
  for (const [code, meaning] of Object.entries(diagnosticCodes))
    out.push(`| \`${code}\` | ${cell(meaning)} |`);
  return `${out.join('\n')}\n`;
}
