/**
 * Comparison keys for text: two lines that differ only in case, quotes, punctuation or spacing
 * compare equal, and near-repeats (a word changed or dropped) compare as similar.
 */

/** Code-unit order: the same under every locale, so sorted output is the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * ASCII plus the typographic punctuation of English news copy. Normalisation leaves such text
 * as it is (… only becomes "...") and its letters and digits are exactly [A-Za-z0-9], so the key
 * needs no Unicode-aware pass.
 */
const PLAIN_TEXT = /^[\x00-\x7F’‘“”–—…]*$/;
/** A run of characters other than [a-z0-9], except a lone space (already what it would become). */
const OTHER_THAN_ONE_SPACE = /[^a-z0-9]{2,}|[^a-z0-9 ]/g;

/** Lower case, straight quotes, letters and digits only, single spaces. */
export function comparisonKey(text: string): string {
  if (PLAIN_TEXT.test(text)) return text.toLowerCase().replace(OTHER_THAN_ONE_SPACE, " ").trim();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Jaccard similarity of the two texts' word sets, 0…1. */
export function wordSimilarity(a: string, b: string): number {
  const wordsA = new Set(comparisonKey(a).split(" ").filter(Boolean));
  const wordsB = new Set(comparisonKey(b).split(" ").filter(Boolean));
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / (wordsA.size + wordsB.size - shared);
}

/** Same text up to case, quotes and punctuation, or at most a word or two apart. */
export function isNearRepeat(a: string, b: string): boolean {
  return comparisonKey(a) === comparisonKey(b) || wordSimilarity(a, b) >= 0.8;
}
