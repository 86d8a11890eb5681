/**
 * The same article saved twice (identical, or near-identical: other line endings, a trimmed
 * footer, a fixed typo) becomes one entry that lists every source file. Found by indexing
 * the articles' sentence fingerprints (src/text/fingerprint.ts), never by comparing every
 * article with every other.
 */

/** Share of sentences two articles must have in common to be one article. */
const SAME_ARTICLE = 0.8;
/** A sentence found in more articles than this is a stock phrase, not a fingerprint. */
const MAX_POSTINGS = 50;

export interface DuplicateGroup<T> {
  /** The item kept (first in input order). */
  kept: T;
  /** Items merged into it. */
  merged: T[];
}

/**
 * Groups items whose fingerprints (each a list of distinct sentence hashes) share ≥ 80 % of
 * their sentences; returns groups in input order.
 */
export function findDuplicates<T>(items: readonly T[], fingerprintOf: (item: T) => readonly string[]): DuplicateGroup<T>[] {
  const fingerprints = items.map(fingerprintOf);
  const postings = new Map<string, number[]>();
  const keptFor = new Map<number, number>();
  const groups = new Map<number, DuplicateGroup<T>>();
  // Sentences shared with each earlier item, counted in an array and reset through the list of items touched.
  const sharedCounts = new Uint32Array(items.length);
  const touched: number[] = [];

  items.forEach((item, index) => {
    const fingerprint = fingerprints[index]!;
    for (const key of fingerprint) {
      const posting = postings.get(key);
      if (posting === undefined || posting.length > MAX_POSTINGS) continue;
      for (const other of posting) {
        const count = sharedCounts[other]!;
        if (count === 0) touched.push(other);
        sharedCounts[other] = count + 1;
      }
    }
    // The first item touched that is similar enough, as before: touch order is the order of the sentences.
    const match = touched.find((other) => {
      const count = sharedCounts[other]!;
      const otherSize = fingerprints[other]!.length;
      return count / Math.min(fingerprint.length, otherSize) >= SAME_ARTICLE && count / Math.max(fingerprint.length, otherSize) >= SAME_ARTICLE * 0.75;
    });
    for (const other of touched) sharedCounts[other] = 0;
    touched.length = 0;
    if (match !== undefined) {
      const keeper = keptFor.get(match) ?? match;
      groups.get(keeper)!.merged.push(item);
      keptFor.set(index, keeper);
      return;
    }
    groups.set(index, { kept: item, merged: [] });
    keptFor.set(index, index);
    for (const key of fingerprint) {
      const posting = postings.get(key);
      if (posting === undefined) postings.set(key, [index]);
      // Past the cap a posting is never read again: it only needs to stay over it.
      else if (posting.length <= MAX_POSTINGS) posting.push(index);
    }
  });
  return [...groups.values()];
}
