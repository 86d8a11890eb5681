/**
 * The whole site built from the seed articles into a temporary folder, for the browser tests.
 * Stand-in until `build()` (src/cli/build.ts) can run: the real read, clean and entries stages,
 * a placeholder date and an empty extraction (the extract and date stages are not in yet), then
 * Eleventy and Pagefind as the build runs them.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanArticle } from "../../src/clean/index.ts";
import { buildEntries } from "../../src/entries/index.ts";
import type { ArticleDate, Entry, Extraction } from "../../src/model.ts";
import { discoverArticles, readArticleFiles } from "../../src/read/index.ts";
import { indexSite } from "../../src/search/index.ts";
import { PROJECT_ROOT, renderSite } from "./eleventy.ts";
import { writeEntryFiles } from "./entries.ts";

const PLACEHOLDER_DATE: ArticleDate = {
  date: "2024-01-01",
  precision: "year",
  range: { earliest: "2024-01-01", latest: "2024-12-31" },
  source: "inferred",
  evidence: [],
  conflicts: [],
};

const NO_EXTRACTION: Extraction = { people: [], places: [], organizations: [], figures: [], outlet: null };

/** Builds the seed site and returns the folder holding it. */
export async function buildSeedSite(): Promise<string> {
  const { articles: files } = await discoverArticles(path.join(PROJECT_ROOT, "content/articles"), PROJECT_ROOT);
  const { articles, problems } = await readArticleFiles(files, PROJECT_ROOT);
  if (problems.length > 0) throw new Error(`seed articles unreadable: ${JSON.stringify(problems)}`);
  const entries = buildEntries(
    articles.map((article) => ({ clean: cleanArticle(article), extraction: NO_EXTRACTION, date: PLACEHOLDER_DATE })),
  );
  return buildSiteFromEntries(entries);
}

/** Renders and indexes a site from the given entries in a new temporary folder; returns the site folder. */
export async function buildSiteFromEntries(entries: readonly Entry[]): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), "timeline-e2e-"));
  const entriesDir = path.join(work, "entries");
  await writeEntryFiles(entriesDir, entries);
  const site = path.join(work, "_site");
  await renderSite(entriesDir, site);
  await indexSite(site, "en");
  return site;
}
