/**
 * Worker thread body: loads the references once, then processes the articles it is sent.
 * Messages: in `{ articles }`; out `{ results }` every few articles (so that neither thread holds
 * a second copy of all the results), then `{ times }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../model.ts";
import { loadReferences } from "./references.ts";
import type { ProjectPaths } from "./paths.ts";
import { processArticle, type StageTimes } from "./process.ts";

const references = loadReferences(workerData as ProjectPaths);
const CHUNK = 50;

parentPort?.on("message", (message: { articles: Article[] }) => {
  const times: StageTimes = { clean: 0, extract: 0, date: 0 };
  for (let start = 0; start < message.articles.length; start += CHUNK) {
    const results = message.articles.slice(start, start + CHUNK).map((article) => processArticle(article, references, times));
    parentPort?.postMessage({ results });
  }
  parentPort?.postMessage({ times });
});
