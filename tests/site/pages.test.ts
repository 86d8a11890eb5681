/** How long lists are split into pages: the timeline by period, a person's or place's entries in parts. */
import { describe, expect, test } from "vitest";
import { companions } from "../../src/site/companions.ts";
import { partUrl, splitEntityPages } from "../../src/site/entity-pages.ts";
import { planTimelinePages } from "../../src/site/periods.ts";
import { assignSlugs } from "../../src/site/slugs.ts";
import { makeEntry } from "../support/entries.ts";

/** `perMonth` entries in each of the given months (`YYYY-MM`). */
const entriesIn = (months: Record<string, number>) =>
  Object.entries(months).flatMap(([month, count]) =>
    Array.from({ length: count }, (_, i) => makeEntry(`${month}-${i}`, { date: { date: `${month}-${String(1 + (i % 28)).padStart(2, "0")}` } })),
  );

describe("planTimelinePages", () => {
  test("up to the limit, everything is on the home page", () => {
    const plan = planTimelinePages(entriesIn({ "2023-10": 2, "2024-05": 3 }), 10);
    expect(plan.paginated).toBe(false);
    expect(plan.pages).toEqual([]);
    expect(plan.monthHref("2024-05")).toBe("/#month-2024-05");
    expect(plan.index.map((y) => [y.year, y.count, y.months.map((m) => m.count)])).toEqual([[2023, 2, [2]], [2024, 3, [3]]]);
  });

  test("beyond it, a page per year, per month for a big year, in parts for a big month", () => {
    const plan = planTimelinePages(entriesIn({ "2023-10": 4, "2023-11": 3, "2024-01": 6, "2024-02": 25 }), 10);
    expect(plan.paginated).toBe(true);
    expect(plan.pages.map((p) => [p.url, p.label, p.count])).toEqual([
      ["/timeline/2023/", "2023", 7],
      ["/timeline/2024/01/", "January 2024", 6],
      ["/timeline/2024/02/", "February 2024", 10],
      ["/timeline/2024/02/2/", "February 2024, part 2", 10],
      ["/timeline/2024/02/3/", "February 2024, part 3", 5],
    ]);
    expect(plan.pages.every((p) => p.count <= 10)).toBe(true);
    expect(plan.pages[3]).toMatchObject({ period: "February 2024", datetime: "2024-02", part: 2 });
    expect(plan.pages.map((p) => [p.previous?.url ?? null, p.next?.url ?? null])[1]).toEqual(["/timeline/2023/", "/timeline/2024/02/"]);
    expect(plan.monthHref("2023-11")).toBe("/timeline/2023/#month-2023-11");
    expect(plan.monthHref("2024-02")).toBe("/timeline/2024/02/#month-2024-02");
  });
});

describe("entity pages in parts", () => {
  test("a long list of entries is split; the first part keeps the entity's URL", () => {
    const entity = { url: "/people/x/", appearances: [1, 2, 3, 4, 5] };
    const parts = splitEntityPages([entity, { url: "/people/y/", appearances: [] }], 2);
    expect(parts.map((p) => [p.url, p.appearances, p.part, p.parts, p.previousUrl, p.nextUrl])).toEqual([
      ["/people/x/", [1, 2], 1, 3, null, "/people/x/2/"],
      ["/people/x/2/", [3, 4], 2, 3, "/people/x/", "/people/x/3/"],
      ["/people/x/3/", [5], 3, 3, "/people/x/2/", null],
      ["/people/y/", [], 1, 1, null, null],
    ]);
    expect(partUrl("/places/doha/", 1)).toBe("/places/doha/");
  });

  test("slugs are never page numbers", () => {
    expect([...assignSlugs(["1948", "Page 2", "٢٠٢٤"]).values()]).toEqual(["n-1948", "page-2", expect.stringMatching(/^n-[0-9a-f]{8}$/)]);
  });
});

describe("companions", () => {
  test("who appears with whom, most shared entries first, never oneself", () => {
    const person = (name: string) => ({ name, url: `/people/${name.toLowerCase()}/` });
    const appearances = [
      { entry: { people: [person("Barnea"), person("Burns"), person("Thani")] } },
      { entry: { people: [person("barnea"), person("Burns")] } },
      { entry: { people: [person("Barnea"), person("Abbas"), person("Abbas")] } },
    ];
    expect(companions(appearances, (e) => e.people, "Barnea")).toEqual([
      { name: "Burns", url: "/people/burns/", count: 2 },
      { name: "Abbas", url: "/people/abbas/", count: 1 },
      { name: "Thani", url: "/people/thani/", count: 1 },
    ]);
    expect(companions(appearances, (e) => e.people, "Barnea", 1)).toHaveLength(1);
  });
});
