/**
 * Worker thread body: loads the references once, then processes the articles it is sent,
 * storing each result in the pack given for them. Messages: in a WorkerShare; out
 * `{ results, spans }` every few articles (so that neither thread holds a second copy of all the
 * results), then `{ times }` (WorkerMessage).
 */
import { parentPort, workerData } from "node:worker_threads";
import { PackWriter, packedResult } from "./cache.ts";
import type { WorkerMessage, WorkerShare } from "./parallel.ts";
import { loadReferences } from "./references.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type StageTimes } from "./process.ts";

const references = loadReferences(workerData as ProjectPaths);
const CHUNK = 50;

parentPort?.on("message", ({ articles, pack }: WorkerShare) => {
  const times: StageTimes = { clean: 0, extract: 0, date: 0 };
  const writer = pack === undefined ? undefined : new PackWriter(pack);
  for (let start = 0; start < articles.length; start += CHUNK) {
    const results = articles.slice(start, start + CHUNK).map((article) => packedResult(processArticle(article, references, times)));
    parentPort?.postMessage({ results, ...(writer ? { spans: results.map((result) => writer.append(result)) } : {}) } satisfies WorkerMessage);
  }
  writer?.close();
  parentPort?.postMessage({ times } satisfies WorkerMessage);
});
