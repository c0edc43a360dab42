export declare const schemaId = "https://github.com/plans-cli/plans/schemas/plan.schema.json";
type JsonObject = {
    [key: string]: unknown;
};
export declare function planJsonSchema(): JsonObject;
export declare function planJsonSchemaText(): string;
export {};
