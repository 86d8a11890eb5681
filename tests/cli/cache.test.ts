/**
 * The processing cache: a result is found again only for the same article, reference data and
 * stage code; a torn pack is a miss; pruning keeps exactly what the last build used, and keeps
 * the packs few.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, stat, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PackWriter, packedResult, ProcessedStore, unpackedResult } from "../../src/cli/cache.ts";
import type { ProcessedArticle } from "../../src/entries/index.ts";
import type { Article } from "../../src/model.ts";

const srcDir = path.resolve(import.meta.dirname, "../../src");

function article(source: string, contentHash: string): Article {
  return { source, contentHash } as Article;
}

/** A result made from the article `source` (content "h1"), as processing gives it. */
function result(label: string, source = "a.txt"): ProcessedArticle {
  const none = { people: [], places: [], organizations: [], figures: [], outlet: null };
  return { clean: { article: article(source, "h1"), headline: label, body: [] }, extraction: none, date: {}, fingerprint: [] } as unknown as ProcessedArticle;
}

async function setup() {
  const temp = await mkdtemp(path.join(tmpdir(), "timeline-cache-"));
  const reference = path.join(temp, "reference");
  await mkdir(reference);
  await writeFile(path.join(reference, "aliases.yaml"), "people: {}\n");
  return { cacheDir: path.join(temp, "cache"), reference };
}

