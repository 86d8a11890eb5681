/**
 * The search stage: Pagefind indexes each entry's search document (its page's `<article>`, from
 * the same template: src/search/documents.ts), one bundle per period (src/search/plan.ts), which
 * the search page merges in the browser with Pagefind's `mergeIndex`. Filters, metadata and sort
 * keys come from the template's `data-pagefind-*` attributes. The documents need nothing from
 * Eleventy, so a build indexes them on another thread while Eleventy renders (src/search/thread.ts).
 *
 * Given the previous published site and its manifest, a shard whose fingerprint is unchanged
 * is not indexed again: its files are hard-linked from the previous site, or, when the new files
 * will be patched into that site, left where they are. Everything else is
 * indexed shard by shard, so Pagefind's memory holds one shard at a time. The output is the
 * same, byte for byte, whether shards were reused or indexed from scratch.
 */
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import type { IndexFile } from "pagefind";
import { pageFile } from "../site/pages.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { SearchIndexError } from "./errors.ts";
import { indexContext, knownShardFingerprint, sha256, sharedFingerprint, shardFingerprint } from "./fingerprint.ts";
import { allFilesExist, linkFiles, writeNewFiles } from "./files.ts";
import { MANIFEST_FORMAT, SEARCH_DIR, SHARD_LIST_FILE, sharedFilesOf, shardFilesOf, shardListOf } from "./layout.ts";
import { closePagefind, indexShard, pagefindRuntimeFiles } from "./pagefind.ts";
import { planSearchShards, type SearchShardPlan, type ShardedPage } from "./plan.ts";
import { searchDocumentRenderer, type SearchEntry } from "./documents.ts";
import type { SearchDocument, SearchIndexResult, SearchManifest, SearchManifestShard, SearchSource } from "./types.ts";

export { SearchIndexError } from "./errors.ts";
export { SEARCH_DIR } from "./layout.ts";
export { planSearchShards, SHARD_PAGE_LIMIT, type SearchShardPlan, type ShardedPage } from "./plan.ts";
export { searchDocumentRenderer, searchEntryOf, searchFingerprintOf, type SearchEntry } from "./documents.ts";
export { SearchThread } from "./thread.ts";
export type { SearchDocument, SearchIndexResult, SearchManifest, SearchManifestShard, ShardList } from "./types.ts";

export interface IndexSearchOptions {
  /** The new site: the index goes into its `pagefind/` folder; its pages need not exist yet. */
  siteDir: string;
  language: string;
  documents: readonly SearchDocument[];
  /**
   * The previous published site and its manifest; it is only read, never changed. With
   * `patched`, the caller publishes by patching the new files into that site (src/cli/publish.ts),
   * so the files of reused shards stay where they are and nothing is linked into `siteDir`.
   */
  previous?: { siteDir: string; manifest: SearchManifest; patched?: boolean };
}

export interface IndexEntriesOptions extends Omit<IndexSearchOptions, "documents"> {
  entries: readonly SearchEntry[];
  /** The templates folder (its `_includes/entry-article.njk` makes the documents). */
  templatesDir: string;
  /**
   * Each entry's document fingerprint, when the caller can tell cheaply when a document may
   * change (a build: from its entry's key, its links and the render key). Without them, each is
   * the hash of the entry's data and `rendererKey`.
   */
  fingerprints?: readonly string[];
  /**
   * A key that changes whenever the templates or the code rendering them change (a build's
   * render key). Given it, a document's fingerprint is its entry's data plus this key, so only
   * the shards that must be indexed have their documents rendered; without it every document
   * is rendered and fingerprinted by its HTML.
   */
  rendererKey?: string;
}

/** Renders the entries' search documents and indexes them (in this thread; see also src/search/thread.ts). */
export async function indexEntries({ entries, fingerprints, ...options }: IndexEntriesOptions): Promise<SearchIndexResult> {
  const plan = planEntryShards(entries, fingerprints);
  return indexShardsOfEntries({ ...options, plan: shardFiles(plan), entriesOf: async (key) => plan.get(key)!.map((page) => page.entry) });
}

/** A page of a shard, with its document's fingerprint when the caller knows it. */
export type PlannedPage = ShardedPage & { fingerprint?: string };

/** Entries by shard: `planSearchShards` of their pages. */
export function planEntryShards(entries: readonly SearchEntry[], fingerprints?: readonly string[]): SearchShardPlan<PlannedPage & { entry: SearchEntry }> {
  return planSearchShards(
    entries.map((entry, i) => ({ file: pageFile(entry.url), date: entry.date.date, entry, ...(fingerprints ? { fingerprint: fingerprints[i]! } : {}) })),
  );
}

/** A plan as pages alone (what a thread is told of the shards before it asks for their entries). */
export function shardFiles(plan: SearchShardPlan<PlannedPage>): SearchShardPlan<PlannedPage> {
  return new Map([...plan].map(([key, pages]) => [key, pages.map(({ file, date, fingerprint }) => ({ file, date, ...(fingerprint === undefined ? {} : { fingerprint }) }))]));
}

/**
 * Indexes shards planned beforehand, getting each shard's entries only when its turn comes
 * (`entriesOf`), so that no more than one shard's entries need be held at once: the search
 * thread asks the build for them shard by shard (src/search/thread.ts).
 */
