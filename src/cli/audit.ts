/**
 * `npm run audit`: Lighthouse on the built site (run `npm run build` first) — the home page and an
 * entry page, served locally, in Debian's Chromium started by chrome-launcher with the flags that
 * keep it off the network. Prints the performance, accessibility, best-practices and SEO scores
 * and exits non-zero when any is below 95. Not part of `npm test`: Lighthouse takes a while.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.ts";
import { serveDirectory } from "./static-server.ts";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const MINIMUM = 95;

async function main(): Promise<void> {
  const site = path.resolve(process.cwd(), "_site");
  if (!existsSync(path.join(site, "timeline.json"))) {
    console.error("No built site in _site/: run npm run build first.");
    process.exitCode = 2;
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
    process.exitCode = 2;
    return;
  }
  const { entries } = JSON.parse(await readFile(path.join(site, "timeline.json"), "utf8")) as { entries: { url: string }[] };
  const pages: [string, string][] = [["home", "/"]];
  if (entries[0]) pages.push(["entry", entries[0].url]);

  const server = await serveDirectory(site);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  let failed = false;
  try {
    console.log(`${"page".padEnd(8)}${CATEGORIES.map((c) => c.padStart(16)).join("")}`);
    for (const [name, sitePath] of pages) {
      const result = await lighthouse(`${server.url}${sitePath}`, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${sitePath}`);
      const scores = CATEGORIES.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      failed ||= scores.some((score) => score < MINIMUM);
      console.log(`${name.padEnd(8)}${scores.map((s) => String(s).padStart(16)).join("")}   ${sitePath}`);
      for (const category of CATEGORIES) {
        const auditRefs = result.lhr.categories[category]?.auditRefs ?? [];
        for (const ref of auditRefs) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`         ${category}: ${audit.title} (${Math.round(audit.score * 100)})${audit.explanation ? `: ${audit.explanation}` : ""}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  if (failed) {
    console.error(`\nA score is below ${MINIMUM}.`);
    process.exitCode = 1;
  }
}

await main();
