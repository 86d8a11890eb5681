/**
 * Worker thread body: loads the references once, then processes the articles it is sent,
 * storing each result in the pack given for them. Messages: in a WorkerShare; out
 * `{ results, spans }` every few articles (so that neither thread holds a second copy of all the
 * results), then `{ times }` (WorkerMessage).
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { PackWriter, packedResult } from "./cache.ts";
import type { WorkerMessage, WorkerShare } from "./parallel.ts";
import { loadReferences } from "./references.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type StageTimes } from "./process.ts";

const references = loadReferences(workerData as ProjectPaths);
const CHUNK = 50;

/**
 * Each article leaves garbage in the old generation (what lived through a few young-generation
 * collections while it was processed), which V8 left uncollected until the heap was more than
 * twice the references' size: at 10,000 articles, each worker's heap grew to 0.4 GB, mostly
 * garbage, at the very moment the build holds every entry (its memory peak). Collected whenever
 * the heap has grown by this much, when the process allows it (`node --expose-gc`, as
 * `npm run build` runs): at 10,000 articles, two collections per worker of 0.1 s each.
 */
const GROWTH_BEFORE_COLLECTING = 96 << 20;
const collectGarbage = (globalThis as { gc?: () => void }).gc;
let collectedAt = getHeapStatistics().used_heap_size;

function collectIfGrown(): void {
  if (!collectGarbage || getHeapStatistics().used_heap_size - collectedAt < GROWTH_BEFORE_COLLECTING) return;
  collectGarbage();
  collectedAt = getHeapStatistics().used_heap_size;
}

parentPort?.on("message", ({ articles, pack }: WorkerShare) => {
  const times: StageTimes = { clean: 0, extract: 0, date: 0 };
  const writer = pack === undefined ? undefined : new PackWriter(pack);
  for (let start = 0; start < articles.length; start += CHUNK) {
    const results = articles.slice(start, start + CHUNK).map((article) => packedResult(processArticle(article, references, times)));
    parentPort?.postMessage({ results, ...(writer ? { spans: results.map((result) => writer.append(result)) } : {}) } satisfies WorkerMessage);
    collectIfGrown();
  }
  writer?.close();
  parentPort?.postMessage({ times } satisfies WorkerMessage);
});
