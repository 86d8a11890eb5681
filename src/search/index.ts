/**
 * The search stage: Pagefind indexes the rendered site in place. Only pages marked with
 * `data-pagefind-body` (entry pages) are indexed; their filters, metadata and sort keys come from
 * the templates' `data-pagefind-*` attributes.
 */
import * as pagefind from "pagefind";
import path from "node:path";

export interface SearchIndexResult {
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
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
