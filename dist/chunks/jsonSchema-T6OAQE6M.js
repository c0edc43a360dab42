import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  dependentRules,
  planSchema,
  toJSONSchema
} from "./chunk-ZSP727K5.js";
import "./chunk-MHPQEOZ3.js";
import "./chunk-KK3XBNMJ.js";
import "./chunk-ZEJAKNRH.js";
import "./chunk-RRGM3VHY.js";
import "./chunk-AZZC4ZFI.js";

// src/schema/jsonSchema.ts
var schemaId = "https://github.com/plans-cli/plans/schemas/plan.schema.json";
function planJsonSchema() {
  let schema = toJSONSchema(planSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "throw"
  }), families = schema.properties.clauses.properties;
  for (let rule of dependentRules) {
    let family = families[rule.family], allOf = family.allOf ?? [];
    allOf.push({
      if: { properties: { [rule.field]: { const: rule.equals } }, required: [rule.field] },
      // JSON Schema's if/then keywords (biome's noThenProperty is off for this reason).
      then: { required: [rule.requires] }
    }), family.allOf = allOf;
  }
  return { $schema: schema.$schema, $id: schemaId, ...schema };
}
function planJsonSchemaText() {
  return `${JSON.stringify(planJsonSchema(), null, 2)}
`;
}
export {
  planJsonSchema,
  planJsonSchemaText,
  schemaId
};
