/**
 * A site deployed under a sub-path: built with `pathPrefix: /timeline/` (the site settings file
 * chosen through TIMELINE_SITE_CONFIG), every internal link, anchor, stylesheet, chart link,
 * canonical and structured-data URL carries the prefix; served from /timeline/ it looks right and
 * search finds articles.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumMissing, collectPageErrors, launchChromium } from "../support/browser.ts";
import { renderSite } from "../support/eleventy.ts";
import { makeEntry, writeEntryFiles } from "../support/entries.ts";
import { findBrokenLinks } from "../support/links.ts";
import { indexEntriesForSearch } from "../support/search.ts";
import { serveDirectory } from "../support/static-server.ts";

const PREFIX = "/timeline/";
const doha = { name: "Doha", mentions: ["Doha"], kind: "city" as const, country: "QA", lat: 25.29, lon: 51.53, sentences: ["Talks resumed in Doha."] };
const barnea = { name: "David Barnea", mentions: ["Barnea"], role: "Mossad director", sentences: ["Barnea flew to Doha."] };
const killed = (value: number) => ({ value, text: `${value} people`, counts: "people killed", sentence: `${value} people were killed.` });
const entries = [
  makeEntry("first-talks", { title: "First talks", date: { date: "2023-11-20" }, people: [barnea], places: [doha], figures: [killed(1400)] }),
  makeEntry("later-talks", {
    title: "Later talks",
    date: { date: "2024-05-25", precision: "week", range: { earliest: "2024-05-20", latest: "2024-06-02" }, source: "inferred" },
    places: [doha],
    figures: [killed(1200)],
    body: [{ kind: "paragraph", text: "Negotiators met again in Doha." }],
  }),
];

let work = "";
let www = "";
let site = "";
const read = (file: string) => readFile(path.join(site, file), "utf8");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "site-prefix-"));
  const config = path.join(work, "site.yaml");
  await writeFile(config, `title: Prefixed\nbaseUrl: https://news.example.org/\npathPrefix: ${PREFIX}\n`);
  await writeEntryFiles(path.join(work, "entries"), entries);
  www = path.join(work, "www");
  site = path.join(www, "timeline");
  await mkdir(www, { recursive: true });
  process.env.TIMELINE_SITE_CONFIG = config;
  try {
    await renderSite(path.join(work, "entries"), site);
  } finally {
    delete process.env.TIMELINE_SITE_CONFIG;
  }
  await indexEntriesForSearch(site, entries);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test("the settings file named in TIMELINE_SITE_CONFIG is the one used", async () => {
  expect(await read("index.html")).toContain("<title>Prefixed</title>");
});

test("no internal link or anchor is broken, and none leaves the prefix", async () => {
  expect(await findBrokenLinks(site, PREFIX)).toEqual([]);
});

test("stylesheets, chart links, canonical, Open Graph and JSON-LD URLs carry the prefix", async () => {
  const home = await read("index.html");
  expect(home).toContain('<link rel="stylesheet" href="/timeline/assets/site.css">');
  expect(home).toContain('<a href="/timeline/entries/first-talks/" tabindex="-1">');
  const entry = await read("entries/later-talks/index.html");
  expect(entry).toContain('<link rel="canonical" href="https://news.example.org/timeline/entries/later-talks/">');
  expect(entry).toContain('<meta property="og:url" content="https://news.example.org/timeline/entries/later-talks/">');
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(entry)?.[1] ?? "{}") as { url?: string; mentions?: { url: string }[] };
  expect(jsonLd.url).toBe("https://news.example.org/timeline/entries/later-talks/");
  expect(jsonLd.mentions?.map((m) => m.url)).toEqual(["https://news.example.org/timeline/places/doha/"]);
  expect(await read("figures/index.html")).toContain('<a href="/timeline/figures/people-killed/">People killed</a>');
  expect(await read("figures/people-killed/index.html")).toContain('<a href="/timeline/entries/first-talks/#figure-1" tabindex="-1">');
  expect(await read("places/index.html")).toContain('<a href="/timeline/places/doha/" tabindex="-1">');
  expect(await read("robots.txt")).toContain("Sitemap: https://news.example.org/timeline/sitemap.xml");
  expect(await read("sitemap.xml")).toContain("<loc>https://news.example.org/timeline/people/david-barnea/</loc>");
  expect(await read("search/index.html")).toContain('data-base-url="/timeline/"');
});

describe.skipIf(chromiumMissing())("served under the prefix, in Chromium", () => {
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    server = await serveDirectory(www);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the stylesheet applies and search finds an article, with no errors", async () => {
    const page = await browser.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${server.url}${PREFIX}`);
    // The site's stylesheet sets the header's bottom border; without it there is none.
    await expect(page.locator(".site-header").evaluate((el) => getComputedStyle(el).borderBottomStyle)).resolves.toBe("solid");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`${server.url}${PREFIX}search/`);
    await page.locator(".pagefind-ui__search-input").fill("Negotiators");
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 20_000 });
    await expect(result.getAttribute("href")).resolves.toBe(`${PREFIX}entries/later-talks/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("search merges both years' bundles under the prefix, in date order either way", async () => {
    const page = await browser.newPage();
    const errors = await collectPageErrors(page);
    const links = () => page.locator(".pagefind-ui__result-link").evaluateAll((found) => found.map((a) => a.getAttribute("href")));
    for (const [sort, expected] of [["asc", ["first-talks", "later-talks"]], ["desc", ["later-talks", "first-talks"]]] as const) {
      await page.goto(`${server.url}${PREFIX}search/?q=doha&sort=${sort}`);
      await expect.poll(links, { timeout: 20_000 }).toEqual(expected.map((slug) => `${PREFIX}entries/${slug}/`));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
