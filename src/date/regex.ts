/** Small helpers for building the engine's regular expressions from story data. */

/** Escapes text for a regex; runs of white space match any white space. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/** One alternation of literal words or phrases, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
}

/** True when any of the words occurs in the text as a whole word, ignoring case. */
export function containsWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, "iu").test(text);
}
