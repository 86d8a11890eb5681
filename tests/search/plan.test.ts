/**
 * Shard planning: one shard per year, a year over the limit split into quarters and a quarter
 * over it into months, keys in date
 * order, pages in file order, the same plan whatever order the pages come in.
 */
import { describe, expect, it } from "vitest";
import { planSearchShards, SHARD_PAGE_LIMIT, type ShardedPage } from "../../src/search/index.ts";

const page = (file: string, date: string): ShardedPage => ({ file: `entries/${file}/index.html`, date });
const keysAndFiles = (plan: Map<string, ShardedPage[]>) => [...plan].map(([key, pages]) => [key, pages.map((p) => p.file)]);

describe("planSearchShards", () => {
  it("puts each year's pages in one shard, oldest year first, pages by file", () => {
    const plan = planSearchShards([page("c", "2024-03-01"), page("a", "2023-12-31"), page("b", "2024-01-01"), page("d", "2025-07-04")]);
    expect(keysAndFiles(plan)).toEqual([
      ["2023", ["entries/a/index.html"]],
      ["2024", ["entries/b/index.html", "entries/c/index.html"]],
      ["2025", ["entries/d/index.html"]],
    ]);
  });

  it("splits a year with more pages than the limit into quarters, and only that year", () => {
    const pages = [page("jan-1", "2024-01-05"), page("jan-2", "2024-01-20"), page("may", "2024-05-25"), page("dec", "2024-12-31"), page("old", "2023-06-01"), page("new", "2025-02-02")];
    const plan = planSearchShards(pages, 3);
    expect([...plan.keys()]).toEqual(["2023", "2024-Q1", "2024-Q2", "2024-Q4", "2025"]);
    expect(plan.get("2024-Q1")!.map((p) => p.file)).toEqual(["entries/jan-1/index.html", "entries/jan-2/index.html"]);
    // At the limit a year stays whole.
    expect([...planSearchShards(pages.slice(1, 4), 3).keys()]).toEqual(["2024"]);
  });

  it("splits a quarter still over the limit into months, keys sorting in date order", () => {
    const pages = [
      page("q1", "2024-02-01"),
      page("oct", "2024-10-05"),
      page("nov-1", "2024-11-02"),
      page("nov-2", "2024-11-20"),
      page("dec", "2024-12-31"),
      page("next", "2025-01-01"),
    ];
    const plan = planSearchShards(pages, 2);
    expect(keysAndFiles(plan)).toEqual([
      ["2024-Q1", ["entries/q1/index.html"]],
      ["2024-Q4-10", ["entries/oct/index.html"]],
      ["2024-Q4-11", ["entries/nov-1/index.html", "entries/nov-2/index.html"]],
      ["2024-Q4-12", ["entries/dec/index.html"]],
      ["2025", ["entries/next/index.html"]],
    ]);
    expect([...plan.keys()]).toEqual([...plan.keys()].sort());
  });

  it("splits a month still over the limit into thirds, and a third into days, never a day", () => {
    const pages = [
      page("a", "2024-11-02"),
      page("b", "2024-11-09"),
      page("c", "2024-11-10"),
      page("d", "2024-11-15"),
      page("e", "2024-11-25"),
      page("f", "2024-11-25"),
      page("g", "2024-11-25"),
    ];
    const plan = planSearchShards(pages, 2);
    expect(keysAndFiles(plan)).toEqual([
      ["2024-Q4-11-1-02", ["entries/a/index.html"]],
      ["2024-Q4-11-1-09", ["entries/b/index.html"]],
      ["2024-Q4-11-1-10", ["entries/c/index.html"]],
      ["2024-Q4-11-2", ["entries/d/index.html"]],
      ["2024-Q4-11-3-25", ["entries/e/index.html", "entries/f/index.html", "entries/g/index.html"]],
    ]);
    expect([...plan.keys()]).toEqual([...plan.keys()].sort());
  });

  it("splits at the default limit of SHARD_PAGE_LIMIT pages", () => {
    const year = (count: number, y: string) => Array.from({ length: count }, (_, i) => page(`${y}-${i}`, `${y}-${String((i % 12) + 1).padStart(2, "0")}-10`));
    const plan = planSearchShards([...year(SHARD_PAGE_LIMIT, "2023"), ...year(SHARD_PAGE_LIMIT + 1, "2024")]);
    expect([...plan.keys()]).toEqual(["2023", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(plan.get("2023")).toHaveLength(SHARD_PAGE_LIMIT);
  });

  it("gives the same plan whatever the order of the pages", () => {
    const pages = Array.from({ length: 40 }, (_, i) => page(`p${(i * 7) % 40}`, `202${i % 3}-${String((i % 12) + 1).padStart(2, "0")}-01`));
    const reversed = planSearchShards([...pages].reverse(), 5);
    const shuffled = planSearchShards([...pages].sort((a, b) => (a.file.length - b.file.length) || (a.file < b.file ? 1 : -1)), 5);
    expect(keysAndFiles(shuffled)).toEqual(keysAndFiles(reversed));
    expect(keysAndFiles(planSearchShards(pages, 5))).toEqual(keysAndFiles(reversed));
  });

  it("has no shard for no pages", () => {
    expect(planSearchShards([]).size).toBe(0);
  });

  it("refuses a page without a YYYY-MM-DD date, a path outside the site, or a file listed twice", () => {
    expect(() => planSearchShards([page("a", "2024-5-25")])).toThrow('entries/a/index.html has no date of the form YYYY-MM-DD (got "2024-5-25")');
    expect(() => planSearchShards([page("a", "2024-13-01")])).toThrow("has no date of the form YYYY-MM-DD");
    expect(() => planSearchShards([{ file: "../outside/index.html", date: "2024-01-01" }])).toThrow("is not a path inside the site");
    expect(() => planSearchShards([{ file: "/entries/a/index.html", date: "2024-01-01" }])).toThrow("is not a path inside the site");
    expect(() => planSearchShards([page("a", "2024-01-01"), page("a", "2025-01-01")])).toThrow("entries/a/index.html is listed twice");
  });
});
