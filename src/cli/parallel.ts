/**
 * Processes many articles on all cores: worker threads each load the references once and take
 * an equal share. Below a threshold the start-up cost (references loaded per worker) outweighs
 * the gain, so small batches run in this thread, unless the caller has other work to do
 * meanwhile (`beside`). Given the cache, the thread that makes a result also stores it, in a
 * pack of its own, and the cache records where. Given `keep`, each result is turned into what
 * the caller keeps of it as it arrives, and the result let go.
 */
import { availableParallelism } from "node:os";
import type { ProcessedArticle } from "../entries/index.ts";
import type { Article } from "../model.ts";
import { startTsWorker } from "../tsx-worker.ts";
import { PackWriter, unpackedResult, type ProcessedStore, type Span } from "./cache.ts";
import type { ProjectPaths } from "./paths.ts";
import type { References, StageTimes } from "./process.ts";
import { progress, type Progress } from "./progress.ts";

/** Below this many articles, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 400;

export interface ProcessOptions<T> {
  /** Where to store each article's result. */
  cache?: ProcessedStore;
  /** What the caller keeps of each result. */
  keep?: (processed: ProcessedArticle) => T;
  /**
   * This thread has other work to do until the results are needed (reading the cached ones):
   * process on another thread, however few the articles.
   */
  beside?: boolean;
}

export async function processAll<T = ProcessedArticle>(
  articles: readonly Article[],
  paths: ProjectPaths,
  references: () => References | Promise<References>,
  times: StageTimes,
  { cache, keep = (processed) => processed as T, beside = false }: ProcessOptions<T> = {},
): Promise<T[]> {
  if (articles.length === 0) return [];
  // At least one: there is at least one article.
  const threads = Math.min(availableParallelism(), Math.ceil(articles.length / (PARALLEL_THRESHOLD / 2)));
  const shown = progress("Reading articles (clean, extract, date)", articles.length);
  if (!beside && (articles.length < PARALLEL_THRESHOLD || threads < 2)) {
    // Loaded here, not at start-up: the stages' code and data take most of a second to load,
    // which a build whose articles are all cached need not spend.
    const [{ processArticle }, loaded] = await Promise.all([import("./process.ts"), references()]);
    const results: T[] = [];
    const writer = cache && new PackWriter(cache.newPack());
    try {
      for (const article of articles) {
        const result = processArticle(article, loaded, times);
        if (writer) cache!.record(article, writer.append(result));
        results.push(keep(result));
        shown.advance(1);
      }
    } finally {
      writer?.close();
    }
    shown.finish();
    return results;
  }
  const share = Math.ceil(articles.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => ({
    articles: articles.slice(index * share, (index + 1) * share),
    ...(cache ? { pack: cache.newPack() } : {}),
  }));
  const results = await Promise.all(slices.map((slice) => processInWorker(slice, paths, times, shown, keep, cache)));
  shown.finish();
  return results.flat();
}

/** What a worker is sent: its articles, and the pack to store their results in. */
export interface WorkerShare {
  articles: Article[];
  pack?: string;
}

/**
 * What a worker sends: results in the order of its articles, packed as the cache stores them
 * (src/cli/cache.ts: packedResult), with where each was stored; at the end, its stage times.
 * Packed, a result is one string to copy between threads instead of thousands of objects, and,
 * unpacked, it quotes its sentences as slices of its body, as a result read from the cache does,
 * rather than as copies.
 */
export type WorkerMessage = { results: string[]; spans?: Span[] } | { times: StageTimes };

function processInWorker<T>(
  share: WorkerShare,
  paths: ProjectPaths,
  times: StageTimes,
  shown: Progress,
  keep: (processed: ProcessedArticle) => T,
  cache: ProcessedStore | undefined,
): Promise<T[]> {
  const worker = startTsWorker(new URL("./process-worker.ts", import.meta.url), paths);
  const results: T[] = [];
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: WorkerMessage) => {
      if ("results" in message) {
        const first = results.length;
        message.spans?.forEach((span, i) => cache?.record(share.articles[first + i]!, span));
        message.results.forEach((packed, i) => results.push(keep(unpackedResult(packed, share.articles[first + i]!))));
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
    worker.postMessage(share);
  });
}
