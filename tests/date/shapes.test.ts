/**
 * Articles written for these tests in shapes the seeds do not have: a dateline only, only a
 * duration since a known event, only a weekday with a month and day, an editor's date overriding
 * the text, scraped page dates that contradict or trail the content, and repeated phrases.
 */
import { describe, expect, it } from "vitest";
import { dateArticle } from "../../src/date/index.ts";
import { cleanFromText, story } from "./helpers.ts";

describe("texts in other shapes", () => {
  it("a dateline alone gives the day, from the text", () => {
    const date = dateArticle(cleanFromText("GAZA CITY, Gaza Strip, March 2, 2024 — Aid trucks waited at the crossing as talks went on."), story);
    expect(date).toMatchObject({ date: "2024-03-02", precision: "day", source: "text", range: { earliest: "2024-03-02", latest: "2024-03-02" } });
    expect(date.evidence[0]?.text).toBe("GAZA CITY, Gaza Strip, March 2, 2024");
  });

  it("a publication line alone gives the day", () => {
    const date = dateArticle(cleanFromText("Negotiators met again in Cairo.", { publicationLines: ["Published: Tuesday 12 March 2024"] }), story);
    expect(date).toMatchObject({ date: "2024-03-12", precision: "day", source: "text" });
  });

  it("only a duration since a known event dates the article around it", () => {
    const date = dateArticle(cleanFromText("Families of the hostages marked 100 days of captivity on Sunday with a rally in Tel Aviv."), story);
    // 7 October 2023 + 100 days = 15 January 2024; the rallies were on Sunday the 14th.
    expect(date.range).toEqual({ earliest: "2024-01-14", latest: "2024-01-16" });
    expect(date.date).toBe("2024-01-14");
    expect(date.precision).toBe("week");
    expect(date.evidence[0]).toMatchObject({ text: "100 days of captivity" });
    expect(date.evidence[0]?.reading).toContain("7 October 2023");
  });

  it("only a weekday with month and day finds the year the weekday fits", () => {
    const date = dateArticle(cleanFromText("On Wednesday, March 5, an American envoy met Hamas officials in Doha."), story);
    // 5 March was a Wednesday in 2025 (a Tuesday in 2024), inside the story's span.
    expect(date.date).toBe("2025-03-05");
    expect(date.range.earliest).toBe("2025-03-05");
    expect(date.evidence.find((item) => item.text === "On Wednesday, March 5")?.reading).toContain("5 March 2025");
  });

  it("the editor's front-matter date wins over the text, which is reported as disagreeing", () => {
    const clean = cleanFromText("DOHA, Qatar, Nov. 24, 2023 — The first hostages were freed under the truce.", { frontMatter: { date: "2023-11-25" } });
    const date = dateArticle(clean, story);
    expect(date).toMatchObject({ date: "2023-11-25", precision: "day", source: "front-matter", range: { earliest: "2023-11-25", latest: "2023-11-25" } });
    expect(date.evidence[0]).toEqual({ text: "date: 2023-11-25", reading: "the editor's date in the front matter" });
    expect(date.conflicts.some((conflict) => conflict.includes("DOHA, Qatar, Nov. 24, 2023"))).toBe(true);
  });

  it("a scraped page date earlier than the content allows is overruled and reported", () => {
    const text = "Families pressed for a deal to bring their loved ones home after nearly eight months of captivity.";
    const date = dateArticle(cleanFromText(text, { scrapedDates: ["Date:2023-01-05 10:00:00"] }), story);
    expect(date.range).toEqual({ earliest: "2024-05-23", latest: "2024-06-07" });
    expect(date.conflicts.some((conflict) => conflict.includes("Date:2023-01-05 10:00:00"))).toBe(true);
    expect(date.evidence.find((item) => item.text === "Date:2023-01-05 10:00:00")?.reading).toMatch(/overruled/);
    // A scraped date is the weakest evidence: dropping it costs no precision.
    expect(date.precision).toBe("week");
  });

  it("a scraped page date long after the content is kept as a bound but said to be overruled", () => {
    const text = "The war in Gaza followed an Oct. 7 Hamas attack on Israel. Talks resumed after nearly eight months of captivity.";
    const date = dateArticle(cleanFromText(text, { scrapedDates: ["Date:2025-04-17 08:41:39"] }), story);
    expect(date.range.latest).toBe("2024-06-07");
    expect(date.evidence.find((item) => item.text === "Date:2025-04-17 08:41:39")?.reading).toMatch(/overruled.*later copy or crawl/);
  });

  it("a scraped page date with nothing else bounds the article from above", () => {
    const date = dateArticle(cleanFromText("Talks continued in Doha, a source said.", { scrapedDates: ["Date:2024-02-10 12:00:00"] }), story);
    expect(date.range.latest).toBe("2024-02-10");
    expect(date.source).toBe("inferred");
  });

  it("keeps the stronger of contradicting constraints, reports the other and lowers the precision", () => {
    const text = "Defense Minister Yoav Gallant spoke as hostages were freed since the current cease-fire began in mid-January.";
    const date = dateArticle(cleanFromText(text), story);
    expect(date.range.earliest >= "2025-01-19").toBe(true);
    expect(date.conflicts.some((conflict) => conflict.includes("Defense Minister Yoav Gallant"))).toBe(true);
    const without = dateArticle(cleanFromText("Hostages were freed since the current cease-fire began in mid-January."), story);
    expect(without.range).toEqual(date.range);
    expect(["day", "week", "month", "year"].indexOf(date.precision)).toBeGreaterThan(["day", "week", "month", "year"].indexOf(without.precision));
  });

  it("counts 'N days after' from the event that follows it, and a weekday picks among truces", () => {
    const text = "Three hostages were released on Sunday as the ceasefire took effect, 471 days after they were taken captive in the Hamas-led attack of October 7, 2023.\nPresident Joe Biden welcomed the deal.";
    const date = dateArticle(cleanFromText(text), story);
    // 7 Oct 2023 + 471 days = 20 Jan 2025; the January 2025 ceasefire began on Sunday the 19th; Biden left office on the 20th.
    expect(date.range).toEqual({ earliest: "2025-01-19", latest: "2025-01-26" });
    expect(date.date).toBe("2025-01-19");
    expect(date.conflicts).toEqual([]);
  });

  it("does not count 'a year after' from an event named before it", () => {
    const text = "Israel said on Thursday it had killed Hamas leader Yahya Sinwar in Rafah, a year after the attack he masterminded.";
    const date = dateArticle(cleanFromText(text), story);
    // Sinwar was killed on Wednesday 16 October 2024 and Israel announced it on Thursday the 17th.
    expect(date.range).toEqual({ earliest: "2024-10-16", latest: "2024-10-23" });
    expect(date.date).toBe("2024-10-17");
  });

  it("reads a date without a year as the latest one before the article, never a later one", () => {
    const text = "Families pressed for a deal after nearly eight months of captivity. Photographs of the hostages were shown in Tel Aviv on October 18.";
    const date = dateArticle(cleanFromText(text), story);
    expect(date.evidence.find((item) => item.text === "October 18")?.reading).toContain("18 October 2023");
  });

  it("lists a contradicting phrase the article repeats as one conflict, not one per occurrence", () => {
    const text = "Defense Minister Yoav Gallant spoke as hostages were freed since the current cease-fire began in mid-January.\nLater, Defense Minister Yoav Gallant spoke again.\nDefense Minister Yoav Gallant said more.";
    const date = dateArticle(cleanFromText(text), story);
    expect(date.conflicts.filter((conflict) => conflict.includes("“Defense Minister Yoav Gallant”"))).toHaveLength(1);
    expect(new Set(date.conflicts).size).toBe(date.conflicts.length);
  });

  it("lists a phrase the article repeats against the editor's date as one disagreement", () => {
    const text = "Families pressed for a deal after nearly eight months of captivity.\nAfter nearly eight months of captivity, the hostages were still held.";
    const date = dateArticle(cleanFromText(text, { frontMatter: { date: "2023-11-25" } }), story);
    expect(date.conflicts).toHaveLength(1);
    expect(date.conflicts[0]).toContain("“nearly eight months of captivity”");
  });

  it("lists a page date scraped twice once among the evidence and once among the conflicts", () => {
    const text = "Families pressed for a deal to bring their loved ones home after nearly eight months of captivity.";
    const date = dateArticle(cleanFromText(text, { scrapedDates: ["Date:2023-01-05 10:00:00", "Date:2023-01-05 10:00:00"] }), story);
    expect(date.evidence.filter((item) => item.text === "Date:2023-01-05 10:00:00")).toHaveLength(1);
    expect(date.conflicts.filter((conflict) => conflict.includes("Date:2023-01-05 10:00:00"))).toHaveLength(1);
  });

  it("without any date evidence falls back to the story's span, as a year-precision estimate", () => {
    const date = dateArticle(cleanFromText("Mediators said talks were continuing."), story);
    expect(date.range).toEqual({ earliest: story.coverage.from, latest: story.coverage.to });
    expect(date).toMatchObject({ precision: "year", source: "inferred", evidence: [] });
  });
});
