export declare const generated: string[][];
