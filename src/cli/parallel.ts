/**
 * Processes many articles on all cores: worker threads each load the references once and take
 * an equal share. Below a threshold the start-up cost (references loaded per worker) outweighs
 * the gain, so small batches run in this thread.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ProcessedArticle } from "../entries/index.ts";
import type { Article } from "../model.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type References, type StageTimes } from "./process.ts";

/** Below this many articles, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 400;

export async function processAll(
  articles: readonly Article[],
  paths: ProjectPaths,
  references: () => References,
  times: StageTimes,
): Promise<ProcessedArticle[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(articles.length / (PARALLEL_THRESHOLD / 2)));
  if (articles.length < PARALLEL_THRESHOLD || threads < 2) {
    const loaded = references();
    return articles.map((article) => processArticle(article, loaded, times));
  }
  const share = Math.ceil(articles.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => articles.slice(index * share, (index + 1) * share));
  const results = await Promise.all(slices.map((slice) => processInWorker(slice, paths, times)));
  return results.flat();
}

function processInWorker(articles: Article[], paths: ProjectPaths, times: StageTimes): Promise<ProcessedArticle[]> {
  // `--import tsx` does not reach worker threads on Node 20: register tsx in the worker first.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL("./process-worker.ts", import.meta.url).href)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: paths });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (message: { results: ProcessedArticle[]; times: StageTimes }) => {
      // Stage times add up across threads: CPU time, not wall time.
      times.clean += message.times.clean;
      times.extract += message.times.extract;
      times.date += message.times.date;
      void worker.terminate();
      resolve(message.results);
    });
    worker.postMessage({ articles });
  });
}
