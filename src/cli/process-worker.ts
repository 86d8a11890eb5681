/**
 * Worker thread body: loads the references once, then processes the articles it is sent,
 * storing each result in the cache file given for it. Messages: in a WorkerShare; out
 * `{ results }` every few articles (so that neither thread holds a second copy of all the
 * results), then `{ times }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeProcessed } from "./cache.ts";
import type { WorkerShare } from "./parallel.ts";
import { loadReferences } from "./references.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type StageTimes } from "./process.ts";

const references = loadReferences(workerData as ProjectPaths);
const CHUNK = 50;

parentPort?.on("message", ({ articles, cacheFiles }: WorkerShare) => {
  const times: StageTimes = { clean: 0, extract: 0, date: 0 };
  for (let start = 0; start < articles.length; start += CHUNK) {
    const results = articles.slice(start, start + CHUNK).map((article) => processArticle(article, references, times));
    parentPort?.postMessage({ results });
    if (cacheFiles) results.forEach((result, i) => writeProcessed(cacheFiles[start + i]!, result));
  }
  parentPort?.postMessage({ times });
});
