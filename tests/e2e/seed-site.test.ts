/**
 * The site built from the seed articles by the real pipeline, checked in real Chromium (one build,
 * one browser for the whole file) and with the Nu Html Checker: every page type free of axe
 * violations in light and dark, wide and narrow; no sideways scrolling at 390 px; no console
 * errors (Content-Security-Policy violations included); everything but search without JavaScript;
 * search working under the policy and loading its index only when the reader searches; the home
 * page's weight; valid HTML; no broken links or anchors.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { chromiumMissing, collectPageErrors, launchChromium, readViolations } from "../support/browser.ts";
import { findBrokenLinks, htmlFiles } from "../support/links.ts";
import { buildSeedSite } from "../support/seed-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";
import { checkHtml, javaMissing } from "../support/vnu.ts";

/** Waiting for Pagefind to answer: a generous bound, not a speed requirement. */
const POLL = { timeout: 20_000 };
/** The budget for the home page before search is used: HTML + CSS + JS, gzipped. */
const HOME_BUDGET = 60 * 1024;

let site = "";
/** A page of each type, by name, as site paths. */
const pages: Record<string, string> = {};

beforeAll(async () => {
  site = await buildSeedSite();
  const exported = JSON.parse(await readFile(path.join(site, "timeline.json"), "utf8")) as {
    entries: { url: string; people: unknown[]; places: unknown[] }[];
  };
  const firstLink = async (file: string, pattern: RegExp) => {
    const match = pattern.exec(await readFile(path.join(site, file), "utf8"));
    if (!match?.[1]) throw new Error(`no link matching ${pattern} in ${file}`);
    return match[1];
  };
  Object.assign(pages, {
    home: "/",
    newest: "/newest/",
    entry: exported.entries.find((e) => e.people.length && e.places.length)?.url ?? "",
    people: "/people/",
    person: await firstLink("people/index.html", /<a href="(\/people\/[^"]+\/)">/),
    places: "/places/",
    place: await firstLink("places/index.html", /<a href="(\/places\/[^"]+\/)">/),
    figures: "/figures/",
    figureSeries: await firstLink("figures/index.html", /<a href="(\/figures\/(?!all\/)[^"]+\/)">/),
    allFigures: "/figures/all/",
    search: "/search/",
    notFound: "/404.html",
  });
});

afterAll(async () => {
  // The build's own temporary folder: the site and its work files.
  if (site) await rm(path.dirname(site), { recursive: true, force: true });
});

describe("the built files", () => {
  test.skipIf(javaMissing())("every page is valid HTML (Nu Html Checker: no errors)", async () => {
    const files = (await htmlFiles(site)).map((file) => path.join(site, file));
    expect(files.length).toBeGreaterThan(20);
    expect(await checkHtml(files)).toEqual([]);
  });

  test("no internal link or anchor is broken", async () => {
    expect(await findBrokenLinks(site)).toEqual([]);
  });

  test("every page has a Content-Security-Policy; only the search page may run script", async () => {
    for (const file of await htmlFiles(site)) {
      const html = await readFile(path.join(site, file), "utf8");
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll("&#39;", "'");
      expect(policy, file).toMatch(/^default-src 'none'; /);
      expect(policy, file).toContain(file === "search/index.html" ? "script-src 'self' 'wasm-unsafe-eval';" : "script-src 'none';");
    }
  });
});

