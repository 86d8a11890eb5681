/**
 * Duplicate detection at scale: the sentence keys it indexes (the fast path for plain English
 * text must give the Unicode-aware key), and stock phrases shared by many articles.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../src/entries/duplicates.ts";
import type { BodyBlock } from "../../src/model.ts";
import { comparisonKey } from "../../src/text/compare.ts";
import { sentenceFingerprint } from "../../src/text/fingerprint.ts";

/** A body of one paragraph. */
const paragraph = (text: string): BodyBlock[] => [{ kind: "paragraph", text }];

/** The definition of a comparison key, with no shortcut. */
function unicodeKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

describe("comparisonKey", () => {
  it("gives plain text (ASCII and typographic punctuation) and any other text the key of the Unicode-aware definition", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."aZ09 .,;:'\"`!?-()\t\n’‘“”–—…"), maxLength: 80 });
    const other = fc.string({ unit: fc.constantFrom(..."aZ0 .’…éİßΣﬁ½´\u00a0\u3000\u0301😀"), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(plain, other), (text) => {
        expect(comparisonKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});

describe("sentenceFingerprint", () => {
  const long = "Negotiators met in Doha on Monday to discuss a truce and the hostages.";
  const other = "The families of the hostages gathered in Tel Aviv for a vigil on Sunday night.";

  it("hashes each sentence long enough to identify an article once, up to case, quotes and punctuation", () => {
    const fingerprint = sentenceFingerprint(paragraph(`${long} He declined to comment. ${other} ${long}`));
    expect(fingerprint).toHaveLength(2);
    expect(sentenceFingerprint(paragraph(`${long.toUpperCase()}  ${other.replace(/ /g, "  ")}`))).toEqual(fingerprint);
    expect(sentenceFingerprint(paragraph("He declined to comment."))).toEqual([]);
    expect(sentenceFingerprint(paragraph(long.replace("Monday", "Tuesday")))).not.toContain(fingerprint[0]);
  });
});

describe("findDuplicates", () => {
  const stock = "Read more of our coverage of the negotiations on the website.";
  const own = (n: number) =>
    [1, 2, 3, 4].map((k) => `Article number ${n} reports development ${k} of the talks in its own words today.`).join(" ");

  it("ignores a stock phrase found in many articles, yet still merges a real duplicate among them", () => {
    const bodies = Array.from({ length: 60 }, (_, n) => paragraph(`${stock} ${own(n)}`));
    const copyOf55 = paragraph(`${stock} ${own(55)}`);
    const groups = findDuplicates([...bodies, copyOf55], sentenceFingerprint);
    expect(groups).toHaveLength(60);
    expect(groups[55]!.merged).toEqual([copyOf55]);
    expect(groups.filter((group) => group.merged.length > 0)).toHaveLength(1);
  });
});
