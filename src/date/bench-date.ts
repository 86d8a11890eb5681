/**
 * `node --import tsx src/date/bench-date.ts [--articles N] [--seed S] [--rounds R]`: the date stage
 * alone on the synthetic benchmark corpus (src/cli/corpus.ts), cleaned beforehand: the first
 * article's time (warm-up: regexes compiled, chrono's first parse) and the best warm round in
 * milliseconds per article and MB/s. For measuring the engine; no part of the build uses it.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cleanArticle } from "../clean/index.ts";
import { sentencePool, syntheticArticles } from "../cli/corpus.ts";
import type { CleanArticle } from "../model.ts";
import { parseArticle } from "../read/index.ts";
import { dateArticle } from "./index.ts";
import { loadStory } from "./story.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "300" }, seed: { type: "string", default: "1" }, rounds: { type: "string", default: "5" } } });
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const pool = await sentencePool(projectRoot);
const cleans: CleanArticle[] = syntheticArticles(Number(values.articles), Number(values.seed), pool).map(({ fileName, text }) => {
  const article = parseArticle(new TextEncoder().encode(text), `corpus/${fileName}`);
  if (Array.isArray(article)) throw new Error(`${fileName}: ${article[0]!.reason}`);
  return cleanArticle(article);
});
const bytes = cleans.reduce((sum, clean) => sum + Buffer.byteLength(clean.article.text), 0);
const story = loadStory(path.join(projectRoot, "content/reference/story.yaml"));

let start = performance.now();
dateArticle(cleans[0]!, story);
const firstMs = performance.now() - start;
let bestMs = Number.POSITIVE_INFINITY;
for (let round = 0; round < Number(values.rounds); round++) {
  start = performance.now();
  for (const clean of cleans) dateArticle(clean, story);
  bestMs = Math.min(bestMs, performance.now() - start);
}
console.log(
  `${cleans.length} articles, ${(bytes / cleans.length / 1024).toFixed(1)} KB each on average: ` +
    `first article ${firstMs.toFixed(0)} ms; warm ${(bestMs / cleans.length).toFixed(2)} ms per article, ${(bytes / 1e6 / (bestMs / 1000)).toFixed(2)} MB/s`,
);
