/**
 * `npm run search-cost -- --site DIR [--query WORD]…`: what a reader pays to search a built site.
 * Serves DIR with the project's static server, opens /search/?q=WORD in Debian's Chromium (a
 * fresh browser context each run, so nothing is cached), and reports the time from navigation
 * to the first result on screen, and the requests and bytes fetched under /pagefind/, both up
 * to the first results and once the page is idle (the UI then has loaded its first results'
 * excerpts and the filters).
 *
 * Options: --sort asc|desc (date order), --runs N (default 3; the median is reported),
 * --latency MS (delay every /pagefind/ response by MS, as a network's round trip would),
 * --json (one JSON line per query).
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.ts";
import { serveDirectory } from "./static-server.ts";

const USAGE = "Usage: npm run search-cost -- --site DIR [--query WORD]… [--sort asc|desc] [--runs N] [--latency MS] [--json]";
/** How long one search may take before the run is called failed. */
const TIMEOUT_MS = 120_000;

interface SearchCost {
  query: string;
  /** What the UI says, e.g. "812 results for talks". */
  message: string;
  /** Navigation start to the first result link on screen. */
  firstResultsMs: number;
  atFirstResults: Traffic;
  whenIdle: Traffic;
}

interface Traffic {
  requests: number;
  bytes: number;
}

interface Fetched {
  bytes: number;
  /** When the response ended, in ms since the epoch. */
  at: number;
}

/** One search, in its own context so that nothing is cached. */
async function measureSearch(context: BrowserContext, siteUrl: string, query: string, sort: string | undefined, latencyMs: number): Promise<SearchCost> {
  if (latencyMs > 0) {
    await context.route(/\/pagefind\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      await route.continue();
    });
  }
  const page = await context.newPage();
  // Records, in the page's own clock, when the first result link appears. A string, not a
  // function: tsx would wrap a function's inner functions in a helper the page does not have.
  await page.addInitScript(`new MutationObserver((_, observer) => {
    if (!document.querySelector(".pagefind-ui__result-link")) return;
    window.firstResults = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });`);
  const fetched: Promise<Fetched | null>[] = [];
  page.on("requestfinished", (request) => {
    const at = Date.now();
    fetched.push(
      (async () => {
        if (!new URL(request.url()).pathname.includes("/pagefind/")) return null;
        const sizes = await request.sizes();
        return { bytes: sizes.responseBodySize + sizes.responseHeadersSize, at };
      })(),
    );
  });
  const params = new URLSearchParams({ q: query, ...(sort ? { sort } : {}) });
  await page.goto(`${siteUrl}/search/?${params}`);
  await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: TIMEOUT_MS });
  const { firstResultsMs, timeOrigin } = await page.evaluate(() => ({ firstResultsMs: (window as unknown as { firstResults: number }).firstResults, timeOrigin: performance.timeOrigin }));
  await page.waitForLoadState("networkidle");
  const message = ((await page.locator(".pagefind-ui__message").textContent()) ?? "").trim();
  const all = (await Promise.all(fetched)).filter((item): item is Fetched => item !== null);
  await page.close();
  const sum = (items: Fetched[]): Traffic => ({ requests: items.length, bytes: items.reduce((total, item) => total + item.bytes, 0) });
  return { query, message, firstResultsMs, atFirstResults: sum(all.filter((item) => item.at <= timeOrigin + firstResultsMs)), whenIdle: sum(all) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The run of median time, so that its traffic and time belong together. */
function medianRun(runs: SearchCost[]): SearchCost {
  const time = median(runs.map((run) => run.firstResultsMs));
  return runs.reduce((best, run) => (Math.abs(run.firstResultsMs - time) < Math.abs(best.firstResultsMs - time) ? run : best));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        site: { type: "string" },
        query: { type: "string", multiple: true },
        sort: { type: "string" },
        runs: { type: "string", default: "3" },
        latency: { type: "string", default: "0" },
        json: { type: "boolean", default: false },
      },
    }).values;
    if (!args.site) throw new Error("--site is required");
    if (args.sort !== undefined && !["asc", "desc"].includes(args.sort)) throw new Error("--sort must be asc or desc");
    if (!(Number(args.runs) >= 1) || !(Number(args.latency) >= 0)) throw new Error("--runs must be 1 or more, --latency 0 or more");
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const server = await serveDirectory(path.resolve(args.site));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    for (const query of args.query ?? ["talks"]) {
      const runs: SearchCost[] = [];
      for (let run = 0; run < Number(args.runs); run++) {
        const context = await browser.newContext();
        try {
          runs.push(await measureSearch(context, server.url, query, args.sort, Number(args.latency)));
        } finally {
          await context.close();
        }
      }
      const cost = medianRun(runs);
      if (args.json) {
        console.log(JSON.stringify({ ...cost, runs: runs.map((run) => Math.round(run.firstResultsMs)) }));
      } else {
        console.log(
          `"${query}": ${cost.message || "no message"}; first results after ${Math.round(cost.firstResultsMs)} ms ` +
            `(median of ${runs.length}: ${runs.map((run) => Math.round(run.firstResultsMs)).join(", ")}); /pagefind/: ` +
            `${cost.atFirstResults.requests} requests, ${kb(cost.atFirstResults.bytes)} to first results; ` +
            `${cost.whenIdle.requests} requests, ${kb(cost.whenIdle.bytes)} when idle`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
