/**
 * Worker thread body for src/search/thread.ts: indexes the shards it was started with, asking
 * for each shard's entries in turn, and sends back one reply.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexError } from "./errors.ts";
import { indexShardsOfEntries, type SearchEntry } from "./index.ts";
import type { ShardRequest, WorkerReply, WorkerStart } from "./thread.ts";

/** Shard key → who is waiting for its entries. */
const waiting = new Map<string, (entries: SearchEntry[]) => void>();
parentPort?.on("message", ({ key, entries }: { key: string; entries: SearchEntry[] }) => {
  waiting.get(key)?.(entries);
  waiting.delete(key);
});

function entriesOf(key: string): Promise<SearchEntry[]> {
  return new Promise((resolve) => {
    waiting.set(key, resolve);
    parentPort?.postMessage({ want: key } satisfies ShardRequest);
  });
}

async function run(): Promise<WorkerReply> {
  try {
    return { result: await indexShardsOfEntries({ ...(workerData as WorkerStart), entriesOf }) };
  } catch (error) {
    const { message, stack } = error as Error;
    if (error instanceof SearchIndexError) return { failure: { message, ...(stack ? { stack } : {}), shard: error.shard, file: error.file, search: true } };
    return { failure: { message: message ?? String(error), ...(stack ? { stack } : {}), search: false } };
  }
}

parentPort?.postMessage(await run());
