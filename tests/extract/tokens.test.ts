import { describe, expect, it } from "vitest";
import { numberAt } from "../../src/extract/numbers.ts";
import { abbreviationSet, compoundParts, phraseKeys, tokenize } from "../../src/extract/tokens.ts";

const abbreviations = abbreviationSet(["Lt.", "Gen."]);
const texts = (sentence: string) => tokenize(sentence, abbreviations).map((token) => token.text);

describe("tokenize", () => {
  it("keeps dotted abbreviations, honorifics and initials whole, but not a sentence's last period", () => {
    expect(texts("Mr. Starmer met U.S. envoys in Washington, D.C. on Oct. 7.")).toEqual(["Mr.", "Starmer", "met", "U.S.", "envoys", "in", "Washington", ",", "D.C.", "on", "Oct.", "7", "."]);
    expect(texts("David E. Sanger and Lt. Gen. Herzi Halevi spoke.")).toEqual(["David", "E.", "Sanger", "and", "Lt.", "Gen.", "Herzi", "Halevi", "spoke", "."]);
  });

  it("notes possessives, including a plural one after s, and keeps the bare name", () => {
    const [starmer, , , barneas] = tokenize("Starmer’s team and Barneas' trip", abbreviations);
    expect(starmer).toMatchObject({ text: "Starmer’s", possessive: true, bare: "Starmer" });
    expect(barneas).toMatchObject({ text: "Barneas'", possessive: true, bare: "Barneas" });
  });

  it("splits a name from a lower-case word joined to it, but keeps name particles and name pairs", () => {
    expect(texts("Hamas-led attacks and Abdel Fattah el-Sisi on the Israel-Hamas war")).toEqual(["Hamas", "-", "led", "attacks", "and", "Abdel", "Fattah", "el-Sisi", "on", "the", "Israel-Hamas", "war"]);
    expect(compoundParts(tokenize("Israel-Hamas", abbreviations)[0]!).map((part) => part.text)).toEqual(["Israel", "Hamas"]);
  });

  it("folds accents and curly apostrophes in matching keys", () => {
    const [city] = tokenize("Khān Yūnis", abbreviations);
    expect(city!.key).toBe("Khan");
    expect(tokenize("Israel’s", abbreviations)[0]!.key).toBe("Israel's");
  });
});

describe("phraseKeys", () => {
  it("gives a phrase the keys the tokenizer gives it, plain words or not", () => {
    const phrases = ["Tel Aviv", "Gaza", "Washington", "Rafah Crossing", "Winston-Salem", "Khān Yūnis", "St. Louis", "Washington, D.C.", "Hamas-led", "Dunkin' Donuts", "US Army", "E Street", "Tel  Aviv", "Kiryat Shmona "];
    for (const phrase of phrases) expect(phraseKeys(phrase, abbreviations), phrase).toEqual(tokenize(phrase, abbreviations).map((token) => token.key));
    expect(phraseKeys("St. Louis", abbreviations)).toEqual(["St.", "Louis"]);
  });
});

describe("numberAt", () => {
  const at = (sentence: string, index = 0) => numberAt(tokenize(sentence, abbreviations), index);

  it("reads digits with separators and scale words", () => {
    expect(at("1,200 people")).toMatchObject({ value: 1200, from: 0, to: 1 });
    expect(at("2.3 million inhabitants")).toMatchObject({ value: 2_300_000, to: 2 });
  });

  it("reads numbers in words", () => {
    expect(at("eight citizens")?.value).toBe(8);
    expect(at("twenty-five soldiers")?.value).toBe(25);
    expect(at("two hundred and fifty people")?.value).toBe(250);
    expect(at("three million voters")?.value).toBe(3_000_000);
    expect(at("a dozen tanks")?.value).toBe(12);
  });

  it("gives vague amounts their conventional value", () => {
    expect(at("dozens of hostages")).toMatchObject({ value: 24, vague: true });
    expect(at("hundreds of families")?.value).toBe(200);
    expect(at("tens of thousands of refugees")).toMatchObject({ value: 20_000, to: 3 });
  });

  it("finds no number in other words", () => {
    expect(at("several people")).toBeUndefined();
    expect(at("a few")).toBeUndefined();
  });
});
