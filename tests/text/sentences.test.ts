import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.ts";
import { isNearRepeat } from "../../src/text/compare.ts";
import { slugify } from "../../src/text/slug.ts";

describe("splitSentences", () => {
  it("splits after sentence punctuation before a capital", () => {
    expect(splitSentences("Talks ended. Hamas said no! Why? Nobody knows.")).toEqual(["Talks ended.", "Hamas said no!", "Why?", "Nobody knows."]);
  });

  it("does not split after titles, initials, months or U.S.-style abbreviations", () => {
    const text = "Mr. Boehler met Gen. Nitzan Alon on Oct. 7 in the U.S. Capitol. David E. Sanger reported it.";
    expect(splitSentences(text)).toEqual(["Mr. Boehler met Gen. Nitzan Alon on Oct. 7 in the U.S. Capitol.", "David E. Sanger reported it."]);
  });

  it("treats a run of marks as one boundary", () => {
    expect(splitSentences("He paused... Then he spoke?! Nobody answered.")).toEqual(["He paused...", "Then he spoke?!", "Nobody answered."]);
    expect(splitSentences(`${".".repeat(5000)} End.`)).toEqual([".".repeat(5000), "End."]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(splitSentences("“We never stopped.” A source said so.")).toEqual(["“We never stopped.”", "A source said so."]);
  });
});

describe("isNearRepeat", () => {
  it("treats curly and straight quotes, case and punctuation as equal", () => {
    expect(isNearRepeat("Despite Qatar’s talks, nothing.", "despite qatar's talks nothing")).toBe(true);
  });
  it("tells different lines apart", () => {
    expect(isNearRepeat("Israel scraps chief's visit to Qatar", "Israel cancels Qatar trip to resume talks, ending hopes")).toBe(false);
  });
});

describe("slugify", () => {
  it("makes lower-case ASCII words, without accents or apostrophes", () => {
    expect(slugify("Israel scraps Mossad chief's visit to Zürich!")).toBe("israel-scraps-mossad-chiefs-visit-to-zurich");
  });
  it("cuts at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("word")).toBe(true);
  });
  it("returns an empty slug for a title with no Latin letters", () => {
    expect(slugify("مفاوضات الرهائن")).toBe("");
  });
});
