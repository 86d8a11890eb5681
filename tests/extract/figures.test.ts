import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/figures.ts";
import { sentencesOf } from "../../src/extract/sentences.ts";
import { abbreviationSet } from "../../src/extract/tokens.ts";

const figuresIn = (...paragraphs: string[]) => findFigures(paragraphs.flatMap((paragraph, block) => sentencesOf(paragraph, block, abbreviationSet())));
const summary = (...paragraphs: string[]) => figuresIn(...paragraphs).map(({ value, qualifier, counts }) => ({ value, qualifier, counts }));

describe("findFigures", () => {
  it("finds counts in digits and words with what they count", () => {
    expect(summary("Russian strikes killed 14 civilians in Kharkiv, and eight firefighters were wounded.")).toEqual([
      { value: 14, qualifier: undefined, counts: "civilians killed in Kharkiv" },
      { value: 8, qualifier: undefined, counts: "firefighters wounded" },
    ]);
  });

  it("reads qualifiers, plain and paraphrased", () => {
    const qualifiers = summary(
      "At least 12 people died. Roughly 300 homes flooded. More than 40 schools closed. Nearly 90 flights were cancelled.",
      "A minimum of 35 soldiers returned. Greater than 100 candidates stood. Approximately 240 voters queued. Over 700 workers struck. Up to 50 boats sank.",
    ).map((figure) => figure.qualifier);
    expect(qualifiers).toEqual(["at least", "roughly", "more than", "nearly", "at least", "more than", "about", "more than", "up to"]);
  });

  it("says what happened to the people counted", () => {
    const counts = summary(
      "The strike on Oct. 3 killed more than 500 Palestinians.",
      "Militants took dozens of hostages.",
      "Some 1,600 people are feared dead or missing.",
      "About 135 hostages are still in Gaza.",
    ).map((figure) => figure.counts);
    expect(counts).toEqual(["Palestinians killed", "hostages taken", "people feared dead or missing", "hostages still in Gaza"]);
  });

  it("lends a number without a noun the noun of the figure before it in the same paragraph", () => {
    expect(summary("The ministry said 135 hostages remain in Gaza, with 116 believed to be alive.")).toEqual([
      { value: 135, qualifier: undefined, counts: "hostages remain in Gaza" },
      { value: 116, qualifier: undefined, counts: "hostages believed alive" },
    ]);
    expect(summary("The ministry said 135 hostages remain.", "Another 20 were freed.")).toHaveLength(1);
  });

  it("counts a part of a whole and money", () => {
    expect(summary("Labour won 412 of the 650 seats.").map((figure) => [figure.value, figure.counts])).toEqual([[412, "seats"], [650, "seats"]]);
    expect(summary("Britain pledged $150 million in aid.")).toEqual([{ value: 150_000_000, qualifier: undefined, counts: "dollars" }]);
  });

  it("takes no date, year, time, age, duration, percentage, score, rank, counter or name for a figure", () => {
    expect(figuresIn(
      "On Oct. 7, 2023, and on 4 July 2024, the polls closed at 10 p.m. and at 22:00.",
      "A 21-year-old soldier, Dan Cohen, 34, served for 75 years in a 5-game streak that ended 34-3.",
      "Turnout was 60 percent, or 60%, in 2019. The party ranked No. 1 on Channel 12 (81) and Air Force One landed.",
      "Nearly eight months of captivity ended. It was the 2 sides' first deal, one of many.",
    )).toEqual([]);
  });

  it("does not count the sources a report quotes, but counts officials who are the news", () => {
    expect(figuresIn(
      "Four sources with knowledge of the talks told reporters there was progress.",
      "According to two diplomats, the talks stalled. Three officials said the deal was close.",
    )).toEqual([]);
    expect(summary("Two officials were killed in the blast.")).toEqual([{ value: 2, qualifier: undefined, counts: "officials killed" }]);
  });

  it("keeps the figure's text and sentence", () => {
    const [figure] = figuresIn("Turnout fell as roughly 1,200 polling stations stayed shut on Thursday.");
    expect(figure).toMatchObject({ text: "roughly 1,200 polling stations", sentence: "Turnout fell as roughly 1,200 polling stations stayed shut on Thursday." });
  });
});
