export declare function jsonText(value: unknown): string;
