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
    if (isAbbreviationEnd(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.filter((sentence) => sentence.trim() !== "");
}

/** "… Mr." or "… U.S." or "… N.J." ends in an abbreviation, not a sentence. */
function isAbbreviationEnd(candidate: string): boolean {
  const lastWord = /(\S+)$/.exec(candidate)?.[1] ?? "";
  if (!lastWord.endsWith(".")) return false;
  const bare = lastWord.replace(/^["“‘(]+/, "").slice(0, -1);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S, N.J, D.C
  if (/^\p{Lu}$/u.test(bare)) return true; // a middle initial: "David E. Sanger"
  return ABBREVIATIONS.has(bare.toLowerCase());
}
