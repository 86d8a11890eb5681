/**
 * The search page of a site with no articles, in real Chromium: it says there is nothing to
 * search, shows no results, and raises no error or policy violation (the Default UI's files are
 * there even without a shard).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumMissing, collectPageErrors, launchChromium, readViolations } from "../support/browser.ts";
import { buildSiteFromEntries } from "../support/seed-site.ts";
import { serveDirectory, type RunningServer } from "../support/static-server.ts";

describe.skipIf(chromiumMissing())("search on an empty site", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory(await buildSiteFromEntries([]));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("says there is nothing to search, with no results and no errors", async () => {
    const page = await browser.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${server.url}/search/?q=talks`, { waitUntil: "networkidle" });
    await expect(page.locator(".search-message").textContent()).resolves.toBe("There are no articles to search yet.");
    await expect(page.locator(".pagefind-ui__result-link").count()).resolves.toBe(0);
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
