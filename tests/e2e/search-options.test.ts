/**
 * Search options in real Chromium, on a site built from hand-made entries with distinct dates and
 * people: the date order the reader picks, and the person filter, change the results.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumMissing, collectPageErrors, launchChromium } from "../support/browser.ts";
import { makeEntry } from "../support/entries.ts";
import { buildSiteFromEntries } from "../support/seed-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";

const barnea = { name: "David Barnea", mentions: ["Barnea"], sentences: [] };
const burns = { name: "William Burns", mentions: ["Burns"], sentences: [] };
const talks = (day: string, title: string, person: typeof barnea) =>
  makeEntry(title.toLowerCase().replace(/\W+/g, "-"), {
    title,
    date: { date: day },
    people: [person],
    body: [{ kind: "paragraph", text: `Mediators resumed the hostage negotiations in ${title.split(" ").at(-1)}.` }],
  });

const entries = [
  talks("2024-06-01", "Talks in June", burns),
  talks("2023-10-20", "Talks in October", barnea),
  talks("2025-03-05", "Talks in March", burns),
  talks("2024-02-10", "Talks in February", barnea),
];
/** Waiting for Pagefind to answer: a generous bound, not a speed requirement. */
const POLL = { timeout: 20_000 };
const OLDEST_FIRST = ["Talks in October", "Talks in February", "Talks in June", "Talks in March"];

describe.skipIf(chromiumMissing())("search options in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveDirectory(await buildSiteFromEntries(entries));
    browser = await launchChromium();
    page = await browser.newPage();
    errors = await collectPageErrors(page);
    await page.goto(`${server.url}/search/?q=negotiations`);
    await page.locator(".pagefind-ui__result-link").first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resultTitles = () => page.locator(".pagefind-ui__result-link").allTextContents();

  test("a query in the address is searched at once and finds every entry", async () => {
    await expect.poll(resultTitles, POLL).toHaveLength(4);
  });

  test("results follow the date order the reader picks, which the address keeps", async () => {
    await page.getByLabel("Order results by").selectOption("asc");
    await page.waitForURL(/[?&]sort=asc/);
    await expect.poll(resultTitles, POLL).toEqual(OLDEST_FIRST);
    await page.getByLabel("Order results by").selectOption("desc");
    await page.waitForURL(/[?&]sort=desc/);
    await expect.poll(resultTitles, POLL).toEqual([...OLDEST_FIRST].reverse());
    expect(new URL(page.url()).searchParams.get("q")).toBe("negotiations");
  });

  test("the person filter keeps only that person's entries", async () => {
    await page.goto(`${server.url}/search/?q=negotiations&sort=asc`);
    await expect.poll(resultTitles, POLL).toEqual(OLDEST_FIRST);
    await page.locator(".pagefind-ui__filter-name", { hasText: "person" }).click();
    await page.getByLabel(/David Barnea/).check();
    await expect.poll(resultTitles, POLL).toEqual(["Talks in October", "Talks in February"]);
    expect(errors).toEqual([]);
  });
});
