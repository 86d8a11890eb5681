/**
 * The search stage: Pagefind indexes the rendered site. Only pages marked with
 * `data-pagefind-body` (entry pages) are indexed; their filters, metadata and sort keys come from
 * the templates' `data-pagefind-*` attributes.
 *
 * The index files are taken in memory (`getFiles`) and written here rather than by Pagefind's
 * `writeFiles`: when Pagefind's backend fails while writing, its Node API never answers, and the
 * build would hang; our own writes fail as ordinary exceptions.
 */
import { mkdir, writeFile } from "node:fs/promises";
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
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind could not build its index: ${bundle.errors.join("; ")}`);
    const outputPath = path.join(siteDir, "pagefind");
    let pages = 0;
    for (const file of bundle.files) {
      const target = path.join(outputPath, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
      if (file.path === "pagefind-entry.json") pages = indexedPageCount(file.content);
    }
    return { pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's own count of indexed pages, summed over languages, from its entry file. */
function indexedPageCount(entryFile: Uint8Array): number {
  const entry = JSON.parse(Buffer.from(entryFile).toString("utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
