import { describe, expect, test } from "vitest";
import { serializeTimelineExport } from "../../src/site/export.ts";
import { buildSiteData } from "../../src/site/data.ts";
import { feedItems } from "../../src/site/feed.ts";
import { makeEntry } from "../support/entries.ts";

const barnea = { name: "David Barnea", mentions: ["Barnea"], role: "Mossad director", sentences: ["Barnea stays home."] };
const doha = { name: "Doha", mentions: ["Doha"], kind: "city" as const, sentences: ["Talks in Doha."] };
const entries = [
  makeEntry("late", {
    date: { date: "2024-05-25" },
    sources: ["content/articles/sub/late.txt"],
    people: [{ ...barnea, role: undefined }],
    figures: [{ value: 120, text: "Roughly 120 hostages", counts: "hostages held", sentence: "Roughly 120 hostages are held." }],
  }),
  makeEntry("early", {
    date: { date: "2023-11-29" },
    people: [barnea],
    places: [doha],
    figures: [{ value: 135, text: "135 hostages", counts: "hostages in Gaza", sentence: "135 hostages are in Gaza." }],
  }),
  makeEntry("middle", { date: { date: "2023-12-13" } }),
];
const data = buildSiteData(entries);

describe("buildSiteData", () => {
  test("entries are oldest first, with neighbours linked", () => {
    expect(data.entries.map((e) => e.id)).toEqual(["early", "middle", "late"]);
    expect(data.newestFirst.map((e) => e.id)).toEqual(["late", "middle", "early"]);
    expect(data.entries.map((e) => [e.previous?.url ?? null, e.next?.url ?? null])).toEqual([
      [null, "/entries/middle/"],
      ["/entries/early/", "/entries/late/"],
      ["/entries/middle/", null],
    ]);
  });

  test("people and places on an entry link to their index pages", () => {
    const early = data.entries[0];
    expect(early?.people.map((p) => p.url)).toEqual(["/people/david-barnea/"]);
    expect(early?.places.map((p) => p.url)).toEqual(["/places/doha/"]);
    expect(data.people.map((p) => [p.url, p.appearances.map((a) => a.entry.id)])).toEqual([
      ["/people/david-barnea/", ["early", "late"]],
    ]);
  });

  test("body HTML, year and source file names are ready for the templates", () => {
    const late = data.entries[2];
    expect(late?.bodyHtml).toBe("<p>Body of late.</p>\n");
    expect(late?.year).toBe("2024");
    expect(late?.sourceNames).toEqual(["late.txt"]);
  });

  test("groups, figures and the export follow the same order", () => {
    expect(data.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(data.yearsNewestFirst.map((y) => y.year)).toEqual([2024, 2023]);
    expect(data.pages.figures.flatMap((page) => page.rows).map((row) => [row.figure.value, row.entry.id])).toEqual([
      [135, "early"],
      [120, "late"],
    ]);
    expect((JSON.parse(serializeTimelineExport(data.entries)) as { entries: { id: string }[] }).entries.map((e) => e.id)).toEqual([
      "early",
      "middle",
      "late",
    ]);
  });
});

describe("pictures and entity pages", () => {
  test("people get who they appear with; places their mentions and a map inset", () => {
    const two = buildSiteData([
      makeEntry("a", { people: [barnea, { name: "William Burns", mentions: ["Burns"], sentences: [] }], places: [{ ...doha, lat: 25.29, lon: 51.53 }] }),
    ]);
    expect(two.people.find((p) => p.name === "David Barnea")?.people).toEqual([{ name: "William Burns", url: "/people/william-burns/", count: 1 }]);
    expect(two.people.find((p) => p.name === "David Barnea")?.places).toEqual([{ name: "Doha", url: "/places/doha/", count: 1 }]);
    expect(two.places[0]?.mentionCount).toBe(1);
    expect(two.places[0]?.inset).toMatch(/^<svg class="chart map place-inset"/);
    expect(two.pages.placesIndex[0]?.map?.svg).toMatch(/^<svg class="chart map world-map"/);
    expect(two.pages.placePages.map((p) => p.url)).toEqual(["/places/doha/"]);
    expect(two.pages.placePeriods).toEqual([]);
  });

  test("the timeline has its picture and, at this size, no period pages", () => {
    expect(data.timelineChart.mode).toBe("marks");
    expect(data.timelinePages.paginated).toBe(false);
    expect(data.timelinePages.pages).toEqual([]);
  });

  test("a place without coordinates gets no inset, and no map is drawn for none", () => {
    expect(data.places[0]?.inset).toBe("");
    expect(data.pages.placesIndex[0]?.map).toBeNull();
  });
});

describe("feedItems", () => {
  test("one item per entry, dated at UTC midnight of its day, in the given order", () => {
    const items = feedItems(data.entries);
    expect(items.map((item) => [item.url, item.date.toISOString(), item.data.title])).toEqual([
      ["/entries/early/", "2023-11-29T00:00:00.000Z", "Title of early"],
      ["/entries/middle/", "2023-12-13T00:00:00.000Z", "Title of middle"],
      ["/entries/late/", "2024-05-25T00:00:00.000Z", "Title of late"],
    ]);
    expect(items[0]?.content).toBe("<p>Body of early.</p>\n");
    expect(items[0]?.data.summary).toBe("Lead of early.");
  });
});
