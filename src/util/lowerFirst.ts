/** The text with its first character in lower case: a sentence turned into a clause. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