describe.skipIf(chromiumMissing())("the seed site in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory(site);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page in a fresh context; returns it with the errors it logs. */
  async function open(sitePath: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${server.url}${sitePath}`, { waitUntil: "networkidle" });
    return { page, errors, context };
  }

  const pageTypes = ["home", "newest", "entry", "people", "person", "places", "place", "figures", "figureSeries", "allFigures", "search", "notFound"];

  test.each(pageTypes)("%s: no axe violations, no console errors, wide and light", async (type) => {
    const { page, errors, context } = await open(pages[type]!, { viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    expect(await readViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(pageTypes)("%s: no axe violations, no console errors and no sideways scrolling, 390 px and dark", async (type) => {
    const { page, errors, context } = await open(pages[type]!, { viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("every page but search works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    for (const type of pageTypes) {
      await page.goto(`${server.url}${pages[type]}`, { waitUntil: "networkidle" });
      await expect(page.locator("main h1").count(), type).resolves.toBe(1);
    }
    // Links work: from the home page to an entry and on to a person named in it.
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    await page.locator(".entry-card-title a").first().click();
    await page.waitForURL(/\/entries\/[^/]+\/$/);
    await page.waitForLoadState("networkidle");
    await page.locator(".entry-facts a[href^='/people/']").first().click();
    await page.waitForURL(/\/people\/[^/]+\/$/);
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".appearance-list > li").count()).resolves.toBeGreaterThan(0);
    await page.goto(`${server.url}/search/`, { waitUntil: "networkidle" });
    await expect(page.locator("main").textContent()).resolves.toContain("Search needs JavaScript");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the timeline reads oldest first, and newest first on request, without JavaScript", async () => {
    const { page, errors, context } = await open("/", { javaScriptEnabled: false });
    const oldestFirst = await page.locator(".entry-card-title a").allTextContents();
    expect(oldestFirst).toHaveLength(5);
    await page.getByRole("link", { name: "Newest first" }).click();
    await page.waitForURL(/\/newest\/$/);
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".entry-card-title a").allTextContents()).resolves.toEqual([...oldestFirst].reverse());
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an entry page's JSON-LD is read as data: present, parseable, and no policy violation", async () => {
    const { page, errors, context } = await open(pages.entry!);
    const block = await page.locator('script[type="application/ld+json"]').textContent();
    expect((JSON.parse(block ?? "") as { "@type": string })["@type"]).toBe("NewsArticle");
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the visual timeline links each article's mark to its page", async () => {
    const { page, context } = await open("/");
    const marks = await page.locator("svg.timeline-chart a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const cards = await page.locator(".entry-card-title a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect([...marks].sort()).toEqual([...cards].sort());
    await page.locator("svg.timeline-chart a").first().click();
    await page.waitForURL(/\/entries\/[^/]+\/$/);
    await page.waitForLoadState("networkidle");
    await context.close();
  });

  test("a point on a figures chart leads to its sentence on the entry page", async () => {
    const { page, errors, context } = await open(pages.figureSeries!);
    const point = page.locator(".figure-chart a").first();
    const href = await point.getAttribute("href");
    expect(href).toMatch(/^\/entries\/[^/]+\/#figure-\d+$/);
    await point.click();
    await page.waitForURL((url) => url.hash === `#${href!.split("#")[1]}`);
    await page.waitForLoadState("networkidle");
    const target = page.locator(":target");
    await expect(target.count()).resolves.toBe(1);
    await expect(target.locator("blockquote").count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`the home page weighs at most ${HOME_BUDGET / 1024} KB gzipped (HTML, CSS, JS) and loads nothing of search`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (["document", "stylesheet", "script"].includes(type)) bodies.push({ url: response.url(), bytes: gzipSync(await response.body()).length });
    });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    const total = bodies.reduce((sum, body) => sum + body.bytes, 0);
    expect(bodies.map((b) => new URL(b.url).pathname).sort()).toEqual(["/", "/assets/site.css"]);
    expect(total).toBeLessThanOrEqual(HOME_BUDGET);
    expect(requested.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await context.close();
  });

  test("search works under the page's policy, and fetches its index only once the reader searches", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(/\/search\/$/);
    await page.waitForLoadState("networkidle");
    await page.waitForLoadState("networkidle");
    // The UI and the list of shard bundles (a few hundred bytes) load with the page; no index yet.
    const isIndex = (p: string) => p.startsWith("/pagefind/") && !/^\/pagefind\/(pagefind-ui\.(js|css)|shards\.json)$/.test(p);
    expect(requested.filter(isIndex)).toEqual([]);

    await page.locator(".pagefind-ui__search-input").fill("Barnea");
    const results = page.locator(".pagefind-ui__result-link");
    await results.first().waitFor(POLL);
    expect(requested.filter(isIndex).some((p) => p.endsWith(".pagefind"))).toBe(true);
    const titles = await results.allTextContents();
    expect(titles.some((title) => /Mossad chief/i.test(title) && /(Qatar|trip|visit)/i.test(title))).toBe(true);
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
