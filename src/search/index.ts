/**
 * The search stage: Pagefind indexes the rendered site in place. Only pages marked with
 * `data-pagefind-body` (entry pages) are indexed; their filters, metadata and sort keys come from
 * the templates' `data-pagefind-*` attributes.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  /** Pages in the index (only those marked `data-pagefind-body`, not every page scanned). */
  pages: number;
  outputPath: string;
}

export async function indexSite(siteDir: string, language: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const outputPath = path.join(siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: await indexedPageCount(outputPath), outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's own count of indexed pages, summed over languages, from the entry file it wrote. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
