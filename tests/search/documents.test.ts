/**
 * The search documents hold what Pagefind would index of the entry pages themselves: the seed
 * site is built, then Pagefind indexes (a) the rendered entry pages and (b) the documents the
 * build indexed, and the two indexes must be the same bytes: same words, weights, excerpts,
 * titles, dates, filters and sort keys.
 */
import { createHash } from "node:crypto";
import { link, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/cli/build.ts";
import { searchDocumentRenderer, searchEntryOf, type SearchDocument } from "../../src/search/index.ts";
import { buildSiteData } from "../../src/site/data.ts";
import { loadEntries } from "../../src/site/load.ts";
import { PROJECT_ROOT } from "../support/eleventy.ts";

let work = "";
let site = "";
let documents: SearchDocument[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-documents-"));
  site = path.join(work, "_site");
  await build({ projectRoot: PROJECT_ROOT, outDir: site, workDir: path.join(work, "work") });
  const data = buildSiteData(await loadEntries(path.join(work, "work", "entries")));
  const render = searchDocumentRenderer(path.join(PROJECT_ROOT, "templates"), "en");
  documents = data.entries.map((entry) => render(searchEntryOf(entry)));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  await pagefind.close();
});

/** Pagefind's files for a folder: path → SHA-256 of the bytes, sorted by path. */
async function indexFolder(folder: string): Promise<[string, string][]> {
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  const added = await index!.addDirectory({ path: folder });
  expect(added.errors).toEqual([]);
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files.map((file): [string, string] => [file.path, createHash("sha256").update(file.content).digest("hex")]).sort(([a], [b]) => (a < b ? -1 : 1));
}

test("one document per entry page, at that page's path, lighter than the page", () => {
  expect(documents.map((document) => document.file).sort()).toHaveLength(5);
  for (const document of documents) {
    expect(document.file).toMatch(/^entries\/[^/]+\/index\.html$/);
    expect(document.html).toContain("data-pagefind-body");
    expect(document.html).not.toContain("data-pagefind-ignore");
  }
});

test("Pagefind indexes the documents exactly as it indexes the rendered entry pages", async () => {
  const pages = path.join(work, "pages");
  const docs = path.join(work, "docs");
  for (const document of documents) {
    await mkdir(path.dirname(path.join(pages, document.file)), { recursive: true });
    await link(path.join(site, document.file), path.join(pages, document.file));
    await mkdir(path.dirname(path.join(docs, document.file)), { recursive: true });
    await writeFile(path.join(docs, document.file), document.html);
  }
  const fromPages = await indexFolder(pages);
  const fromDocuments = await indexFolder(docs);
  expect(fromPages.filter(([file]) => file.startsWith("fragment/"))).toHaveLength(5);
  expect(fromDocuments).toEqual(fromPages);
}, 60_000);
