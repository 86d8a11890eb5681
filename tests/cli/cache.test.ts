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
  return { clean: { article: article(source, "h1"), headline: label }, extraction: {}, date: {} } as unknown as ProcessedArticle;
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
    expect(await store.get(article("a.txt", "h1"))).toEqual(result("one"));
    expect(await store.get(article("a.txt", "h2"))).toBeUndefined();
    expect(await store.get(article("b.txt", "h1"))).toBeUndefined();
  });

  test("stores a result without its article, and gives it back with the article asked with", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    const asked = article("a.txt", "h1");
    await store.set(asked, result("one"));
    const [file] = await readdir(path.join(cacheDir, "processed"));
    expect(await readFile(path.join(cacheDir, "processed", file!), "utf8")).toBe('{"clean":{"headline":"one"},"extraction":{},"date":{}}');
    expect((await store.get(asked))!.clean.article).toBe(asked);
    expect(await store.get(article("b.txt", "h1"))).toBeUndefined();
  });

  test("finds its results again after the project moved to another folder", async () => {
    const { cacheDir, reference } = await setup();
    const moved = await mkdtemp(path.join(tmpdir(), "timeline-moved-"));
    await cp(srcDir, path.join(moved, "src"), { recursive: true });
    await cp(reference, path.join(moved, "reference"), { recursive: true });
    await (await ProcessedStore.open(cacheDir, srcDir, reference)).set(article("a.txt", "h1"), result("one"));
    const store = await ProcessedStore.open(cacheDir, path.join(moved, "src"), path.join(moved, "reference"));
    expect(await store.get(article("a.txt", "h1"))).toEqual(result("one"));
  });

  test("misses everything once the reference data changes", async () => {
    const { cacheDir, reference } = await setup();
    await (await ProcessedStore.open(cacheDir, srcDir, reference)).set(article("a.txt", "h1"), result("one"));
    await writeFile(path.join(reference, "aliases.yaml"), "people: { X: [Y] }\n");
    expect(await (await ProcessedStore.open(cacheDir, srcDir, reference)).get(article("a.txt", "h1"))).toBeUndefined();
  });

  test("treats a torn file as a miss", async () => {
    const { cacheDir, reference } = await setup();
    const store = await ProcessedStore.open(cacheDir, srcDir, reference);
    await store.set(article("a.txt", "h1"), result("one"));
    const [file] = await readdir(path.join(cacheDir, "processed"));
    await writeFile(path.join(cacheDir, "processed", file!), '{"clean": {');
    expect(await store.get(article("a.txt", "h1"))).toBeUndefined();
  });

  test("prune removes the results the build did not use, and files being written", async () => {
    const { cacheDir, reference } = await setup();
    const first = await ProcessedStore.open(cacheDir, srcDir, reference);
    await first.set(article("a.txt", "h1"), result("a"));
    await first.set(article("b.txt", "h1"), result("b", "b.txt"));
    const second = await ProcessedStore.open(cacheDir, srcDir, reference);
    expect(await second.get(article("a.txt", "h1"))).toEqual(result("a"));
    await second.set(article("c.txt", "h1"), result("c", "c.txt"));
    await writeFile(path.join(cacheDir, "processed", "someone-else.json.123.tmp"), "");
    expect(await second.prune()).toBe(1);
    expect(await second.get(article("a.txt", "h1"))).toEqual(result("a"));
    expect(await second.get(article("c.txt", "h1"))).toEqual(result("c", "c.txt"));
    expect(await second.get(article("b.txt", "h1"))).toBeUndefined();
    expect(await readdir(path.join(cacheDir, "processed"))).toContain("someone-else.json.123.tmp");
  });
});
