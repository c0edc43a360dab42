export declare const reportCommand: string[];
export declare const screenshotFile: string;
export declare const hashKey: string;
export declare const chromium: string;
export declare function sha256(text: string): string;
export declare function pngText(png: Buffer): Map<string, string>;
export declare function withPngText(png: Buffer, keyword: string, text: string): Buffer;
