import { describe, expect, it } from "vitest";
import { cleanArticle, generateTitle } from "../../src/clean/index.ts";
import { articleFrom } from "./helpers.ts";

const clean = (text: string) => cleanArticle(articleFrom(text));

describe("headline and standfirst", () => {
  it("takes a headline-shaped first line and collapses its repeats anywhere", () => {
    const result = clean("Storm hits the coast\n\nStorm hits the coast\n\nThe storm arrived at dawn. It was strong.\n\nStorm Hits The Coast!\n\nTrees fell.\n");
    expect(result.headline).toBe("Storm hits the coast");
    expect(result.body.map((block) => block.text)).toEqual(["The storm arrived at dawn. It was strong.", "Trees fell."]);
    expect(result.boilerplate.map((item) => [item.kind, item.line])).toEqual([["repeated-headline", 3], ["repeated-headline", 7]]);
  });

  it("makes a second, different headline-like line the standfirst", () => {
    const result = clean("Storm hits the coast\nThousands without power as winds reach 120 km/h\nThe storm arrived at dawn.\nTrees fell.\n");
    expect(result.standfirst).toBe("Thousands without power as winds reach 120 km/h");
    expect(result.body).toHaveLength(2);
  });

  it("makes a one-sentence summary repeated by the body the standfirst, keeping the body's copy", () => {
    const result = clean("Storm hits the coast\n\nNo one was hurt in the town.\n\nThe storm arrived.\n\nNo one was hurt in the town.\n");
    expect(result.standfirst).toBe("No one was hurt in the town.");
    expect(result.body.map((block) => block.text)).toEqual(["The storm arrived.", "No one was hurt in the town."]);
  });

  it("finds no headline when the article opens with prose", () => {
    const result = clean("Officials said on Monday that the storm had passed. Roads reopened.\nMore text follows here.\n");
    expect(result.headline).toBeNull();
    expect(result.body[0]!.text).toMatch(/^Officials said/);
  });
});

describe("generateTitle", () => {
  it("uses the reported clause of a 'told X that' lead", () => {
    expect(generateTitle("Two officials told the BBC that the ministers will meet in Geneva next week to discuss the ceasefire terms in detail.")).toBe(
      "The ministers will meet in Geneva next week to discuss the ceasefire terms in detail",
    );
  });

  it("cuts a long lead at a clause boundary", () => {
    expect(generateTitle("Ukrainian and Russian negotiators met in Istanbul on Friday for the first direct talks in three years, officials from both sides said, without agreeing on a truce.")).toBe(
      "Ukrainian and Russian negotiators met in Istanbul on Friday for the first direct talks in three years",
    );
  });

  it("cuts at a word boundary and marks the cut", () => {
    const title = generateTitle(`${"Negotiators kept talking about the many proposals ".repeat(4)}today.`);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s(the|of|about)…$/);
  });
});

describe("boilerplate by shape", () => {
  const scraped = [
    "Home > World > Storm hits the coast",
    "Storm hits the coast",
    "Share",
    "Date:2024-01-02 10:00:00",
    "The storm arrived at dawn, officials told the Daily Planet.",
    "Trees fell across the region.",
    "- In:",
    "- Weather",
    "- Coast",
    "Facebook (12)",
    "Most Read",
    "- Celebrity chef opens restaurant",
    "- Football team wins again",
  ].join("\n");

  it("removes breadcrumbs, stray words, scraped dates, tag lists, counters and link lists, and lists them", () => {
    const result = clean(scraped);
    expect(result.headline).toBe("Storm hits the coast");
    expect(result.body.map((block) => block.text)).toEqual(["The storm arrived at dawn, officials told the Daily Planet.", "Trees fell across the region."]);
    expect(result.boilerplate.map((item) => item.kind)).toEqual(["breadcrumb", "stray-word", "scraped-date", "tag-list", "share-counter", "link-list"]);
    expect(result.topics).toEqual(["Weather", "Coast"]);
    expect(result.scrapedDates).toEqual(["Date:2024-01-02 10:00:00"]);
    expect(result.boilerplate.at(-1)!.text).toContain("Football team wins again");
  });

  it("ends a link list at the first prose-length line", () => {
    const prose = "This paragraph is long enough to be prose rather than a link: ".repeat(4);
    const result = clean(`Storm hits the coast\nIt rained.\nRelated\nShort link one\nShort link two\n${prose}\n`);
    expect(result.body.map((block) => block.text)).toEqual(["It rained.", prose.trim()]);
  });

  it("removes a developing-story note but keeps editor's notes", () => {
    const result = clean("Storm hits the coast\nIt rained.\nEditor's note: an earlier version misnamed the town.\nThis story is developing and will be updated.\n");
    expect(result.body.map((block) => block.text)).toEqual(["It rained.", "Editor's note: an earlier version misnamed the town."]);
    expect(result.boilerplate.map((item) => item.kind)).toEqual(["developing-note"]);
  });

  it("keeps publication lines as date evidence, out of the body", () => {
    const result = clean("Storm hits the coast\nPublished: Tuesday 12 March 2024\nIt rained.\n");
    expect(result.publicationLines).toEqual(["Published: Tuesday 12 March 2024"]);
    expect(result.body).toEqual([{ kind: "paragraph", text: "It rained." }]);
  });

  it("does not take prose for boilerplate", () => {
    const result = clean("Storm hits the coast\nRelated talks will resume in Cairo, officials said on Monday, after a pause of two weeks.\nIn: the capital, crowds gathered.\n");
    expect(result.boilerplate).toEqual([]);
    expect(result.body).toHaveLength(2);
  });
});

