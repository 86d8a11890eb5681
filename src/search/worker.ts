/**
 * Worker thread body for src/search/thread.ts: renders the search documents of the entries it
 * was started with, indexes them, and sends back one reply.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexError } from "./errors.ts";
import { indexEntries, type IndexEntriesOptions } from "./index.ts";
import type { WorkerReply } from "./thread.ts";

async function run(): Promise<WorkerReply> {
  try {
    return { result: await indexEntries(workerData as IndexEntriesOptions) };
  } catch (error) {
    const { message, stack } = error as Error;
    if (error instanceof SearchIndexError) return { failure: { message, ...(stack ? { stack } : {}), shard: error.shard, file: error.file, search: true } };
    return { failure: { message: message ?? String(error), ...(stack ? { stack } : {}), search: false } };
  }
}

parentPort?.postMessage(await run());
