/**
 * Indexing a tiny site into shards with the real Pagefind: one bundle per year under
 * pagefind/<key>/, the Default UI shared, the shard list newest first; and a second build that
 * re-indexes only the shard that changed, hard-links the others from the previous site without
 * changing it, and gives the same bytes as indexing from scratch.
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSearch, type SearchIndexResult, type ShardList } from "../../src/search/index.ts";
import { bundleUrls, fileOf, hashTree, inode, listFiles, PAGES, searchDocuments, writeSite, type FixturePage } from "./fixture.ts";

let work = "";
const dir = (name: string) => path.join(work, name);
const pagefindDir = (site: string) => path.join(dir(site), "pagefind");

/** The fixture with one 2024 page rewritten. */
const CHANGED: FixturePage[] = PAGES.map((page) => (page.slug === "talks-stall" ? { ...page, text: "The Cairo talks stalled again over the Rafah crossing." } : page));

let first: SearchIndexResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-index-"));
  await writeSite(dir("first"), PAGES);
  first = await indexSearch({ siteDir: dir("first"), language: "en", documents: searchDocuments(PAGES) });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("indexing a site from scratch", () => {
  it("indexes one shard per year and counts the pages", () => {
    expect(first.rebuilt).toEqual(["2023", "2024", "2025"]);
    expect(first.reused).toEqual([]);
    expect(first.pages).toBe(5);
    expect(first.manifest.shards.map((shard) => [shard.key, shard.pages])).toEqual([["2025", 1], ["2024", 2], ["2023", 2]]);
  });

  it("writes the shard list newest first, and the Default UI once at pagefind/", async () => {
    const list = JSON.parse(await readFile(path.join(pagefindDir("first"), "shards.json"), "utf8")) as ShardList;
    expect(list.shards).toEqual([
      { key: "2025", bundle: "2025/", pages: 1 },
      { key: "2024", bundle: "2024/", pages: 2 },
      { key: "2023", bundle: "2023/", pages: 2 },
    ]);
    const top = (await listFiles(pagefindDir("first"))).filter((file) => !file.includes("/"));
    expect(top).toEqual(["pagefind-ui.css", "pagefind-ui.js", "shards.json"]);
    expect(first.manifest.shared.files).toEqual(["pagefind-ui.css", "pagefind-ui.js"]);
  });

  it("makes each shard a whole Pagefind bundle of its own period's pages, without the UI kits", async () => {
    for (const [key, slugs] of [["2023", ["hostages-freed", "truce-talks-open"]], ["2024", ["talks-resume", "talks-stall"]], ["2025", ["ceasefire-agreed"]]] as const) {
      const bundle = path.join(pagefindDir("first"), key);
      expect(await bundleUrls(bundle)).toEqual(slugs.map((slug) => `/entries/${slug}/`));
      const files = await listFiles(bundle);
      expect(files).toEqual(expect.arrayContaining(["pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"]));
      expect(files.filter((file) => /ui\.|highlight/.test(file))).toEqual([]);
      expect(files.some((file) => file.startsWith("index/") && file.endsWith(".pf_index"))).toBe(true);
      expect(files.some((file) => file.startsWith("filter/"))).toBe(true);
    }
  });

  it("lists in the manifest exactly the files on disk", async () => {
    const listed = [...first.manifest.shared.files, ...first.manifest.shards.flatMap((shard) => shard.files), "shards.json"].sort();
    expect(await listFiles(pagefindDir("first"))).toEqual(listed);
  });

  it("gives a working index for no pages: the Default UI and an empty shard list", async () => {
    await writeSite(dir("empty"), []);
    const empty = await indexSearch({ siteDir: dir("empty"), language: "en", documents: [] });
    expect(empty).toMatchObject({ pages: 0, rebuilt: [], reused: [] });
    expect(await listFiles(pagefindDir("empty"))).toEqual(["pagefind-ui.css", "pagefind-ui.js", "shards.json"]);
    expect(JSON.parse(await readFile(path.join(pagefindDir("empty"), "shards.json"), "utf8"))).toEqual({ format: 1, shards: [] });
  });
});

