/** The result of `plans validate`: plain data; renderers turn it into text, JSON or annotations. */
import type { Diagnostic } from '../load/diagnostic.js';
export declare const validateVersion: 1;
export interface FileResult {
    readonly file: string;
    /** The plan id, when the file got far enough to have one. */
    readonly id?: string;
    readonly valid: boolean;
    readonly errors: number;
    readonly warnings: number;
}
export interface ValidationReport {
    readonly version: typeof validateVersion;
    readonly files: readonly FileResult[];
    readonly problems: readonly Diagnostic[];
    readonly summary: {
        readonly files: number;
        readonly valid: number;
        readonly invalid: number;
        readonly errors: number;
        readonly warnings: number;
    };
}
export declare function buildReport(files: readonly {
    file: string;
    id?: string;
}[], problems: readonly Diagnostic[]): ValidationReport;
