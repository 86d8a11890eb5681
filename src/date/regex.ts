/** Small helpers for building and running the engine's regular expressions. */

/** Escapes text for a regex; runs of white space match any white space. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/** One alternation of literal words or phrases, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");
}

/** Finds any of the words as a whole word, ignoring case; undefined when there are no words. */
export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, "iu");
}

/**
 * Every match of a global regex in the text: `[...text.matchAll(regex)]` without the copy of the
 * regex that matchAll makes on each call, which costs more than most of these searches.
 */
export function matchesIn(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`matchesIn needs a global regex: /${regex.source}/`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0] === "") regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}
