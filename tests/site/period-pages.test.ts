/**
 * A person, a place and the list of every figure too long for one page, rendered: their own page
 * lists the period pages with their counts, every entry (or figure) is on exactly one period page,
 * no page holds more than its size, and the earlier / later links walk every period in order.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ENTITY_PAGE_SIZE, FIGURES_PAGE_SIZE } from "../../src/site/pages.ts";
import { renderTemplates } from "../support/eleventy.ts";
import { makeEntry, writeEntryFiles } from "../support/entries.ts";

const barnea = { name: "David Barnea", mentions: ["Barnea"], role: "Mossad director", sentences: ["Barnea travels."] };
const doha = { name: "Doha", mentions: ["Doha"], kind: "city" as const, sentences: ["Talks in Doha."] };
const day = (year: number, month: number, n: number) => new Date(Date.UTC(year, month - 1, n)).toISOString().slice(0, 10);
// 2023 spread thinly (one page); 2024 crowded into May (a person's pages by thirds of the month).
const dates = [...Array.from({ length: 60 }, (_, n) => day(2023, 1, 1 + 5 * n)), ...Array.from({ length: 190 }, (_, n) => day(2024, 5, 1 + (n % 31)))];
const entries = dates.map((date, n) =>
  makeEntry(`e${String(n).padStart(3, "0")}`, {
    date: { date },
    people: [barnea],
    places: n % 2 === 0 ? [doha] : [],
    figures: [{ value: n + 1, text: `${n + 1} hostages`, counts: "hostages held", sentence: `Sentence ${n}.` }],
  }),
);

let work = "";
let out = "";
const page = (url: string) => readFile(path.join(out, url, "index.html"), "utf8");
const links = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "period-pages-"));
  await writeEntryFiles(path.join(work, "entries"), entries);
  out = path.join(work, "site");
  await renderTemplates(path.join(work, "entries"), out, ["people/person.njk", "people/period.njk", "places/place.njk", "places/period.njk", "figures/all.njk", "figures/period.njk"]);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The period pages a list's own page links to, with the counts it gives them. */
async function contentsOf(url: string): Promise<[string, number][]> {
  const html = await page(url);
  const section = html.slice(html.indexOf('<section class="period-index"'), html.indexOf("</section>", html.indexOf('<section class="period-index"')));
  return [...section.matchAll(/<a href="([^"]+)">.*?<\/a>(?:<\/h3>)? <span class="count">([\d,]+)/g)].map((m) => [m[1]!, Number(m[2]!.split(" ")[0]!.replace(",", ""))]);
}

describe.each([
  ["/people/david-barnea/", /<h3><a href="(\/entries\/[^"]+)">/g, entries.length, ENTITY_PAGE_SIZE],
  ["/places/doha/", /<h3><a href="(\/entries\/[^"]+)">/g, entries.length / 2, ENTITY_PAGE_SIZE],
  ["/figures/all/", /<td data-label="Article"><a href="(\/entries\/[^"]+)">/g, entries.length, FIGURES_PAGE_SIZE],
])("%s", (url, itemLink, total, size) => {
  test("its own page lists the period pages; each holds what it says, at most the page size, each item once, in date order", async () => {
    const contents = await contentsOf(url);
    expect(contents.length).toBeGreaterThan(1);
    expect(contents.map(([, count]) => count).reduce((a, b) => a + b, 0)).toBe(total);
    const seen: string[] = [];
    for (const [periodUrl, count] of contents) {
      expect(periodUrl.startsWith(url)).toBe(true);
      const items = links(await page(periodUrl), itemLink);
      expect(items, periodUrl).toHaveLength(count);
      expect(count).toBeLessThanOrEqual(size);
      seen.push(...items);
    }
    // The site's order: by date, then (same precision here) by id.
    const chronological = entries
      .filter((entry) => url !== "/places/doha/" || entry.places.length > 0)
      .sort((a, b) => a.date.date.localeCompare(b.date.date) || (a.id < b.id ? -1 : 1))
      .map((entry) => entry.url);
    expect(seen).toEqual(chronological);
  });

  test("earlier and later links walk the period pages in order", async () => {
    const periods = (await contentsOf(url)).map(([periodUrl]) => periodUrl);
    for (const [i, periodUrl] of periods.entries()) {
      const html = await page(periodUrl);
      expect(links(html, /<a href="([^"]+)" rel="prev">/g), periodUrl).toEqual(i > 0 ? [periods[i - 1]] : []);
      expect(links(html, /<a href="([^"]+)" rel="next">/g), periodUrl).toEqual(i + 1 < periods.length ? [periods[i + 1]] : []);
    }
  });
});

test("a period page names its period and links back to the whole list", async () => {
  const html = await page("/people/david-barnea/2023/");
  expect(html).toContain("<title>David Barnea, 2023 · People");
  expect(html).toContain('<h2>Entries from <time datetime="2023">2023</time></h2>');
  expect(html).toContain('<a href="/people/david-barnea/">');
  expect(await page("/people/david-barnea/2024/05/01-10/")).toContain("<h2>Entries from 1–10 May 2024</h2>");
  expect(await page("/figures/all/2024/")).toContain('<h1>Figures from <time datetime="2024">2024</time></h1>');
});
