/**
 * The same article saved twice (identical, or near-identical: other line endings, a trimmed
 * footer, a fixed typo) becomes one entry that lists every source file. Found by indexing
 * sentence hashes, never by comparing every article with every other.
 */
import { createHash } from "node:crypto";
import type { BodyBlock } from "../model.ts";
import { comparisonKey } from "../text/compare.ts";
import { splitSentences } from "../text/sentences.ts";

/** Share of sentences two articles must have in common to be one article. */
const SAME_ARTICLE = 0.8;
/** Sentences shorter than this (“He declined to comment.”) say nothing about identity. */
const MIN_SENTENCE = 40;
/** A sentence found in more articles than this is a stock phrase, not a fingerprint. */
const MAX_POSTINGS = 50;

export interface DuplicateGroup<T> {
  /** The item kept (first in input order). */
  kept: T;
  /** Items merged into it. */
  merged: T[];
}

export function sentenceFingerprint(body: readonly BodyBlock[]): Set<string> {
  const hashes = new Set<string>();
  for (const block of body) {
    for (const sentence of splitSentences(block.text)) {
      const key = comparisonKey(sentence);
      if (key.length >= MIN_SENTENCE) hashes.add(createHash("sha1").update(key).digest("base64url").slice(0, 16));
    }
  }
  return hashes;
}

/** Groups items whose bodies share ≥ 80 % of their sentences; returns groups in input order. */
export function findDuplicates<T>(items: readonly T[], bodyOf: (item: T) => readonly BodyBlock[]): DuplicateGroup<T>[] {
  const fingerprints = items.map((item) => sentenceFingerprint(bodyOf(item)));
  const postings = new Map<string, number[]>();
  const keptFor = new Map<number, number>();
  const groups = new Map<number, DuplicateGroup<T>>();

  items.forEach((item, index) => {
    const fingerprint = fingerprints[index]!;
    const shared = new Map<number, number>();
    for (const hash of fingerprint) {
      const posting = postings.get(hash) ?? [];
      if (posting.length <= MAX_POSTINGS) for (const other of posting) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const match = [...shared].find(([other, count]) => {
      const otherSize = fingerprints[other]!.size;
      return count / Math.min(fingerprint.size, otherSize) >= SAME_ARTICLE && count / Math.max(fingerprint.size, otherSize) >= SAME_ARTICLE * 0.75;
    });
    if (match) {
      const keeper = keptFor.get(match[0]) ?? match[0];
      groups.get(keeper)!.merged.push(item);
      keptFor.set(index, keeper);
      return;
    }
    groups.set(index, { kept: item, merged: [] });
    keptFor.set(index, index);
    for (const hash of fingerprint) postings.set(hash, [...(postings.get(hash) ?? []), index]);
  });
  return [...groups.values()];
}
