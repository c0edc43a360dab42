export interface TextProblem {
    readonly code: 'too-large' | 'encoding' | 'forbidden-character';
    readonly message: string;
    /** Offset into the decoded text (after the BOM). */
    readonly offset: number;
}
export type DecodeResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    problem: TextProblem;
    text: string;
};
/**
 * Characters outside YAML's printable set (https://yaml.org/spec/1.2.2/#51-character-set):
 * C0 controls other than tab, LF and CR; DEL; C1 controls other than NEL; lone surrogates.
 * They can only reach a value through escapes in double-quoted strings.
 */
export declare const forbiddenCharacter: RegExp;
export declare function describeChar(ch: string): string;
export declare function tooLargeMessage(size: number): string;
export declare function decodePlanBytes(bytes: Uint8Array): DecodeResult;
/** At most `limits.maxExcerpt` characters of file content, on one line, for a message. */
export declare function excerpt(s: string): string;