describe("indexing again with the previous site", () => {
  let previousBefore: Map<string, string>;
  let previousInodes: Map<string, number>;
  let second: SearchIndexResult;

  beforeAll(async () => {
    previousBefore = await hashTree(dir("first"));
    previousInodes = new Map(await Promise.all([...previousBefore.keys()].map(async (file) => [file, await inode(path.join(dir("first"), file))] as const)));
    await writeSite(dir("second"), CHANGED);
    second = await indexSearch({ siteDir: dir("second"), language: "en", documents: searchDocuments(CHANGED), previous: { siteDir: dir("first"), manifest: first.manifest } });
  });

  it("re-indexes only the shard whose page changed", () => {
    expect(second.rebuilt).toEqual(["2024"]);
    expect(second.reused).toEqual(["2023", "2025"]);
    expect(second.pages).toBe(5);
  });

  it("hard-links the other shards' files and the shared files from the previous site", async () => {
    const linked = [...first.manifest.shared.files, ...first.manifest.shards.filter((shard) => shard.key !== "2024").flatMap((shard) => shard.files)];
    expect(linked.length).toBeGreaterThan(10);
    for (const file of linked) expect(await inode(path.join(pagefindDir("second"), file)), file).toBe(await inode(path.join(pagefindDir("first"), file)));
    const rebuilt = second.manifest.shards.find((shard) => shard.key === "2024")!;
    for (const file of rebuilt.files) {
      const before = await inode(path.join(pagefindDir("first"), file)).catch(() => null);
      expect(await inode(path.join(pagefindDir("second"), file)), file).not.toBe(before);
    }
    expect(rebuilt.fingerprint).not.toBe(first.manifest.shards.find((shard) => shard.key === "2024")!.fingerprint);
  });

  it("leaves the previous site byte for byte and inode for inode as it was", async () => {
    const after = await hashTree(dir("first"));
    expect([...after.entries()]).toEqual([...previousBefore.entries()]);
    for (const [file, ino] of previousInodes) expect(await inode(path.join(dir("first"), file)), file).toBe(ino);
  });

  it("writes the same bytes as indexing the new site from scratch", async () => {
    await writeSite(dir("scratch"), CHANGED);
    const scratch = await indexSearch({ siteDir: dir("scratch"), language: "en", documents: searchDocuments(CHANGED) });
    expect(scratch.rebuilt).toEqual(["2023", "2024", "2025"]);
    expect(scratch.manifest).toEqual(second.manifest);
    expect([...(await hashTree(pagefindDir("second"))).entries()]).toEqual([...(await hashTree(pagefindDir("scratch"))).entries()]);
    // And the changed shard really holds the new text: its bundle differs from the first build's.
    const firstBundle = await hashTree(path.join(pagefindDir("first"), "2024"));
    const secondBundle = await hashTree(path.join(pagefindDir("second"), "2024"));
    expect([...secondBundle.entries()]).not.toEqual([...firstBundle.entries()]);
  });

  it("re-indexes a shard whose files are missing from the previous site", async () => {
    await cp(dir("first"), dir("damaged"), { recursive: true });
    const shard2023 = first.manifest.shards.find((shard) => shard.key === "2023")!;
    await rm(path.join(pagefindDir("damaged"), shard2023.files.find((file) => file.endsWith(".pf_meta"))!));
    await writeSite(dir("third"), PAGES);
    const third = await indexSearch({ siteDir: dir("third"), language: "en", documents: searchDocuments(PAGES), previous: { siteDir: dir("damaged"), manifest: first.manifest } });
    expect(third.rebuilt).toEqual(["2023"]);
    expect(third.reused).toEqual(["2024", "2025"]);
    expect([...(await hashTree(pagefindDir("third"))).entries()]).toEqual([...(await hashTree(pagefindDir("first"))).entries()]);
  });

  it("links nothing from outside a shard's folder, whatever the manifest says", async () => {
    const shards = first.manifest.shards.map((shard) => (shard.key === "2023" ? { ...shard, files: [...shard.files, "2023/../../index.html"] } : shard));
    await writeSite(dir("guarded"), PAGES);
    const guarded = await indexSearch({ siteDir: dir("guarded"), language: "en", documents: searchDocuments(PAGES), previous: { siteDir: dir("first"), manifest: { ...first.manifest, shards } } });
    expect(guarded.rebuilt).toEqual(["2023"]);
    expect(await listFiles(pagefindDir("guarded"))).toEqual(await listFiles(pagefindDir("first")));
  });

  it("re-indexes every shard when the language changes", async () => {
    await writeSite(dir("french"), PAGES);
    const french = await indexSearch({ siteDir: dir("french"), language: "fr", documents: searchDocuments(PAGES), previous: { siteDir: dir("first"), manifest: first.manifest } });
    expect(french.rebuilt).toEqual(["2023", "2024", "2025"]);
    expect(await listFiles(path.join(pagefindDir("french"), "2023"))).toContain("wasm.fr.pagefind");
  });

  it("refuses to use the new site as its own previous site", async () => {
    await expect(indexSearch({ siteDir: dir("second"), language: "en", documents: searchDocuments(CHANGED), previous: { siteDir: dir("second"), manifest: second.manifest } })).rejects.toThrow(
      "the previous site must be another folder than the new one",
    );
  });
});
