/** How long lists are split into pages: the timeline by period, a person's or place's entries and every figure by period. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { companionCounter } from "../../src/site/companions.ts";
import { splitByPeriod, type PeriodPart } from "../../src/site/period-parts.ts";
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

/** `count` items on each day, oldest first, each knowing its day and its number on that day. */
const onDays = (days: Record<string, number>) =>
  Object.entries(days)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([day, count]) => Array.from({ length: count }, (_, n) => ({ day, n })));
const byPeriod = (days: Record<string, number>, size: number) => splitByPeriod("/people/x/", onDays(days), (item) => item.day, size);
/** A page as a reader sees it: address, name, what it lists, where it links. */
const shown = (part: PeriodPart<unknown>) => JSON.stringify([part.url, part.label, part.items, part.previous, part.next]);
/** URLs of the pages of `after` that are not exactly as in `before`. */
const changedPages = (before: PeriodPart<unknown>[], after: PeriodPart<unknown>[]) => {
  const earlier = new Set(before.map(shown));
  return after.filter((part) => !earlier.has(shown(part))).map((part) => part.url);
};

describe("lists split by period", () => {
  const days = {
    "2023-03-05": 2, "2023-11-01": 1,
    "2024-01-10": 2, "2024-02-01": 1,
    "2024-04-03": 1, "2024-05-02": 1, "2024-05-15": 6, "2024-05-18": 1, "2024-05-31": 1,
  };

  test("a year within the size is one page; a fuller one goes by quarter, month, third of a month, day, and a full day in parts", () => {
    const { parts } = byPeriod(days, 4);
    expect(parts.map((p) => [p.url, p.label, p.period, p.datetime, p.part, p.items.length])).toEqual([
      ["/people/x/2023/", "2023", "2023", "2023", null, 3],
      ["/people/x/2024/q1/", "January–March 2024", "January–March 2024", null, null, 3],
      ["/people/x/2024/04/", "April 2024", "April 2024", "2024-04", null, 1],
      ["/people/x/2024/05/01-10/", "1–10 May 2024", "1–10 May 2024", null, null, 1],
      ["/people/x/2024/05/15/", "15 May 2024", "15 May 2024", "2024-05-15", null, 4],
      ["/people/x/2024/05/15/2/", "15 May 2024, part 2", "15 May 2024", "2024-05-15", 2, 2],
      ["/people/x/2024/05/18/", "18 May 2024", "18 May 2024", "2024-05-18", null, 1],
      ["/people/x/2024/05/21-31/", "21–31 May 2024", "21–31 May 2024", null, null, 1],
    ]);
    expect(parts.flatMap((p) => p.items)).toEqual(onDays(days));
    expect(parts.map((p) => [p.previous?.url ?? null, p.next?.url ?? null]).slice(0, 2)).toEqual([
      [null, "/people/x/2024/q1/"],
      ["/people/x/2023/", "/people/x/2024/04/"],
    ]);
    expect(parts[5]?.previous).toEqual({ url: "/people/x/2024/05/15/", label: "15 May 2024", period: "15 May 2024", datetime: "2024-05-15", part: null });
  });

  test("the last third of a month ends on its last day", () => {
    const { parts } = byPeriod({ "2024-02-01": 3, "2024-02-21": 1, "2024-02-29": 1, "2025-02-22": 5 }, 4);
    expect(parts.map((p) => p.url)).toEqual(["/people/x/2024/02/01-10/", "/people/x/2024/02/21-29/", "/people/x/2025/02/22/", "/people/x/2025/02/22/2/"]);
    expect(parts[1]?.label).toBe("21–29 February 2024");
  });

  test("the contents list every page by year, with how many items each holds", () => {
    const { contents } = byPeriod(days, 4);
    expect(contents.map((y) => [y.year, y.count, y.periods.map((p) => [p.url, p.count])])).toEqual([
      ["2023", 3, [["/people/x/2023/", 3]]],
      ["2024", 13, [
        ["/people/x/2024/q1/", 3], ["/people/x/2024/04/", 1], ["/people/x/2024/05/01-10/", 1], ["/people/x/2024/05/15/", 4],
        ["/people/x/2024/05/15/2/", 2], ["/people/x/2024/05/18/", 1], ["/people/x/2024/05/21-31/", 1],
      ]],
    ]);
  });

  test("a new item changes the page of its own period only", () => {
    const before = byPeriod(days, 4).parts;
    expect(changedPages(before, byPeriod({ ...days, "2024-05-18": 2 }, 4).parts)).toEqual(["/people/x/2024/05/18/"]);
    expect(changedPages(before, byPeriod({ ...days, "2024-02-20": 1 }, 4).parts)).toEqual(["/people/x/2024/q1/"]);
    // In a day cut into parts, the parts from the new item's on.
    expect(changedPages(before, byPeriod({ ...days, "2024-05-15": 7 }, 4).parts)).toEqual(["/people/x/2024/05/15/2/"]);
  });

  test("a period that outgrows the size is split, and no other page moves", () => {
    const before = byPeriod(days, 4).parts;
    const after = byPeriod({ ...days, "2023-12-24": 2 }, 4).parts;
    // 2023 now goes by quarter; the first page of 2024 links back to the new last one.
    expect(changedPages(before, after)).toEqual(["/people/x/2023/q1/", "/people/x/2023/q4/", "/people/x/2024/q1/"]);
    expect(after.find((p) => p.url === "/people/x/2024/q1/")?.items).toEqual(before.find((p) => p.url === "/people/x/2024/q1/")?.items);
  });

  test("a list out of date order is refused rather than given the same page twice", () => {
    expect(() => splitByPeriod("/people/x/", [{ day: "2024-02-01" }, { day: "2024-01-01" }], (item) => item.day, 4)).toThrow(/date order/);
  });

  test("for any list: every item on exactly one page, in order, none over the size, unique addresses; another year's pages never change", () => {
    const day = fc.date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.dictionary(day, fc.integer({ min: 1, max: 9 }), { maxKeys: 40 }), day, fc.integer({ min: 1, max: 12 }), (days, extra, size) => {
        const { parts } = byPeriod(days, size);
        expect(parts.flatMap((p) => p.items)).toEqual(onDays(days));
        expect(parts.every((p) => p.items.length >= 1 && p.items.length <= size)).toBe(true);
        expect(new Set(parts.map((p) => p.url)).size).toBe(parts.length);
        const after = byPeriod({ ...days, [extra]: (days[extra] ?? 0) + 1 }, size).parts;
        const otherYears = (list: PeriodPart<{ day: string }>[]) => list.filter((p) => !p.url.startsWith(`/people/x/${extra.slice(0, 4)}/`)).map((p) => [p.url, p.items]);
        expect(otherYears(after)).toEqual(otherYears(parts));
      }),
    );
  });
});

describe("slugs", () => {
  test("slugs are never page numbers or years", () => {
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
    const peopleWith = companionCounter(appearances.map((a) => a.entry), (e) => e.people);
    expect(peopleWith(appearances, "Barnea")).toEqual([
      { name: "Burns", url: "/people/burns/", count: 2 },
      { name: "Abbas", url: "/people/abbas/", count: 1 },
      { name: "Thani", url: "/people/thani/", count: 1 },
    ]);
    expect(peopleWith(appearances, "Barnea", 1)).toHaveLength(1);
  });
});
