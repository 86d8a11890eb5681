/**
 * An article's sentence fingerprint: what finding the same article saved twice compares
 * (src/entries/duplicates.ts). Made once, with the article's other results, and cached with
 * them, so a rebuild does not split and normalise every article's sentences again.
 */
import { createHash } from "node:crypto";
import type { BodyBlock } from "../model.ts";
import { comparisonKey } from "./compare.ts";
import { splitSentences } from "./sentences.ts";

/** Sentences shorter than this (“He declined to comment.”) say nothing about identity. */
const MIN_SENTENCE = 40;

/**
 * Hashes (96 bits, base64) of the comparison keys of the body's sentences long enough to
 * identify it, each once: two bodies share a hash exactly when they share such a sentence, up
 * to case, quotes, punctuation and spacing.
 */
export function sentenceFingerprint(body: readonly BodyBlock[]): string[] {
  const keys = new Set<string>();
  for (const block of body) {
    for (const sentence of splitSentences(block.text)) {
      const key = comparisonKey(sentence);
      if (key.length >= MIN_SENTENCE) keys.add(key);
    }
  }
  return [...keys].map((key) => createHash("sha1").update(key).digest("base64").slice(0, 16));
}
