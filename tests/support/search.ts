/**
 * Indexes entries for search the way the build does: their site data, rendered into search
 * documents with the project's templates, indexed by the real Pagefind.
 */
import path from "node:path";
import type { Entry } from "../../src/model.ts";
import { indexEntries, searchEntryOf } from "../../src/search/index.ts";
import { buildSiteData } from "../../src/site/data.ts";
import { PROJECT_ROOT } from "./eleventy.ts";

export async function indexEntriesForSearch(siteDir: string, entries: readonly Entry[]): Promise<void> {
  const siteEntries = buildSiteData(entries).entries.map(searchEntryOf);
  await indexEntries({ siteDir, language: "en", templatesDir: path.join(PROJECT_ROOT, "templates"), entries: siteEntries });
}
