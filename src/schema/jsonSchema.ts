/**
 * The JSON Schema of the plan file (input side), generated from the zod schema. Editors use it
 * through the `# yaml-language-server: $schema=…` modeline; `plans schema` prints it and a
 * test keeps `schemas/plan.schema.json` current.
 */
import * as z from 'zod';
import { planSchema } from './plan.js';
import { dependentRules } from './rules.js';

export const schemaId = 'https://github.com/plans-cli/plans/schemas/plan.schema.json';

type JsonObject = { [key: string]: unknown };

export function planJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(planSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as JsonObject;
  const clauses = (schema.properties as Record<string, JsonObject>).clauses!;
  const families = clauses.properties as Record<string, JsonObject>;
  for (const rule of dependentRules) {
    const family = families[rule.family]!;
    const allOf = (family.allOf as unknown[] | undefined) ?? [];
    allOf.push({
      if: { properties: { [rule.field]: { const: rule.equals } }, required: [rule.field] },
      // JSON Schema's if/then keywords (biome's noThenProperty is off for this reason).
      then: { required: [rule.requires] },
    });
    family.allOf = allOf;
  }
  return { $schema: schema.$schema, $id: schemaId, ...schema };
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
