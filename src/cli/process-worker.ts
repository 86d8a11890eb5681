/**
 * Worker thread body: loads the references once, then processes the articles it is sent.
 * Messages: in `{ articles }`; out `{ done }` every few articles, then `{ results, times }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../model.ts";
import { loadReferences } from "./references.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type StageTimes } from "./process.ts";

const references = loadReferences(workerData as ProjectPaths);
const PROGRESS_EVERY = 50;

parentPort?.on("message", (message: { articles: Article[] }) => {
  const times: StageTimes = { clean: 0, extract: 0, date: 0 };
  const results = message.articles.map((article, index) => {
    if (index > 0 && index % PROGRESS_EVERY === 0) parentPort?.postMessage({ done: PROGRESS_EVERY });
    return processArticle(article, references, times);
  });
  parentPort?.postMessage({ results, times });
});
