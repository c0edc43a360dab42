/** The text with its first character in lower case: a sentence turned into a clause. */
export declare function lowerFirst(text: string): string;
