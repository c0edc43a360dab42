import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/schema/duration.js';
import { typedFamilies } from '../../src/schema/families.js';
import { clauseBaseFields, listKeyFields } from '../../src/schema/fields.js';
import { keysAt } from '../../src/schema/introspect.js';
import { planJsonSchemaText } from '../../src/schema/jsonSchema.js';
import { clauseSchemas } from '../../src/schema/plan.js';
import { regionKeys, regions } from '../../src/schema/regions.js';
import { planShapeText } from '../../src/schema/shape.js';
import { vocabularies } from '../../src/schema/vocab.js';

describe('JSON Schema', () => {
  it('is generated from the zod schema and the committed file is current (stale? run npm run generate)', () => {
    const committed = readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(planJsonSchemaText());
  });

  it('describes every enum with its vocabulary and forbids unknown keys', () => {
    const schema = JSON.parse(planJsonSchemaText());
    // Vocabularies used only inside a union are inlined there; every other one has a definition.
    const inlined = ['weapon-class'];
    for (const v of Object.values(vocabularies).filter((v) => !inlined.includes(v.name))) {
      const def = schema.$defs[v.name];
      expect(def, v.name).toBeDefined();
      expect(def.enum).toEqual(Object.keys(v.values));
      expect(def.description).toContain(v.description);
    }
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.clauses.additionalProperties).toBe(false);
    expect(schema.properties.clauses.properties.ceasefire.allOf).toEqual([
      {
        if: { properties: { start: { const: 'within' } }, required: ['start'] },
        then: { required: ['within'] },
      },
      {
        if: { properties: { start: { const: 'conditional' } }, required: ['start'] },
        then: { required: ['condition'] },
      },
    ]);
  });
});

describe('plan-shape.json', () => {
  it('is the shape of the zod schema (stale? run npm run generate)', () => {
    const file = new URL('../../src/schema/plan-shape.json', import.meta.url);
    expect(readFileSync(file, 'utf8')).toBe(planShapeText());
  });
});

describe('clause families', () => {
  it('the zod clause schemas are the families of families.ts, in the same order', () => {
    expect(Object.keys(clauseSchemas)).toEqual([...typedFamilies]);
  });
});

describe('field roles', () => {
  it('name fields the schema has: every clause carries the base fields, keyed lists their key', () => {
    for (const family of typedFamilies) {
      expect(keysAt(['clauses', family]), family).toEqual(expect.arrayContaining([...clauseBaseFields]));
    }
    expect(keysAt(['clauses', 'other', 0])).toEqual(expect.arrayContaining(['topic', ...clauseBaseFields]));
    expect(keysAt(['clauses', 'security_package', 'force_caps', 0])).toContain(listKeyFields.force_caps);
    expect(keysAt(['clauses', 'energy_transit', 'zaporizhzhia_npp_options', 0])).toContain('proposed_by');
    expect(keysAt(['clauses', 'ceasefire', 'disputed', 0])).toContain(listKeyFields.disputed);
  });
});

describe('durations', () => {
  it('normalise to days: weeks, months of 30 days, years of 365, hours', () => {
    expect(parseDuration('4 weeks')?.days).toBe(28);
    expect(parseDuration('28 days')?.days).toBe(28);
    expect(parseDuration('1 day')?.days).toBe(1);
    expect(parseDuration('18 months')?.days).toBe(540);
    expect(parseDuration('1 year')?.days).toBe(365);
    expect(parseDuration('24 hours')?.days).toBe(1);
    expect(parseDuration('1.5 years')?.days).toBe(547.5);
  });

  it('reject what is not a duration', () => {
    for (const bad of [
      '30',
      'days',
      '30days',
      'thirty days',
      '3 fortnights',
      '-3 days',
      '30 Days',
      ' 30 days',
    ]) {
      expect(parseDuration(bad), bad).toBeUndefined();
    }
  });
});

describe('regions', () => {
  it('cover the 27 first-level regions of Ukraine, each with a distinct ISO 3166-2 code', () => {
    const iso = regionKeys.map((k) => (regions[k] as { iso?: string }).iso).filter(Boolean);
    expect(iso).toHaveLength(27);
    expect(new Set(iso).size).toBe(27);
    for (const code of iso) expect(code).toMatch(/^UA-\d\d$/);
  });
});