export async function indexShardsOfEntries({
  plan,
  entriesOf,
  templatesDir,
  rendererKey,
  ...options
}: Omit<IndexEntriesOptions, "entries" | "fingerprints"> & { plan: SearchShardPlan<PlannedPage>; entriesOf: (key: string) => Promise<readonly SearchEntry[]> }): Promise<SearchIndexResult> {
  const render = searchDocumentRenderer(templatesDir, options.language);
  const sourcesOf = async (key: string): Promise<SearchSource[]> => {
    const entries = await entriesOf(key);
    const known = plan.get(key)!;
    if (rendererKey === undefined) {
      return entries.map((entry) => {
        const document = render(entry);
        return { file: document.file, date: document.date, fingerprint: sha256(document.html), render: () => document.html };
      });
    }
    return entries.map((entry, i) => ({
      file: pageFile(entry.url),
      date: entry.date.date,
      fingerprint: known[i]?.fingerprint ?? sha256(`${rendererKey}\0${JSON.stringify(entry)}`),
      render: () => render(entry).html,
    }));
  };
  return indexSources({ ...options, plan, sourcesOf });
}

export async function indexSearch({ documents, ...options }: IndexSearchOptions): Promise<SearchIndexResult> {
  const plan = planSearchShards(documents.map((document) => ({ file: document.file, date: document.date, document })));
  const sourcesOf = async (key: string): Promise<SearchSource[]> =>
    plan.get(key)!.map(({ document }) => ({ file: document.file, date: document.date, fingerprint: sha256(document.html), render: () => document.html }));
  return indexSources({ ...options, plan, sourcesOf });
}

async function indexSources({
  siteDir,
  language,
  plan,
  sourcesOf,
  previous,
}: Omit<IndexSearchOptions, "documents"> & { plan: SearchShardPlan<PlannedPage>; sourcesOf: (key: string) => Promise<readonly SearchSource[]> }): Promise<SearchIndexResult> {
  if (previous && path.resolve(previous.siteDir) === path.resolve(siteDir)) {
    throw new SearchIndexError(null, null, "the previous site must be another folder than the new one");
  }
  const context = await indexContext(language);
  const searchDir = path.join(siteDir, SEARCH_DIR);
  const reusable = previous?.manifest.format === MANIFEST_FORMAT ? previous : undefined;
  const previousDir = reusable && path.join(reusable.siteDir, SEARCH_DIR);
  const previousShards = new Map(reusable?.manifest.shards.map((shard) => [shard.key, shard]));
  await clearSearchDir(searchDir);

  const shards: SearchManifestShard[] = [];
  const rebuilt: string[] = [];
  const reused: string[] = [];
  // Pagefind's scripts and UI, as the first shard indexed here brought them.
  let runtime: IndexFile[] | undefined;
  try {
    for (const [key, pages] of plan) {
      // Pages whose fingerprints are known decide the shard's without its sources, which are
      // then got only for a shard to index (from the build's thread, when on a thread of its own).
      const known = knownShardFingerprint(key, pages, context);
      let shardSources = known === null ? await sourcesOf(key) : undefined;
      const fingerprint = known ?? shardFingerprint(key, shardSources!, context);
      const before = previousShards.get(key);
      if (previousDir && before?.fingerprint === fingerprint && inFolder(`${key}/`, before.files) && (await allFilesExist(previousDir, before.files))) {
        if (!reusable?.patched) await place(key, () => linkFiles(previousDir, searchDir, before.files));
        shards.push({ ...before });
        reused.push(key);
        continue;
      }
      shardSources ??= await sourcesOf(key);
      const documents = shardSources.map((source) => ({ file: source.file, date: source.date, html: source.render() }));
      const indexed = await indexShard(key, documents, language);
      const files = shardFilesOf(key, indexed.files);
      await place(key, () => writeNewFiles(searchDir, files));
      runtime ??= indexed.files;
      shards.push({ key, fingerprint, pages: indexed.pages, files: files.map((file) => file.path) });
      rebuilt.push(key);
    }

    const shared = { fingerprint: sharedFingerprint(context), files: [] as string[] };
    const before = reusable?.manifest.shared;
    if (previousDir && before?.fingerprint === shared.fingerprint && inFolder("", before.files) && (await allFilesExist(previousDir, before.files))) {
      if (!reusable?.patched) await place(null, () => linkFiles(previousDir, searchDir, before.files));
      shared.files = before.files;
    } else {
      const files = sharedFilesOf(runtime ?? (await pagefindRuntimeFiles(language)));
      await place(null, () => writeNewFiles(searchDir, files));
      shared.files = files.map((file) => file.path).sort(compareCodeUnits);
    }

    const manifest: SearchManifest = { format: MANIFEST_FORMAT, shared, shards: shards.reverse() };
    const list = `${JSON.stringify(shardListOf(manifest))}\n`;
    await place(null, () => writeNewFiles(searchDir, [{ path: SHARD_LIST_FILE, content: Buffer.from(list) }]));
    return { pages: shards.reduce((sum, shard) => sum + shard.pages, 0), manifest, rebuilt, reused };
  } finally {
    await closePagefind();
  }
}

/**
 * A search folder left in the new site (an earlier run into the same folder) is removed whole,
 * so that the index holds exactly this run's files; unlinking never touches a previous site's
 * files. Anything else at that path is left, and writing into it fails.
 */
async function clearSearchDir(searchDir: string): Promise<void> {
  const isDir = await stat(searchDir).then((info) => info.isDirectory(), () => false);
  if (isDir) await rm(searchDir, { recursive: true });
}

/** Whether a manifest's files all lie under `prefix` in the search folder (a damaged manifest links nothing else). */
function inFolder(prefix: string, files: readonly string[]): boolean {
  return files.every((file) => file.startsWith(prefix) && !file.split("/").includes(".."));
}

/** Runs a write or link step, its failure reported with the shard it was for. */
async function place(key: string | null, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    throw new SearchIndexError(key, null, `cannot write the index files: ${(error as Error).message}`);
  }
}
