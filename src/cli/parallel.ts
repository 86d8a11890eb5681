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
import { progress, type Progress } from "./progress.ts";

/** Below this many articles, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 400;

export async function processAll(
  articles: readonly Article[],
  paths: ProjectPaths,
  references: () => References,
  times: StageTimes,
): Promise<ProcessedArticle[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(articles.length / (PARALLEL_THRESHOLD / 2)));
  const shown = progress("Reading articles (clean, extract, date)", articles.length);
  if (articles.length < PARALLEL_THRESHOLD || threads < 2) {
    const loaded = references();
    const results = articles.map((article) => {
      shown.advance(1);
      return processArticle(article, loaded, times);
    });
    shown.finish();
    return results;
  }
  const share = Math.ceil(articles.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => articles.slice(index * share, (index + 1) * share));
  const results = await Promise.all(slices.map((slice) => processInWorker(slice, paths, times, shown)));
  shown.finish();
  return results.flat();
}

function processInWorker(articles: Article[], paths: ProjectPaths, times: StageTimes, shown: Progress): Promise<ProcessedArticle[]> {
  // `--import tsx` does not reach worker threads on Node 20: register tsx in the worker first.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL("./process-worker.ts", import.meta.url).href)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: paths });
  const results: ProcessedArticle[] = [];
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: { results: ProcessedArticle[] } | { times: StageTimes }) => {
      if ("results" in message) {
        results.push(...message.results);
        shown.advance(message.results.length);
        return;
      }
      // Stage times add up across threads: CPU time, not wall time.
      times.clean += message.times.clean;
      times.extract += message.times.extract;
      times.date += message.times.date;
      void worker.terminate();
      resolve(results);
    });
    worker.postMessage({ articles });
  });
}
