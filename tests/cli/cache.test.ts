/**
 * The processing cache: a result is found again only for the same article, reference data and
 * stage code; a torn file is a miss; pruning keeps exactly what the last build used.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ProcessedStore } from "../../src/cli/cache.ts";
import type { ProcessedArticle } from "../../src/entries/index.ts";
import type { Article } from "../../src/model.ts";

const srcDir = path.resolve(import.meta.dirname, "../../src");

function article(source: string, contentHash: string): Article {
  return { source, contentHash } as Article;
}

/** A result made from the article `source` (content "h1"), as processing gives it. */
function result(label: string, source = "a.txt"): ProcessedArticle {
  const none = { people: [], places: [], organizations: [], figures: [], outlet: null };
  return { clean: { article: article(source, "h1"), headline: label }, extraction: none, date: {}, fingerprint: [] } as unknown as ProcessedArticle;
}

async function setup() {
  const temp = await mkdtemp(path.join(tmpdir(), "timeline-cache-"));
  const reference = path.join(temp, "reference");
  await mkdir(reference);
  await writeFile(path.join(reference, "aliases.yaml"), "people: {}\n");
  return { cacheDir: path.join(temp, "cache"), reference };
}

describe("ProcessedStore", () => {
  test("finds a result again for the same article only", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    await store.set(article("a.txt", "h1"), result("one"));
    expect(store.get(article("a.txt", "h1"))).toEqual(result("one"));
    expect(store.get(article("a.txt", "h2"))).toBeUndefined();
    expect(store.get(article("b.txt", "h1"))).toBeUndefined();
  });

  test("stores a result without its article, and gives it back with the article asked with", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const asked = article("a.txt", "h1");
    await store.set(asked, result("one"));
    const [file] = await readdir(path.join(cacheDir, "processed"));
    expect(JSON.parse(await readFile(path.join(cacheDir, "processed", file!), "utf8")).clean).toEqual({ headline: "one" });
    expect(store.get(asked)!.clean.article).toBe(asked);
    expect(store.get(article("b.txt", "h1"))).toBeUndefined();
  });

  test("stores each sentence once, however many people, places, organisations and figures quote it", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const talks = "Yossi Novak met officials in Amman on Monday as talks advanced.";
    const vigil = "Families held a vigil in Tel Aviv for the 101 hostages.";
    const processed = result("one");
    processed.extraction = {
      people: [{ name: "Yossi Novak", mentions: ["Yossi Novak"], sentences: [talks] }],
      places: [{ name: "Amman", mentions: ["Amman"], kind: "city", country: "JO", lat: 31.95522, lon: 35.94503, sentences: [talks] }, { name: "Tel Aviv", mentions: ["Tel Aviv"], kind: "city", sentences: [vigil, talks] }],
      organizations: [],
      figures: [{ value: 101, text: "101 hostages", counts: "hostages", sentence: vigil }],
      outlet: "Reuters",
    };
    await store.set(article("a.txt", "h1"), processed);
    const [file] = await readdir(path.join(cacheDir, "processed"));
    const text = await readFile(path.join(cacheDir, "processed", file!), "utf8");
    expect(text.split(talks)).toHaveLength(2);
    expect(text.split(vigil)).toHaveLength(2);
    expect(store.get(article("a.txt", "h1"))).toEqual(processed);
  });

  test("finds its results again after the project moved to another folder", async () => {
    const { cacheDir, reference } = await setup();
    const moved = await mkdtemp(path.join(tmpdir(), "timeline-moved-"));
    await cp(srcDir, path.join(moved, "src"), { recursive: true });
    await cp(reference, path.join(moved, "reference"), { recursive: true });
    await (await ProcessedStore.open(cacheDir, srcDir, reference)).set(article("a.txt", "h1"), result("one"));
    const store = await ProcessedStore.open(cacheDir, path.join(moved, "src"), path.join(moved, "reference"));
    expect(store.get(article("a.txt", "h1"))).toEqual(result("one"));
  });

  test("misses everything once the reference data changes", async () => {
    const { cacheDir, reference } = await setup();
    await (await ProcessedStore.open(cacheDir, srcDir, reference)).set(article("a.txt", "h1"), result("one"));
    await writeFile(path.join(reference, "aliases.yaml"), "people: { X: [Y] }\n");
    expect((await ProcessedStore.open(cacheDir, srcDir, reference)).get(article("a.txt", "h1"))).toBeUndefined();
  });

  test("treats a torn file as a miss", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    await store.set(article("a.txt", "h1"), result("one"));
    const [file] = await readdir(path.join(cacheDir, "processed"));
    await writeFile(path.join(cacheDir, "processed", file!), '{"clean": {');
    expect(store.get(article("a.txt", "h1"))).toBeUndefined();
  });

  test("prune removes the results the build did not use, and files being written", async () => {
    const { cacheDir, reference } = await setup();
    const first = await ProcessedStore.open(cacheDir, srcDir, reference);
    await first.set(article("a.txt", "h1"), result("a"));
    await first.set(article("b.txt", "h1"), result("b", "b.txt"));
    const second = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(second.get(article("a.txt", "h1"))).toEqual(result("a"));
    await second.set(article("c.txt", "h1"), result("c", "c.txt"));
    await writeFile(path.join(cacheDir, "processed", "someone-else.json.123.tmp"), "");
    expect(await second.prune()).toBe(1);
    expect(second.get(article("a.txt", "h1"))).toEqual(result("a"));
    expect(second.get(article("c.txt", "h1"))).toEqual(result("c", "c.txt"));
    expect(second.get(article("b.txt", "h1"))).toBeUndefined();
    expect(await readdir(path.join(cacheDir, "processed"))).toContain("someone-else.json.123.tmp");
  });
});