/** The pack files in the cache, by name. */
async function packs(cacheDir: string): Promise<string[]> {
  return (await readdir(path.join(cacheDir, "processed"))).filter((name) => name.endsWith(".pack")).sort();
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
    const [file] = await packs(cacheDir);
    expect(JSON.parse(await readFile(path.join(cacheDir, "processed", file!), "utf8")).clean).toEqual({ headline: "one", body: [] });
    expect(store.get(asked)!.clean.article).toBe(asked);
    expect(store.get(article("b.txt", "h1"))).toBeUndefined();
  });

  test("stores each sentence once, however many people, places, organisations and figures quote it, as its place when it is in the body", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const talks = "Yossi Novak met officials in Amman on Monday as talks advanced.";
    const vigil = "Families held a vigil in Tel Aviv for the 101 hostages.";
    const processed = result("one");
    // The body holds the first sentence (stored as where it lies), not the second (stored as text).
    processed.clean.body = [{ kind: "subhead", text: "Talks" }, { kind: "paragraph", text: `Talks went on. ${talks} Nothing was signed.` }];
    processed.extraction = {
      people: [{ name: "Yossi Novak", mentions: ["Yossi Novak"], sentences: [talks] }],
      places: [{ name: "Amman", mentions: ["Amman"], kind: "city", country: "JO", lat: 31.95522, lon: 35.94503, sentences: [talks] }, { name: "Tel Aviv", mentions: ["Tel Aviv"], kind: "city", sentences: [vigil, talks] }],
      organizations: [],
      figures: [{ value: 101, text: "101 hostages", counts: "hostages", sentence: vigil }],
      outlet: "Reuters",
    };
    await store.set(article("a.txt", "h1"), processed);
    const [file] = await packs(cacheDir);
    const text = await readFile(path.join(cacheDir, "processed", file!), "utf8");
    expect(text.split(talks)).toHaveLength(2);
    expect(text.split(vigil)).toHaveLength(2);
    expect(store.get(article("a.txt", "h1"))).toEqual(processed);
  });

  test("a worker's packed result (what it stores and sends) unpacks with the article given, and is what the pack holds", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const processed = result("one");
    processed.clean.body = [{ kind: "paragraph", text: "Talks went on in Doha on Monday. Nothing was signed." }];
    processed.extraction.places = [{ name: "Doha", mentions: ["Doha"], kind: "city", sentences: ["Talks went on in Doha on Monday."] }];
    const packed = packedResult(processed);
    const asked = article("a.txt", "h1");
    expect(unpackedResult(packed, asked)).toEqual(processed);
    expect(unpackedResult(packed, asked).clean.article).toBe(asked);
    expect(() => unpackedResult(packed.slice(0, -1), asked)).toThrow();
    const writer = new PackWriter(store.newPack());
    store.record(asked, writer.append(packed));
    writer.close();
    const [file] = await packs(cacheDir);
    expect(await readFile(path.join(cacheDir, "processed", file!), "utf8")).toBe(packed);
    expect(store.get(asked)).toEqual(processed);
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

  test("treats a torn pack as a miss, and forgets the result", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    await store.set(article("a.txt", "h1"), result("one"));
    const [file] = await packs(cacheDir);
    await truncate(path.join(cacheDir, "processed", file!), 10);
    const reopened = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(reopened.has(article("a.txt", "h1"))).toBe(true);
    expect(reopened.get(article("a.txt", "h1"))).toBeUndefined();
    expect(reopened.has(article("a.txt", "h1"))).toBe(false);
  });

  test("a result stored by a thread is found once recorded and saved, by this store and the next", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const writer = new PackWriter(store.newPack());
    const spans = [writer.append(result("a")), writer.append(result("b", "b.txt"))];
    writer.close();
    expect((await ProcessedStore.open(cacheDir, srcDir, reference)).has(article("a.txt", "h1"))).toBe(false);
    store.record(article("a.txt", "h1"), spans[0]!);
    store.record(article("b.txt", "h1"), spans[1]!);
    expect(store.get(article("b.txt", "h1"))).toEqual(result("b", "b.txt"));
    await store.save();
    const next = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(next.get(article("a.txt", "h1"))).toEqual(result("a"));
    expect(next.get(article("b.txt", "h1"))).toEqual(result("b", "b.txt"));
    expect(await packs(cacheDir)).toHaveLength(1);
  });

  test("prune removes the results the build did not use, and packs left empty, but not files being written", async () => {
    const { cacheDir, reference } = await setup();
    const first = await ProcessedStore.open(cacheDir, srcDir, reference);
    await first.set(article("a.txt", "h1"), result("a"));
    await first.set(article("b.txt", "h1"), result("b", "b.txt"));
    const second = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(second.get(article("a.txt", "h1"))).toEqual(result("a"));
    await second.set(article("c.txt", "h1"), result("c", "c.txt"));
    const processed = path.join(cacheDir, "processed");
    // Another build's files, being written: a temporary file and a pack not in the index yet.
    await writeFile(path.join(processed, "someone-else.json.123.tmp"), "");
    await writeFile(path.join(processed, "someone-else.pack"), "{}");
    // A pack an interrupted build left long ago, and a result in the layout of earlier versions.
    await writeFile(path.join(processed, "abandoned.pack"), "{}");
    const longAgo = new Date(Date.now() - 24 * 3600 * 1000);
    await utimes(path.join(processed, "abandoned.pack"), longAgo, longAgo);
    await writeFile(path.join(processed, `${"0".repeat(64)}.json`), "{}");
    expect(await second.prune()).toBe(1);
    expect(second.get(article("a.txt", "h1"))).toEqual(result("a"));
    expect(second.get(article("c.txt", "h1"))).toEqual(result("c", "c.txt"));
    expect(second.get(article("b.txt", "h1"))).toBeUndefined();
    const left = await readdir(processed);
    expect(left).toContain("someone-else.json.123.tmp");
    expect(left).toContain("someone-else.pack");
    expect(left).not.toContain("abandoned.pack");
    expect(left).not.toContain(`${"0".repeat(64)}.json`);
    const third = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(third.get(article("a.txt", "h1"))).toEqual(result("a"));
    expect(third.has(article("b.txt", "h1"))).toBe(false);
  });

  test("prune copies the results of a mostly unused pack into a new one", async () => {
    const { cacheDir, reference } = await setup();
    const first = await ProcessedStore.open(cacheDir, srcDir, reference);
    const writer = new PackWriter(first.newPack());
    const sources = ["a.txt", "b.txt", "c.txt"];
    for (const source of sources) first.record(article(source, "h1"), writer.append(result(source, source)));
    writer.close();
    await first.save();
    const [old] = await packs(cacheDir);
    const oldSize = (await stat(path.join(cacheDir, "processed", old!))).size;
    const second = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(second.get(article("b.txt", "h1"))).toEqual(result("b.txt", "b.txt"));
    expect(await second.prune()).toBe(2);
    const [copy, ...others] = await packs(cacheDir);
    expect(others).toEqual([]);
    expect(copy).not.toBe(old);
    expect((await stat(path.join(cacheDir, "processed", copy!))).size).toBeLessThan(oldSize / 2);
    expect((await ProcessedStore.open(cacheDir, srcDir, reference)).get(article("b.txt", "h1"))).toEqual(result("b.txt", "b.txt"));
  });

  test("prune drops a result it cannot copy (its pack cut short meanwhile) and goes on", async () => {
    const { cacheDir, reference } = await setup();
    const first = await ProcessedStore.open(cacheDir, srcDir, reference);
    const writer = new PackWriter(first.newPack());
    for (const source of ["a.txt", "b.txt", "c.txt"]) first.record(article(source, "h1"), writer.append(result(source, source)));
    writer.close();
    await first.save();
    const second = await ProcessedStore.open(cacheDir, srcDir, reference);
    second.get(article("c.txt", "h1"));
    const [pack] = await packs(cacheDir);
    // Cut inside c.txt's result, the last one.
    const file = path.join(cacheDir, "processed", pack!);
    await truncate(file, (await stat(file)).size - 10);
    // c.txt alone is used: the pack is mostly unused, so prune copies c.txt, which is no longer
    // whole. It drops it with the two unused ones.
    expect(await second.prune()).toBe(3);
    const third = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(third.has(article("c.txt", "h1"))).toBe(false);
    expect(await packs(cacheDir)).not.toContain(pack);
  });

  test("prune copies many small packs into one", async () => {
    const { cacheDir, reference } = await setup();
    const sources = Array.from({ length: 12 }, (_, i) => `${i}.txt`);
    // One build per article, each storing its one result in a pack of its own.
    for (const [i, source] of sources.entries()) {
      const store = await ProcessedStore.open(cacheDir, srcDir, reference);
      for (const earlier of sources.slice(0, i)) store.get(article(earlier, "h1"));
      await store.set(article(source, "h1"), result(source, source));
      await store.prune();
    }
    expect((await packs(cacheDir)).length).toBeLessThanOrEqual(9);
    const last = await ProcessedStore.open(cacheDir, srcDir, reference);
    for (const source of sources) expect(last.get(article(source, "h1"))).toEqual(result(source, source));
  });
});
