/**
 * Page fingerprints decide which pages a rebuild renders: a change must reach exactly the pages
 * that show it (the entry, its neighbours, the lists naming it), and nothing else.
 */
import { describe, expect, test } from "vitest";
import { buildSiteData } from "../../src/site/data.ts";
import { fingerprintPages } from "../../src/site/fingerprints.ts";
import { pageUrls } from "../../src/site/pages.ts";
import type { Entry } from "../../src/model.ts";
import { makeEntry } from "../support/entries.ts";

const barnea = { name: "David Barnea", mentions: ["Barnea"], sentences: ["Barnea stays home."] };
const doha = { name: "Doha", mentions: ["Doha"], kind: "city" as const, lat: 25.29, lon: 51.53, sentences: ["Talks in Doha."] };

function site(overrides: Partial<Record<string, Partial<Entry>>> = {}, extra: Entry[] = []): Map<string, string> {
  const entries = [
    makeEntry("first", { date: { date: "2023-11-01" }, people: [barnea], ...overrides.first }),
    makeEntry("second", { date: { date: "2023-12-01" }, places: [doha], ...overrides.second }),
    makeEntry("third", { date: { date: "2024-01-01" }, ...overrides.third }),
    makeEntry("fourth", { date: { date: "2024-02-01" }, people: [barnea], ...overrides.fourth }),
    ...extra,
  ];
  return fingerprintPages(buildSiteData(entries).pages).pages;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const urls = new Set([...before.keys(), ...after.keys()]);
  return [...urls].filter((url) => before.get(url) !== after.get(url)).sort();
}

describe("fingerprintPages", () => {
  test("covers every repeated page, and is the same for the same data", () => {
    const data = buildSiteData([makeEntry("only", { people: [barnea], places: [doha] })]);
    const fingerprints = fingerprintPages(data.pages).pages;
    expect([...fingerprints.keys()].sort()).toEqual(pageUrls(data.pages).sort());
    expect(fingerprintPages(buildSiteData([makeEntry("only", { people: [barnea], places: [doha] })]).pages).pages).toEqual(fingerprints);
  });

  test("a retitled entry changes its page, its neighbours' pages and the lists naming it, nothing else", () => {
    const before = site();
    const after = site({ fourth: { title: "A new title" } });
    expect(changed(before, after)).toEqual(["/entries/fourth/", "/entries/third/", "/people/david-barnea/"]);
  });

  test("a changed sentence about a place changes the entry and the place's page, not its neighbours", () => {
    const before = site();
    const after = site({ second: { places: [{ ...doha, sentences: ["Talks resumed in Doha."] }] } });
    expect(changed(before, after)).toEqual(["/entries/second/", "/places/doha/"]);
  });

  test("an entry's article fingerprint ignores its neighbours", () => {
    const articles = (extra: Entry[]) =>
      fingerprintPages(buildSiteData([makeEntry("first", { date: { date: "2023-11-01" } }), makeEntry("second", { date: { date: "2023-12-01" } }), ...extra]).pages).articles;
    const before = articles([]);
    const after = articles([makeEntry("third", { date: { date: "2024-01-01" } })]);
    expect(after.get("/entries/second/")).toBe(before.get("/entries/second/"));
    expect(after.get("/entries/first/")).toBe(before.get("/entries/first/"));
  });

  test("a new article touches its page, its neighbours, and the pages of what it names", () => {
    const before = site();
    const after = site({}, [makeEntry("fifth", { date: { date: "2024-03-01" }, people: [barnea] })]);
    expect(changed(before, after)).toEqual(["/entries/fifth/", "/entries/fourth/", "/people/", "/people/david-barnea/"]);
  });
});
