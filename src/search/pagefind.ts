/**
 * One shard through Pagefind's Node API: a fresh index for the shard's documents only, its files
 * taken in memory, then the index deleted so that Pagefind's process never holds more than one
 * shard. The caller closes Pagefind (`closePagefind`) when done, also on error.
 *
 * Each document goes to Pagefind through the Node API (`addHTMLFile`), all of a shard's at once:
 * Pagefind's process takes them in the order sent, so the index is the same every time. Writing
 * them to a scratch folder for Pagefind to read (`addDirectory`) parses them in parallel, but
 * creating, reading and deleting 10,000 small files cost more than that saved whenever the disk
 * was busy, which in a build it is (Eleventy writes the site meanwhile).
 *
 * Every shard also gets a sort anchor: a page that sorts before every real page and that no
 * search can find. Pagefind scores a date-sorted result by its position in the shard's date
 * order, and the anchor takes position 0, so every real page has a position of 1 or more; the
 * search page needs that to order merged shards by date (templates/assets/search.js).
 */
import * as pagefind from "pagefind";
import type { IndexFile, PagefindIndex } from "pagefind";
import { SearchIndexError } from "./errors.ts";
import type { SearchDocument } from "./types.ts";

/**
 * The anchor: sorted first by its date, and made of one word that no reader types ("⁔" is a
 * word character to Pagefind, so the page is kept; a page without words would be dropped).
 */
const SORT_ANCHOR = '<html><body><div data-pagefind-body data-pagefind-sort="date:0000-00-00">⁔</div></body></html>';

export interface IndexedShard {
  files: IndexFile[];
  /** Pages Pagefind indexed, the anchor not counted. */
  pages: number;
}

export async function indexShard(key: string, documents: readonly SearchDocument[], language: string): Promise<IndexedShard> {
  const index = await newIndex(key, language);
  try {
    const added = await Promise.all(documents.map((document) => index.addHTMLFile({ sourcePath: document.file, content: document.html })));
    added.forEach(({ errors }, i) => {
      if (errors.length > 0) throw new SearchIndexError(key, documents[i]!.file, `Pagefind could not index the page: ${errors.join("; ")}`);
    });
    const anchor = await index.addHTMLFile({ url: "/search/", content: SORT_ANCHOR });
    if (anchor.errors.length > 0) throw new SearchIndexError(key, null, `Pagefind could not add the sort anchor: ${anchor.errors.join("; ")}`);
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new SearchIndexError(key, null, `Pagefind could not build the index: ${bundle.errors.join("; ")}`);
    return { files: bundle.files, pages: indexedPageCount(bundle.files) - 1 };
  } catch (error) {
    // Pagefind's process stopping midway makes every pending call reject with a bare error.
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(key, null, `Pagefind stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    // After a failure Pagefind's process may be gone; the failure, not this, is what to report.
    await index.deleteIndex().catch(() => undefined);
  }
}

/** The files Pagefind writes for an index of no pages: its scripts and UI. */
export async function pagefindRuntimeFiles(language: string): Promise<IndexFile[]> {
  const index = await newIndex(null, language);
  try {
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new SearchIndexError(null, null, `Pagefind could not build its files: ${bundle.errors.join("; ")}`);
    return bundle.files;
  } finally {
    // After a failure Pagefind's process may be gone; the failure, not this, is what to report.
    await index.deleteIndex().catch(() => undefined);
  }
}

/**
 * A fresh index. Pagefind's process is started with the first: a binary that is missing or
 * will not run makes its API reject with "Pagefind backend closed" (and log why), reported here
 * as the search stage's failure.
 */
async function newIndex(key: string | null, language: string): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: language }).catch((error: unknown) => {
    throw new SearchIndexError(key, null, `Pagefind could not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!created.index) throw new SearchIndexError(key, null, `Pagefind could not start: ${created.errors.join("; ")}`);
  return created.index;
}

/** Stops Pagefind's process (it would keep Node running otherwise). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}

/** Pagefind's own count of indexed pages, summed over languages, from its entry file. */
function indexedPageCount(files: readonly IndexFile[]): number {
  const entryFile = files.find((file) => file.path === "pagefind-entry.json");
  if (!entryFile) return 0;
  const entry = JSON.parse(Buffer.from(entryFile.content).toString("utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
