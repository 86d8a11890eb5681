/**
 * `npm run build`: articles → entries → Eleventy → Pagefind → `_site/`, published atomically.
 * Every input is checked first and all problems are reported together; on any failure the
 * previous `_site/` stays as it was and the process exits non-zero. A rebuild renders only the
 * pages whose data changed and patches them into the published site (src/cli/incremental.ts).
 * This file makes the entries; src/cli/site-stage.ts the rest.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { draftEntry, entryKeys, finishEntries, writeEntries, type EntryDraft } from "../entries/index.ts";
import type { Article, Entry } from "../model.ts";
import { mapInTurns } from "../map-in-turns.ts";
import { discoverArticles, formatProblem, InputError, readArticleFiles, type InputProblem } from "../read/index.ts";
import { ProcessedStore } from "./cache.ts";
import { projectPaths, type ProjectPaths } from "./paths.ts";
import { processAll } from "./parallel.ts";
import type { References, StageTimes } from "./process.ts";
import { summarise, type BuildReport } from "./report.ts";
import type { BuildTimes, SiteSetup } from "./site-stage.ts";

export interface BuildOptions {
  projectRoot: string;
  /** Where the site goes; default `<root>/_site`. */
  outDir?: string;
  /** Where derived files go (entries, report); default `<root>/.timeline`. */
  workDir?: string;
  /** Where the articles are; default `<root>/content/articles`. */
  articlesDir?: string;
}

export type { BuildReport } from "./report.ts";

/** What `--json` prints: one line, for the benchmark (src/cli/bench.ts). */
export interface BuildJsonLine {
  times: BuildReport["times"];
  entries: number;
  changed: number;
  rendered: number;
  searchShards: BuildReport["searchShards"];
  /** This process's peak memory. */
  maxRssKb: number;
}

/**
 * Read → clean → extract → date → entries (written to disk), for a process that keeps its
 * references between builds (`npm run dev`): new articles are processed on this thread. Stops on
 * any input problem.
 */
export async function buildEntriesFromArticles(
  paths: ProjectPaths,
  times: StageTimes & { read: number; entries: number },
  references: () => References | Promise<References> = () => loadReferencesLazily(paths),
  cache?: ProcessedStore,
) {
  const made = await makeEntries(paths, times, references, cache, true);
  const started = performance.now();
  const written = await writeEntries(made.entries, paths.entries, await entryKeys(made.entries, made.origins));
  times.entries += performance.now() - started;
  return { ...made, written };
}

/**
 * Read → clean → extract → date → entries, not yet written; with each source's origin (what
 * its entry depends on, for src/entries: writeEntries) when a cache is given. The articles the
 * cache has no result for are processed on other threads while this one reads the cached
 * results, unless `processHere` (a process that has the references loaded already). `meanwhile`
 * is called once that processing has started.
 */
async function makeEntries(
  paths: ProjectPaths,
  times: StageTimes & { read: number; entries: number },
  references: () => References | Promise<References>,
  cache: ProcessedStore | undefined,
  processHere = false,
  meanwhile?: () => unknown,
) {
  let started = performance.now();
  const discovered = await discoverArticles(paths.articles, paths.root);
  const { articles, problems } = await readArticleFiles(discovered.articles, paths.root);
  if (problems.length > 0) throw new InputError(problems);
  // References load lazily: a build where every article is cached never reads the gazetteer.
  const loadOnce = once(references);
  const processBatch = (batch: readonly Article[], beside: boolean) =>
    processAll(batch, paths, loadOnce, times, { ...(cache ? { cache } : {}), keep: draftEntry, beside });
  const missing = cache ? articles.filter((article) => !cache.has(article)) : articles;
  const processing = processBatch(missing, !processHere && missing.length < articles.length);
  // Awaited below; a failure while the cache is read must not count as unhandled.
  processing.catch(() => undefined);
  meanwhile?.();
  // Reading the cached results counts as reading. Each becomes its entry draft at once, so the
  // results of 10,000 articles are never all held (src/entries: draftEntry).
  const drafts = new Map<Article, EntryDraft | InputProblem>();
  if (cache) {
    const toProcess = new Set(missing);
    await mapInTurns(articles, (article) => {
      const hit = toProcess.has(article) ? undefined : cache.get(article);
      if (hit) drafts.set(article, draftEntry(hit));
    });
  }
  const fromCache = new Set(drafts.keys());
  cache?.release();
  times.read += performance.now() - started;
  const made = await processing;
  missing.forEach((article, index) => drafts.set(article, made[index]!));
  // A stored result that could not be read (a torn write of an interrupted build) is made again.
  const unread = articles.filter((article) => !drafts.has(article));
  (await processBatch(unread, false)).forEach((draft, index) => drafts.set(unread[index]!, draft));
  // Where the new results lie is recorded now: a build failing later keeps them.
  await cache?.save();
  started = performance.now();
  const entries = finishEntries(articles.map((article) => drafts.get(article)!));
  // A cached result is decided by its cache key, and an entry also by the encoding it was read in.
  const origins = cache && new Map(articles.map((article) => [article.source, `${cache.keyFor(article)}\0${article.encoding}`]));
  times.entries += performance.now() - started;
  return { entries, origins, skipped: discovered.skipped, processed: articles.filter((article) => !fromCache.has(article)).map((article) => article.source) };
}

