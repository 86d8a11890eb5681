import { expect, test } from "vitest";
import { formatCoordinates, isCurrentSection, joinNames, sitemapUrls } from "../../src/site/filters.ts";

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
