/**
 * Processing on worker threads gives the same results, in the same order, as processing in this
 * thread (the workers send their results back in chunks), and stores each in the cache.
 */
import { describe, expect, test } from "vitest";
import "../support/eleventy.ts"; // registers tsx, which the workers need too
import { sentencePool, syntheticArticles } from "../../src/cli/corpus.ts";
import { PARALLEL_THRESHOLD, processAll } from "../../src/cli/parallel.ts";
import { projectPaths } from "../../src/cli/paths.ts";
import { processArticle } from "../../src/cli/process.ts";
import { loadReferences } from "../../src/cli/references.ts";
import { parseArticle } from "../../src/read/index.ts";
import type { Article } from "../../src/model.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ProcessedStore } from "../../src/cli/cache.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("processAll", () => {
  test("above the threshold matches processing one by one", { timeout: 120_000 }, async () => {
    const paths = projectPaths(root);
    const texts = syntheticArticles(PARALLEL_THRESHOLD + 30, 3, await sentencePool(root));
    const articles = texts.map(({ fileName, text }) => parseArticle(new TextEncoder().encode(text), `bench/${fileName}`) as Article);
    const references = loadReferences(paths);
    const times = { clean: 0, extract: 0, date: 0 };
    const cacheDir = await mkdtemp(path.join(tmpdir(), "parallel-cache-"));
    try {
      const store = await ProcessedStore.open(cacheDir, path.join(root, "src"), paths.reference);
      const parallel = await processAll(articles, paths, () => references, times, { cache: store });
      expect(parallel).toHaveLength(articles.length);
      expect(parallel).toEqual(articles.map((article) => processArticle(article, references)));
      expect(times.extract).toBeGreaterThan(0);
      const stored = articles.map((article) => store.get(article));
      expect(stored).toEqual(parallel);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
