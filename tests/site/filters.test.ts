import { expect, test } from "vitest";
import { describeDate } from "../../src/date/format.ts";
import type { ArticleDate } from "../../src/model.ts";
import { formatCoordinates, isCurrentSection, joinNames, siteFilters, sitemapUrls, withTimeElements } from "../../src/site/filters.ts";
import { absoluteUrl } from "../../src/site/json-ld.ts";

test("joinNames joins like a sentence", () => {
  expect(joinNames([])).toBe("");
  expect(joinNames(undefined)).toBe("");
  expect(joinNames(["A"])).toBe("A");
  expect(joinNames(["A", "B"])).toBe("A and B");
  expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
});

test("formatCoordinates names the hemispheres", () => {
  expect(formatCoordinates(31.5, 34.466)).toBe("31.50° N, 34.47° E");
  expect(formatCoordinates(-34.6, -58.38)).toBe("34.60° S, 58.38° W");
});

test("isCurrentSection: the timeline owns home, newest-first and entries; other sections their prefix", () => {
  expect(isCurrentSection("/", "/")).toBe(true);
  expect(isCurrentSection("/newest/", "/")).toBe(true);
  expect(isCurrentSection("/entries/x/", "/")).toBe(true);
  expect(isCurrentSection("/people/x/", "/")).toBe(false);
  expect(isCurrentSection("/people/x/", "/people/")).toBe(true);
  expect(isCurrentSection("/places/", "/people/")).toBe(false);
  expect(isCurrentSection(undefined, "/")).toBe(false);
});

test("sitemapUrls keeps page URLs once each, sorted, dropping files and unpublished pages", () => {
  expect(
    sitemapUrls([{ url: "/people/" }, { url: "/feed.xml" }, { url: false }, { url: "/" }, { url: "/people/" }, {}]),
  ).toEqual(["/", "/people/"]);
});

test("withTimeElements marks up every real day, escapes the rest, and gives the same answer every time", () => {
  const text = `Dropped "truce" <b>(2024-05-14)</b>: 14 May 2024 & 31 February 2024, then 2024-02-30 and 1 March 2025.`;
  const expected =
    'Dropped &quot;truce&quot; &lt;b&gt;(<time datetime="2024-05-14">2024-05-14</time>)&lt;/b&gt;: <time datetime="2024-05-14">14 May 2024</time> &amp; 31 February 2024, then 2024-02-30 and <time datetime="2025-03-01">1 March 2025</time>.';
  expect(withTimeElements(text)).toBe(expected);
  expect(withTimeElements(text)).toBe(expected);
  expect(withTimeElements("No day here.")).toBe("No day here.");
});

test("absoluteUrl keeps each site's URLs apart", () => {
  expect(absoluteUrl({ baseUrl: "https://example.org/", pathPrefix: "/" }, "/people/")).toBe("https://example.org/people/");
  expect(absoluteUrl({ baseUrl: "https://example.org/", pathPrefix: "/timeline/" }, "/people/")).toBe("https://example.org/timeline/people/");
  expect(absoluteUrl({ baseUrl: "https://news.example.com/", pathPrefix: "/" }, "/people/")).toBe("https://news.example.com/people/");
});

test("displayDate and datetime give each date its own reading, however often they are asked", () => {
  const may = { date: "2024-05-14", precision: "day", range: { earliest: "2024-05-14", latest: "2024-05-14" }, source: "dateline", evidence: [], conflicts: [] } as unknown as ArticleDate;
  const june = { ...may, date: "2024-06-15", precision: "month", range: { earliest: "2024-06-01", latest: "2024-06-30" } } as unknown as ArticleDate;
  for (let round = 0; round < 2; round++) {
    expect(siteFilters.displayDate(may)).toBe(describeDate(may));
    expect(siteFilters.datetime(may)).toBe("2024-05-14");
    expect(siteFilters.displayDate(june)).toBe(describeDate(june));
    expect(siteFilters.datetime(june)).toBe("2024-06");
  }
  expect(siteFilters.displayDate(june)).not.toBe(siteFilters.displayDate(may));
});
