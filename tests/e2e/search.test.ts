/**
 * End to end in real Chromium: the site built from the seed articles, served over HTTP. The home
 * page lists the five articles, an entry page loads cleanly, and searching "Barnea" finds the
 * article about the Mossad chief's cancelled trip.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { chromiumMissing, collectPageErrors, launchChromium } from "../support/browser.ts";
import { buildSeedSite } from "../support/seed-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";

describe.skipIf(chromiumMissing())("the seed site in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveDirectory(await buildSeedSite());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    errors = collectPageErrors(page);
  });

  afterEach(async () => {
    await page.close();
  });

  test("the home page lists the five articles", async () => {
    await page.goto(`${server.url}/`);
    await expect(page.locator(".entry-card").count()).resolves.toBe(5);
    expect(errors).toEqual([]);
  });

  test("an entry page loads with its text and no errors", async () => {
    await page.goto(`${server.url}/`);
    await page.locator(".entry-card-title a").first().click();
    await page.waitForURL(/\/entries\/[^/]+\/$/);
    await expect(page.locator("article.entry h1").count()).resolves.toBe(1);
    await expect(page.locator(".entry-body p").count()).resolves.toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  test("the timeline works without JavaScript, newest first on request", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    const noScriptErrors = collectPageErrors(noScript);
    await noScript.goto(`${server.url}/`);
    const oldestFirst = await noScript.locator(".entry-card-title a").allTextContents();
    await noScript.getByRole("link", { name: "Newest first" }).click();
    await noScript.waitForURL(/\/newest\/$/);
    await expect(noScript.locator(".entry-card-title a").allTextContents()).resolves.toEqual([...oldestFirst].reverse());
    expect(noScriptErrors).toEqual([]);
    await context.close();
  });

  test('searching "Barnea" finds the article about the Mossad chief\'s cancelled trip', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(/\/search\/$/);
    const input = page.locator(".pagefind-ui__search-input");
    await input.fill("Barnea");
    const results = page.locator(".pagefind-ui__result-link");
    await results.first().waitFor();
    const titles = await results.allTextContents();
    expect(titles.some((title) => /Mossad chief/i.test(title) && /(Qatar|trip|visit)/i.test(title))).toBe(true);
    expect(errors).toEqual([]);
  });
});
