/**
 * Failures name the shard (and the page, when it is about one page), and Pagefind's process is
 * closed on error too. Pagefind is wrapped so that it refuses one chosen page, as it would a
 * page it cannot parse; everything else is the real Pagefind.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as pagefind from "pagefind";
import { indexSearch, SearchIndexError } from "../../src/search/index.ts";
import { fileOf, PAGES, searchDocuments, writeSite } from "./fixture.ts";

const REFUSED = { file: "" };
/** When set, Pagefind's process "stops": every call to add a page rejects, as the real API's do then. */
const STOPPED = { now: false };

vi.mock("pagefind", async (importOriginal) => {
  const real = await importOriginal<typeof import("pagefind")>();
  return {
    ...real,
    close: vi.fn(real.close),
    createIndex: async (config: Parameters<typeof real.createIndex>[0]) => {
      const created = await real.createIndex(config);
      const index = created.index;
      if (!index) return created;
      return {
        ...created,
        index: {
          ...index,
          addHTMLFile: async (file: Parameters<typeof index.addHTMLFile>[0]) => {
            if (STOPPED.now) throw new Error("Pagefind backend closed");
            return REFUSED.file !== "" && file.sourcePath === REFUSED.file ? { errors: [`Failed to parse file ${REFUSED.file}`], file: null } : index.addHTMLFile(file);
          },
        },
      };
    },
  };
});

let work = "";
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-failure-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(pagefind.close).mockClear();
  REFUSED.file = "";
  STOPPED.now = false;
});

describe("indexSearch failures", () => {
  it("names the shard whose pages Pagefind refused, and closes Pagefind", async () => {
    const site = path.join(work, "refused");
    await writeSite(site, PAGES);
    REFUSED.file = fileOf(PAGES.find((page) => page.slug === "talks-stall")!);
    const failure = indexSearch({ siteDir: site, language: "en", documents: searchDocuments(PAGES) });
    await expect(failure).rejects.toThrow(SearchIndexError);
    await expect(failure).rejects.toThrow("Search index, shard 2024, entries/talks-stall/index.html: Pagefind could not index the page: Failed to parse file entries/talks-stall/index.html");
    await expect(failure).rejects.toMatchObject({ shard: "2024", file: "entries/talks-stall/index.html" });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it("names the shard being indexed when Pagefind's process stops, and closes Pagefind", async () => {
    const site = path.join(work, "stopped");
    await writeSite(site, PAGES);
    STOPPED.now = true;
    const failure = indexSearch({ siteDir: site, language: "en", documents: searchDocuments(PAGES) });
    await expect(failure).rejects.toThrow(SearchIndexError);
    await expect(failure).rejects.toThrow(/^Search index, shard 2023: Pagefind stopped: Pagefind backend closed$/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it("names the shard whose files cannot be written", async () => {
    const site = path.join(work, "blocked");
    await writeSite(site, PAGES);
    // A file where the index's folder must go.
    await writeFile(path.join(site, "pagefind"), "in the way\n");
    await expect(indexSearch({ siteDir: site, language: "en", documents: searchDocuments(PAGES) })).rejects.toThrow(/^Search index, shard 2023: cannot write the index files: ENOTDIR/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
