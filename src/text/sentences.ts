/**
 * Sentence splitting for news prose: splits after . ! ? (and a closing quote or bracket) before
 * a capital or digit, but not after the abbreviations news copy is full of (Mr., Gen., Oct., U.S.).
 */

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "gov",
    "sen", "rep", "pres", "sec", "amb", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "approx", "dept", "est", "fig", "al",
  ],
);

/** Splits a paragraph into sentences, keeping each sentence's own text verbatim. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (text === "") return [];
  const sentences: string[] = [];
  // The lookbehind starts a match only at the first mark of a run: linear on "......" (no rescans).
  const boundary = /(?<![.!?…])[.!?…]+["”’')\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    if (isAbbreviationEnd(text, start, end)) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.filter((sentence) => sentence.trim() !== "");
}

/** "… Mr." or "… U.S." or "… N.J." ends in an abbreviation, not a sentence (the candidate is text[start, end)). */
function isAbbreviationEnd(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== ".") return false;
  // The last word, found by stepping back to a space: a regex anchored at the end would try every position.
  let wordStart = end - 1;
  while (wordStart > start && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const lastWord = text.slice(wordStart, end);
  const bare = lastWord.replace(/^["“‘(]+/, "").slice(0, -1);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S, N.J, D.C
  if (/^\p{Lu}$/u.test(bare)) return true; // a middle initial: "David E. Sanger"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** What `\s` matches, by code unit. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