/** The processing cache of a project; `src/` is this code's own folder, whatever the project. */
export function openCache(paths: ProjectPaths): Promise<ProcessedStore> {
  return ProcessedStore.open(path.join(paths.work, "cache"), fileURLToPath(new URL("..", import.meta.url)), paths.reference);
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const paths = projectPaths(options.projectRoot, {
    ...(options.outDir ? { site: options.outDir } : {}),
    ...(options.workDir ? { work: options.workDir } : {}),
    ...(options.articlesDir ? { articles: options.articlesDir } : {}),
  });
  const times: BuildTimes = { read: 0, clean: 0, extract: 0, date: 0, entries: 0, site: 0, eleventy: 0, pagefind: 0, pagefindWait: 0, export: 0, publish: 0 };
  const cache = await openCache(paths);
  // The site stage loads its code, reads the settings and the last build's record and starts the
  // search thread once the articles are being processed on other threads, while this one reads
  // the cached results and would otherwise wait for theirs.
  let siteStage: Promise<{ publishSite: typeof import("./site-stage.ts").publishSite; setup: SiteSetup }> | undefined;
  const loadSiteStage = () => {
    if (!siteStage) {
      siteStage = import("./site-stage.ts").then(async ({ setUpSite, publishSite }) => ({ publishSite, setup: await setUpSite(paths) }));
      // Awaited below; a failure to read the articles meanwhile is the one to report.
      siteStage.catch(() => undefined);
    }
    return siteStage;
  };
  let made: Awaited<ReturnType<typeof makeEntries>>;
  try {
    made = await makeEntries(paths, times, () => loadReferencesLazily(paths), cache, false, loadSiteStage);
  } catch (error) {
    await siteStage?.then(({ setup }) => setup.searchThread.close(), () => undefined);
    throw error;
  }
  const { publishSite, setup } = await loadSiteStage();
  const { entries, origins, skipped } = made;
  return publishSite(setup, { paths, times, cache, entries, origins, skipped });
}

const USAGE = "Usage: npm run build [-- --articles DIR --out DIR --work DIR --json]";

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: { articles: { type: "string" }, out: { type: "string" }, work: { type: "string" }, json: { type: "boolean", default: false } },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // Loading the code, before the build starts.
  const startup = Math.round(performance.now());
  try {
    const report = await build({
      projectRoot: process.cwd(),
      ...(args.articles ? { articlesDir: path.resolve(args.articles) } : {}),
      ...(args.out ? { outDir: path.resolve(args.out) } : {}),
      ...(args.work ? { workDir: path.resolve(args.work) } : {}),
    });
    if (args.json) {
      const { times, entries, changed, rendered, searchShards } = report;
      const line: BuildJsonLine = { times: { startup, ...times }, entries: entries.length, changed: changed.length, rendered, searchShards, maxRssKb: process.resourceUsage().maxRSS };
      console.log(JSON.stringify(line));
    }
    else console.log(summarise(report, args.work ? path.relative(process.cwd(), path.resolve(args.work)) || "." : ".timeline"));
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`Build stopped: ${error.problems.length} problem(s) in the articles. _site/ was left as it was.\n`);
      for (const problem of error.problems) console.error(formatProblem(problem));
    } else {
      console.error(`Build failed; _site/ was left as it was.\n${describeError(error)}`);
    }
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

export type { Entry };

/** The reference data, its loading code imported only when needed (a cached build needs neither). */
async function loadReferencesLazily(paths: ProjectPaths): Promise<References> {
  return (await import("./references.ts")).loadReferences(paths);
}

/** Calls `make` at most once, on first use. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** An error with its chain of causes: Eleventy wraps the real problem in `originalError`. */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  const causeOf = (current: unknown): unknown => (current as { originalError?: unknown }).originalError ?? (current as Error).cause;
  for (let current: unknown = error, depth = 0; current && depth < 5; current = causeOf(current), depth++) {
    lines.push(depth === 0 ? ((current as Error).stack ?? String(current)) : `Caused by: ${(current as Error).stack ?? String(current)}`);
  }
  return lines.join("\n");
}
