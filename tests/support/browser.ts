/**
 * Real Chromium for browser tests: Debian's `/usr/bin/chromium` driven by playwright-core, with
 * the flags that keep it off the network. Without Chromium the browser tests fail under CI
 * (CI set) and are skipped, loudly, elsewhere.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../src/cli/chromium.ts";

export { CHROMIUM_PATH };
const ARGS = [...CHROMIUM_FLAGS];

/**
 * Whether browser tests must be skipped: true only when Chromium is missing outside CI.
 * Under CI a missing Chromium throws, failing the test file.
 */
export function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM_PATH)) return false;
  const message = `Chromium not found at ${CHROMIUM_PATH} (install it: apt-get install -y chromium)`;
  if (process.env.CI) throw new Error(`${message}; browser tests cannot be skipped under CI.`);
  console.warn(`\n${"!".repeat(78)}\n!! ${message}.\n!! SKIPPING the browser tests.\n${"!".repeat(78)}\n`);
  return true;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/**
 * Collects console errors, uncaught exceptions, failed requests (not those the browser cancels) and Content-Security-Policy
 * violations of a page, as text. Violations are read from the page's own
 * `securitypolicyviolation` events (recorded by an init script, which the policy does not govern)
 * when `readViolations` is called after the page has loaded. Awaited before the page is opened:
 * an init script registered while the page already navigates may miss it.
 */
export async function collectPageErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    // Cancelled by the browser, as when a link is followed while the favicon still loads: not a
    // failure of the site (a missing file is a 404 response, caught below).
    if (reason !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** The Content-Security-Policy violations the current page has reported (see collectPageErrors). */
export function readViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? ["(not recorded)"]);
}
