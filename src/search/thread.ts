/**
 * The search stage on a thread of its own (src/search/worker.ts): it renders the entries' search
 * documents and indexes them while this thread goes on (a build renders the site with Eleventy
 * meanwhile), so Pagefind and Eleventy use two cores. The thread is told the shards up front
 * (with the documents' fingerprints, when known) and asks for a shard's entries only when it
 * needs them, so it never holds a copy of them all (near 200 MB at 10,000 entries). Failures come back as the same errors `indexSearch` throws.
 */
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../tsx-worker.ts";
import { SearchIndexError } from "./errors.ts";
import { indexContext, knownShardFingerprint } from "./fingerprint.ts";
import { MANIFEST_FORMAT } from "./layout.ts";
import { planEntryShards, shardFiles, type IndexEntriesOptions, type PlannedPage, type SearchEntry } from "./index.ts";
import type { SearchShardPlan } from "./plan.ts";
import type { SearchIndexResult } from "./types.ts";

/**
 * What the worker starts with: the options without the entries, the shards' pages, and the
 * entries of the first few shards (so that it can begin before this thread next answers).
 */
export type WorkerStart = Omit<IndexEntriesOptions, "entries" | "fingerprints"> & {
  plan: SearchShardPlan<PlannedPage>;
  first: Map<string, SearchEntry[]>;
  /** The shards it will likely index, in plan order: it asks ahead only for these. */
  likely: string[];
};

/**
 * How many entries the worker asks for ahead of the shard it indexes, and is given at start when
 * it will index many (whole shards, at least one): enough to index on while the build's thread
 * is busy, and bounded, since 1,000 entries hold some 20 MB.
 */
export const ENTRIES_AHEAD = 1000;

/**
 * At start, the worker is given the entries of every shard it will likely index when they add
 * up to at most this many: a rebuild's few changed shards are then all in hand, and none waits
 * for this thread, which answers only between its own steps (working out the site data takes
 * seconds). More than that (a full build), it is given ENTRIES_AHEAD's worth.
 */
export const ENTRIES_AT_START = 3000;

/** The first of `keys` whose pages add up to at most `limit` (at least one). */
export function keysAhead(keys: readonly string[], plan: SearchShardPlan, limit = ENTRIES_AHEAD): string[] {
  const ahead: string[] = [];
  let count = 0;
  for (const key of keys) {
    count += plan.get(key)?.length ?? 0;
    if (ahead.length > 0 && count > limit) break;
    ahead.push(key);
  }
  return ahead;
}

/**
 * The shards to ask for while `key`'s is indexed: those of `likely` (in plan order) that come
 * after it, ENTRIES_AHEAD's worth. Shards that will be reused are not asked for: their entries
 * would be copied to the thread for nothing, by the build's thread, which has better to do.
 */
export function keysAfter(key: string, likely: readonly string[], plan: SearchShardPlan): string[] {
  const order = [...plan.keys()];
  const position = order.indexOf(key);
  return keysAhead(likely.filter((other) => order.indexOf(other) > position), plan);
}

/** The shards whose entries go with the start: all of `likely` if within ENTRIES_AT_START, else ENTRIES_AHEAD's worth. */
export function keysAtStart(likely: readonly string[], plan: SearchShardPlan): string[] {
  const all = keysAhead(likely, plan, ENTRIES_AT_START);
  return all.length === likely.length ? all : keysAhead(likely, plan);
}

/** Asked by the worker: a shard's entries. */
export interface ShardRequest {
  want: string;
}

/** What the worker sends back: the result, or the failure in parts a message can carry. */
export type WorkerReply =
  | { result: SearchIndexResult }
  | { failure: { message: string; stack?: string; shard?: string | null; file?: string | null; search: boolean } };

/**
 * The search thread, started before its work is known so that it loads its code (some 0.8 s of
 * CPU) while the build is still reading articles. It does not keep the process alive until it is
 * given work, so a build that stops before then does not wait for it; `close` ends it.
 */
export class SearchThread {
  private readonly worker: Worker = startTsWorker(new URL("./worker.ts", import.meta.url), null);
  /** Why the thread ended, once it has: its error, else its exit without a reply. */
  private readonly ended: Promise<Error>;
  private used = false;

  constructor() {
    this.worker.unref();
    this.ended = new Promise((resolve) => {
      let failure: Error | undefined;
      this.worker.on("error", (error) => (failure = error));
      this.worker.once("exit", (code) => resolve(failure ?? new SearchIndexError(null, null, `the search thread stopped (exit code ${code}) without a result`)));
    });
  }

  /** Indexes the entries (once per thread); the thread ends with its reply. */
  async index({ entries, fingerprints, ...options }: IndexEntriesOptions): Promise<SearchIndexResult> {
    if (this.used) throw new Error("a search thread indexes once");
    this.used = true;
    const plan = planEntryShards(entries, fingerprints);
    const entriesOf = (key: string) => (plan.get(key) ?? []).map((page) => page.entry);
    // The first shards it will index go with the start, so that it need not wait for this thread.
    const likely = await shardsLikelyIndexed(plan, options);
    const first = new Map(keysAtStart(likely, plan).map((key) => [key, entriesOf(key)]));
    const worker = this.worker;
    worker.ref();
    return new Promise((resolve, reject) => {
      let settled = false;
      // A failure while it loaded, or while it works.
      void this.ended.then((error) => {
        if (!settled) reject(error);
        settled = true;
      });
      worker.on("message", (message: ShardRequest | WorkerReply) => {
        if ("want" in message) {
          worker.postMessage({ key: message.want, entries: entriesOf(message.want) } satisfies ShardEntries);
          return;
        }
        const reply = message;
        settled = true;
        if ("result" in reply) resolve(reply.result);
        else reject(errorOf(reply.failure));
        void worker.terminate();
      });
      worker.postMessage({ start: { ...options, plan: shardFiles(plan), first, likely } } satisfies StartMessage);
    });
  }

  /** Ends the thread if it was never given work (a build that failed first). */
  close(): void {
    if (!this.used) void this.worker.terminate();
  }
}

/** Sent to the worker: its work, once; then each shard's entries it asks for. */
export interface StartMessage {
  start: WorkerStart;
}
export interface ShardEntries {
  key: string;
  entries: SearchEntry[];
}

/**
 * The shards the thread will most likely index, in order: all of them without a previous index;
 * else those whose fingerprint, worked out from the pages' own, differs from the previous one's.
 * Only a guess to send entries ahead: the thread decides, and asks for any other it needs.
 */
async function shardsLikelyIndexed(plan: SearchShardPlan<PlannedPage>, options: Omit<IndexEntriesOptions, "entries" | "fingerprints">): Promise<string[]> {
  const manifest = options.previous?.manifest;
  if (manifest?.format !== MANIFEST_FORMAT) return [...plan.keys()];
  const before = new Map(manifest.shards.map((shard) => [shard.key, shard.fingerprint]));
  const context = await indexContext(options.language);
  return [...plan]
    .filter(([key, pages]) => {
      const fingerprint = knownShardFingerprint(key, pages, context);
      return fingerprint === null || fingerprint !== before.get(key);
    })
    .map(([key]) => key);
}

function errorOf(failure: Extract<WorkerReply, { failure: unknown }>["failure"]): Error {
  if (failure.search) {
    // The message already says which shard and file; rebuild the error with the same parts.
    const error = new SearchIndexError(failure.shard ?? null, failure.file ?? null, "");
    error.message = failure.message;
    if (failure.stack) error.stack = failure.stack;
    return error;
  }
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}