describe("credits and captions", () => {
  it("turns contributor lines into contributors, without the outlet's possessive", () => {
    const result = clean("Storm hits the coast\nIt rained.\nCNN’s Ana Lima, Bo Chen, and Cy Diaz contributed reporting.\n");
    expect(result.contributors).toEqual(["Ana Lima", "Bo Chen", "Cy Diaz"]);
    expect(result.creditLines).toHaveLength(1);
    expect(result.body).toHaveLength(1);
  });

  it("reads wire-service and staff-writer credit lines", () => {
    const result = clean(
      "Storm hits the coast\nIt rained.\nReporting by Jane Doe in London and Ana Lima; Additional reporting by Bo Chen; Editing by Sam Smith\nAssociated Press writers Cy Diaz and Di Evans contributed.\n",
    );
    expect(result.contributors).toEqual(["Jane Doe", "Ana Lima", "Bo Chen", "Sam Smith", "Cy Diaz", "Di Evans"]);
    expect(result.body).toEqual([{ kind: "paragraph", text: "It rained." }]);
    expect(result.creditLines).toHaveLength(2);
  });

  it("keeps prose about reporting in the body", () => {
    const result = clean("Storm hits the coast\nReporting by local media suggested the storm was weakening over the sea by the evening.\nIt rained.\n");
    expect(result.contributors).toEqual([]);
    expect(result.body).toHaveLength(2);
  });

  it("reads 'contributed reporting from' lines and bylines", () => {
    const result = clean("Storm hits the coast\nBy Jane Roe and John Doe\nIt rained.\nAna Lima contributed reporting from Kyiv.\n");
    expect(result.byline).toEqual(["Jane Roe", "John Doe"]);
    expect(result.contributors).toEqual(["Ana Lima"]);
  });

  it("takes an author bio at the foot as the byline, but not a description of a person in the news", () => {
    const result = clean(
      "Storm hits the coast\nJohn Smith is a former mayor of the town who warned about floods.\nIt rained.\nJane Roe is the chief weather correspondent based in London.\n",
    );
    expect(result.byline).toEqual(["Jane Roe"]);
    expect(result.body.map((block) => block.text)).toContain("John Smith is a former mayor of the town who warned about floods.");
  });

  it("pairs a caption with its photo credit", () => {
    const result = clean("Storm hits the coast\nIt rained.\nPeople watch the waves in Brighton, England, on Monday.\nJane Roe/Reuters/FILE\nTrees fell.\n");
    expect(result.captions).toEqual([{ text: "People watch the waves in Brighton, England, on Monday.", credit: "Jane Roe/Reuters/FILE" }]);
    expect(result.body.map((block) => block.text)).toEqual(["It rained.", "Trees fell."]);
  });
});

describe("paragraphs", () => {
  it("joins hard-wrapped lines into paragraphs", () => {
    const result = clean(
      "Storm hits the coast\n\nThe storm arrived at dawn and brought winds that\nknocked down trees across the whole of the region\nand left thousands without power.\n\nTrees fell.\n",
    );
    expect(result.body.map((block) => block.text)).toEqual([
      "The storm arrived at dawn and brought winds that knocked down trees across the whole of the region and left thousands without power.",
      "Trees fell.",
    ]);
  });

  it("marks short heading lines between paragraphs as subheads", () => {
    const result = clean("Storm hits the coast\nIt rained.\nComplete blockade\nRoads were closed.\n");
    expect(result.body).toEqual([
      { kind: "paragraph", text: "It rained." },
      { kind: "subhead", text: "Complete blockade" },
      { kind: "paragraph", text: "Roads were closed." },
    ]);
  });

  it("normalises no-break spaces inside lines", () => {
    const result = clean("Storm hits the coast\nIt\u00a0rained.\nThis\u00a0story is developing.\n");
    expect(result.body).toEqual([{ kind: "paragraph", text: "It rained." }]);
  });
});
