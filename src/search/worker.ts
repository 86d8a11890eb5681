/**
 * Worker thread body for src/search/thread.ts: loads, waits for its work, indexes the shards it
 * is given, asking for each shard's entries in turn, and sends back one reply.
 */
import { parentPort } from "node:worker_threads";
import { SearchIndexError } from "./errors.ts";
import { indexShardsOfEntries, type SearchEntry } from "./index.ts";
import { keysAfter, type ShardEntries, type ShardRequest, type StartMessage, type WorkerReply, type WorkerStart } from "./thread.ts";

/** The work, sent once the build has its entries (the thread starts earlier, to load its code). */
let start: WorkerStart;
/** Shard key → its entries, asked for and perhaps not yet here (the first few came with the start). */
const requested = new Map<string, Promise<SearchEntry[]>>();
/** Shard key → who is waiting for its entries. */
const waiting = new Map<string, (entries: SearchEntry[]) => void>();
const started = new Promise<void>((resolve) => {
  parentPort?.on("message", (message: StartMessage | ShardEntries) => {
    if ("start" in message) {
      start = message.start;
      for (const [key, entries] of start.first) requested.set(key, Promise.resolve(entries));
      start.first.clear(); // held by `requested` until used, then let go
      resolve();
      return;
    }
    waiting.get(message.key)?.(message.entries);
    waiting.delete(message.key);
  });
});

function request(key: string): void {
  if (requested.has(key)) return;
  requested.set(key, new Promise((resolve) => waiting.set(key, resolve)));
  parentPort?.postMessage({ want: key } satisfies ShardRequest);
}

/**
 * A shard's entries, the next likely shards' asked for at the same time: the build's thread
 * answers only between its own steps, so the answers should be on their way while this shard is
 * indexed. Beyond what came with the start, at most the shard's and ENTRIES_AHEAD more are held.
 */
function entriesOf(key: string): Promise<SearchEntry[]> {
  request(key);
  for (const next of keysAfter(key, start.likely, start.plan)) request(next);
  const entries = requested.get(key)!;
  requested.delete(key);
  return entries;
}

async function run(): Promise<WorkerReply> {
  try {
    const { first: _first, likely: _likely, ...options } = start;
    return { result: await indexShardsOfEntries({ ...options, entriesOf }) };
  } catch (error) {
    const { message, stack } = error as Error;
    if (error instanceof SearchIndexError) return { failure: { message, ...(stack ? { stack } : {}), shard: error.shard, file: error.file, search: true } };
    return { failure: { message: message ?? String(error), ...(stack ? { stack } : {}), search: false } };
  }
}

await started;
parentPort?.postMessage(await run());
