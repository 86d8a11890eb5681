/**
 * Indexing entries the way a build does (`indexEntries` with a renderer key): documents come
 * from the real template; a rebuild re-indexes only the shard whose entry changed, and renders
 * no document of a shard it reuses (shown by a rebuild that works without any templates).
 */
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { indexEntries, indexShardsOfEntries, planEntryShards, searchEntryOf, SearchThread, shardFiles, type SearchIndexResult } from "../../src/search/index.ts";
import { buildSiteData } from "../../src/site/data.ts";
import { PROJECT_ROOT } from "../support/eleventy.ts";
import { makeEntry } from "../support/entries.ts";
import { bundleUrls } from "./fixture.ts";

const work = await mkdtemp(path.join(tmpdir(), "search-entries-"));
afterAll(() => rm(work, { recursive: true, force: true }));

const templatesDir = path.join(PROJECT_ROOT, "templates");
const entries = (stallText: string) =>
  buildSiteData([
    makeEntry("truce-talks-open", { title: "Truce talks open", date: { date: "2023-11-20" } }),
    makeEntry("talks-stall", { title: "Talks stall", date: { date: "2024-05-25" }, body: [{ kind: "paragraph", text: stallText }] }),
    makeEntry("ceasefire-agreed", { title: "Ceasefire agreed", date: { date: "2025-01-15" } }),
  ]).entries.map(searchEntryOf);

async function index(name: string, text: string, options: { templatesDir: string; previous?: SearchIndexResult; previousSite?: string }): Promise<SearchIndexResult> {
  const siteDir = path.join(work, name);
  await mkdir(siteDir, { recursive: true });
  return indexEntries({
    siteDir,
    language: "en",
    templatesDir: options.templatesDir,
    rendererKey: "key-1",
    entries: entries(text),
    ...(options.previous ? { previous: { siteDir: path.join(work, options.previousSite!), manifest: options.previous.manifest } } : {}),
  });
}

test("indexes every shard first, then only the one whose entry changed, then none", async () => {
  const first = await index("first", "The Cairo talks stalled.", { templatesDir });
  expect(first.rebuilt).toEqual(["2023", "2024", "2025"]);
  expect(await bundleUrls(path.join(work, "first", "pagefind", "2024"))).toEqual(["/entries/talks-stall/"]);

  const second = await index("second", "The Cairo talks stalled again over Rafah.", { templatesDir, previous: first, previousSite: "first" });
  expect(second.rebuilt).toEqual(["2024"]);
  expect(second.reused).toEqual(["2023", "2025"]);

  const missingTemplates = path.join(work, "no-templates");
  const third = await index("third", "The Cairo talks stalled again over Rafah.", { templatesDir: missingTemplates, previous: second, previousSite: "second" });
  expect(third.rebuilt).toEqual([]);
  expect(third.reused).toEqual(["2023", "2024", "2025"]);
  await expect(index("fourth", "Changed once more.", { templatesDir: missingTemplates, previous: third, previousSite: "third" })).rejects.toThrow();
});

test("given the documents' fingerprints, asks for the entries of the shards it indexes and of no other", async () => {
  const all = entries("The Cairo talks stalled.");
  const plan = planEntryShards(all, ["f-2023", "f-2024", "f-2025"]);
  const asked: string[] = [];
  const run = async (name: string, fingerprints: string[], previous?: SearchIndexResult) => {
    const siteDir = path.join(work, name);
    await mkdir(siteDir, { recursive: true });
    const planned = shardFiles(planEntryShards(all, fingerprints));
    return indexShardsOfEntries({
      siteDir,
      language: "en",
      templatesDir,
      rendererKey: "key-1",
      plan: planned,
      entriesOf: async (key) => {
        asked.push(key);
        return plan.get(key)!.map((page) => page.entry);
      },
      ...(previous ? { previous: { siteDir: path.join(work, "known-1"), manifest: previous.manifest } } : {}),
    });
  };
  const first = await run("known-1", ["f-2023", "f-2024", "f-2025"]);
  expect(asked.splice(0)).toEqual(["2023", "2024", "2025"]);
  const second = await run("known-2", ["f-2023", "f-2024, changed", "f-2025"], first);
  expect(asked.splice(0)).toEqual(["2024"]);
  expect(second.rebuilt).toEqual(["2024"]);
  expect(second.reused).toEqual(["2023", "2025"]);
});

test("a search thread started before its work indexes it when given it, once; one closed unused says it stopped", async () => {
  const options = (name: string) => ({ siteDir: path.join(work, name), language: "en", templatesDir, rendererKey: "key-1", entries: entries("The Cairo talks stalled.") });
  const thread = new SearchThread();
  await mkdir(path.join(work, "early"), { recursive: true });
  const result = await thread.index(options("early"));
  expect(result.rebuilt).toEqual(["2023", "2024", "2025"]);
  expect(await bundleUrls(path.join(work, "early", "pagefind", "2024"))).toEqual(["/entries/talks-stall/"]);
  await expect(thread.index(options("early"))).rejects.toThrow("indexes once");

  const closed = new SearchThread();
  closed.close();
  await mkdir(path.join(work, "closed"), { recursive: true });
  await expect(closed.index(options("closed"))).rejects.toThrow("the search thread stopped");
});
