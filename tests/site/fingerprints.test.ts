/**
 * Page fingerprints decide which pages a rebuild renders: a change must reach exactly the pages
 * that show it (the entry, its neighbours, the lists naming it), and nothing else.
 */
import { describe, expect, test } from "vitest";
import { buildSiteData } from "../../src/site/data.ts";
import { fingerprintPages } from "../../src/site/fingerprints.ts";
import { pageUrls, type SitePages } from "../../src/site/pages.ts";
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

  test("a place's page follows the places in its inset's view (drawn only when rendered), not those far away", () => {
    const before = site();
    // Manama is in Doha's inset; Honolulu is not.
    const manama = { name: "Manama", mentions: ["Manama"], kind: "city" as const, lat: 26.23, lon: 50.59, sentences: ["Talks in Manama."] };
    const honolulu = { ...manama, name: "Honolulu", mentions: ["Honolulu"], lat: 21.3, lon: -157.86, sentences: ["Talks in Honolulu."] };
    const withManama = site({ third: { places: [manama] } });
    expect(changed(before, withManama)).toContain("/places/doha/");
    const withHonolulu = site({ third: { places: [honolulu] } });
    expect(changed(before, withHonolulu)).not.toContain("/places/doha/");
    expect(buildSiteData([makeEntry("only", { places: [doha, manama] })]).places.find((place) => place.name === "Doha")!.inset).toContain('href="/places/manama/"');
  });

  test("an entry shown inside another page stands there without its neighbours", () => {
    const pages = (extra: Entry[]) =>
      fingerprintPages(buildSiteData([makeEntry("first", { date: { date: "2023-11-01" } }), makeEntry("second", { date: { date: "2023-12-01" }, places: [doha] }), ...extra]).pages).pages;
    const before = pages([]);
    const after = pages([makeEntry("third", { date: { date: "2024-01-01" } })]);
    // The second entry gets a next neighbour: its own page shows it, the place page listing it does not.
    expect(changed(before, after)).toContain("/entries/second/");
    expect(after.get("/places/doha/")).toBe(before.get("/places/doha/"));
    expect(after.get("/entries/first/")).toBe(before.get("/entries/first/"));
  });

  test("a new article touches its page, its neighbours, and the pages of what it names", () => {
    const before = site();
    const after = site({}, [makeEntry("fifth", { date: { date: "2024-03-01" }, people: [barnea] })]);
    expect(changed(before, after)).toEqual(["/entries/fifth/", "/entries/fourth/", "/people/", "/people/david-barnea/"]);
  });

  test("in a person's long list, a new article touches its period's page and the person's own page, not the other periods", () => {
    const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
    const daily = Array.from({ length: 150 }, (_, n) => makeEntry(`day-${String(n).padStart(3, "0")}`, { date: { date: day(n) }, people: [barnea] }));
    const before = fingerprintPages(buildSiteData(daily).pages).pages;
    expect([...before.keys()].filter((url) => url.startsWith("/people/david-barnea/"))).toEqual([
      "/people/david-barnea/",
      "/people/david-barnea/2023/q1/",
      "/people/david-barnea/2023/q2/",
    ]);
    const added = makeEntry("added", { date: { date: "2023-02-15" }, people: [barnea] });
    const after = fingerprintPages(buildSiteData([...daily, added]).pages).pages;
    expect(changed(before, after)).toEqual([
      "/entries/added/",
      "/entries/day-044/",
      "/entries/day-045/",
      "/people/",
      "/people/david-barnea/",
      "/people/david-barnea/2023/q1/",
      "/timeline/2023/02/",
    ]);
  });

  test("an object beside an entry stands in by its parts of that entry; anything else beside it is hashed whole", () => {
    const data = buildSiteData([makeEntry("first", { people: [barnea], places: [doha] })]);
    const entry = data.pages.entries[0]!;
    const withItem = (item: object, note = "a") => {
      // An extra field no template has: the shape is the test's, not the site's.
      const appearances = [{ entry, item, note }] as unknown as SitePages["personPages"][number]["appearances"];
      const page = { ...data.pages.personPages[0]!, appearances };
      return fingerprintPages({ ...data.pages, personPages: [page] }).pages.get(page.url);
    };
    const person = entry.people[0]!;
    const place = entry.places[0]!;
    // The entry's own person and place differ by their place in it; a primitive beside them counts.
    expect(withItem(person)).not.toBe(withItem(place));
    expect(withItem(person, "b")).not.toBe(withItem(person));
    // An object not among the entry's parts is hashed by its content, even one equal to a part.
    expect(withItem({ ...person })).not.toBe(withItem(person));
    expect(withItem({ ...person, sentences: ["Another."] })).not.toBe(withItem({ ...person }));
  });

  test("a figure series' page follows its points, each standing in as its entry and figure, and its time axis", () => {
    const killed = (value: number) => ({ value, text: `${value} people`, counts: "people killed", sentence: `${value} people were killed.` });
    const entries = [
      makeEntry("first", { date: { date: "2023-11-01" }, figures: [killed(1400)] }),
      makeEntry("second", { date: { date: "2023-12-01" }, figures: [killed(1200)] }),
      makeEntry("third", { date: { date: "2024-01-01" }, figures: [killed(1300)] }),
    ];
    const keyed = (keys: Record<string, string>) => fingerprintPages(buildSiteData(entries).pages, { entryKeys: new Map(Object.entries(keys)) }).pages;
    const before = keyed({ first: "a", second: "b", third: "c" });
    expect(before.has("/figures/people-killed/")).toBe(true);
    // The second report is lower than the first, which the first page's point names: its key counts.
    expect(changed(before, keyed({ first: "a", second: "b2", third: "c" }))).toContain("/figures/people-killed/");
    const series = buildSiteData(entries).pages.figureSeries[0]!;
    const fingerprintOf = (page: object) => fingerprintPages({ ...buildSiteData(entries).pages, figureSeries: [page as typeof series] }).pages.get(series.url);
    const point = series.points.find((p) => p.disagreements.length > 0)!;
    const withPoint = (replaced: object) => ({ ...series, points: series.points.map((p) => (p === point ? replaced : p)) });
    // What the code makes from the points (disagreements, disputes, the summary by month, the chart) is left out.
    expect(fingerprintOf(withPoint({ ...point, disagreements: [] }))).toBe(fingerprintOf(series));
    expect(fingerprintOf({ ...series, disputes: [], disputeCount: 0, months: [] })).toBe(fingerprintOf(series));
    // A point's anchor, a figure that is not the entry's own (hashed by its content) and the axis count.
    expect(fingerprintOf(withPoint({ ...point, anchor: "figure-9" }))).not.toBe(fingerprintOf(series));
    expect(fingerprintOf(withPoint({ ...point, figure: { ...point.figure, text: "other" } }))).not.toBe(fingerprintOf(series));
    expect(fingerprintOf({ ...series, chartAxis: "[]" })).not.toBe(fingerprintOf(series));
  });

  describe("given each entry's key", () => {
    const keyed = (entries: Entry[], keys: Record<string, string>) =>
      fingerprintPages(buildSiteData(entries).pages, { entryKeys: new Map(Object.entries(keys)) }).pages;
    const two = [makeEntry("first", { date: { date: "2023-11-01" }, people: [barnea] }), makeEntry("second", { date: { date: "2023-12-01" } })];

    test("an entry's page and the lists showing it follow its key", () => {
      const before = keyed(two, { first: "a", second: "b" });
      expect(changed(before, keyed(two, { first: "a", second: "b" }))).toEqual([]);
      expect(changed(before, keyed(two, { first: "a2", second: "b" }))).toEqual(["/entries/first/", "/people/david-barnea/"]);
    });

    test("and the URLs of its people, which other entries' names can change", () => {
      const hyphenated = { name: "Ann-Lee", mentions: ["Ann-Lee"], sentences: [] };
      const entries = [makeEntry("first", { date: { date: "2023-11-01" }, people: [hyphenated] }), makeEntry("second", { date: { date: "2023-12-01" } })];
      const before = keyed(entries, { first: "a", second: "b" });
      // "Ann Lee" sorts first and takes the slug "ann-lee": "Ann-Lee" becomes "ann-lee-2".
      const spaced = makeEntry("third", { date: { date: "2024-01-01" }, people: [{ name: "Ann Lee", mentions: ["Ann Lee"], sentences: [] }] });
      const after = keyed([...entries, spaced], { first: "a", second: "b", third: "c" });
      expect(changed(before, after)).toContain("/entries/first/");
    });
  });
});
