/**
 * `npm run build`: articles → entries → Eleventy → Pagefind → `_site/`, published atomically.
 * Every input is checked first and all problems are reported together; on any failure the
 * previous `_site/` stays as it was and the process exits non-zero. A rebuild renders only the
 * pages whose data changed and patches them into the published site (src/cli/incremental.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { draftEntry, entryKeys, finishEntries, writeEntries, type EntryDraft } from "../entries/index.ts";
import type { Article, Entry } from "../model.ts";
import { mapInTurns } from "../map-in-turns.ts";
import { discoverArticles, formatProblem, InputError, readArticleFiles, type InputProblem } from "../read/index.ts";
import { indexEntriesInThread, searchEntryOf, searchFingerprintOf } from "../search/index.ts";
import { loadSiteConfig, siteConfigPath, templatesDirSetting } from "../site/config.ts";
import { buildSiteData, prepareSiteEntries } from "../site/data.ts";
import { EXPORT_FILE, writeTimelineExport } from "../site/export.ts";
import { fingerprintPages } from "../site/fingerprints.ts";
import { ProcessedStore } from "./cache.ts";
import { renderSite } from "./eleventy.ts";
import { forgetSiteManifest, pagesToRender, renderKeyFor, reusableManifest, staleFiles, writeSiteManifest } from "./incremental.ts";
import { projectPaths, type ProjectPaths } from "./paths.ts";
import { processAll } from "./parallel.ts";
import type { References, StageTimes } from "./process.ts";
import { discard, patchIn, stagingDirFor, swapIn } from "./publish.ts";
import { buildReport, summarise, writeReportJson, type BuildReport } from "./report.ts";
import { renderReportHtml } from "./report-html.ts";

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
 * results, unless `processHere` (a process that has the references loaded already).
 */
async function makeEntries(
  paths: ProjectPaths,
  times: StageTimes & { read: number; entries: number },
  references: () => References | Promise<References>,
  cache: ProcessedStore | undefined,
  processHere = false,
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
  const times = { read: 0, clean: 0, extract: 0, date: 0, entries: 0, site: 0, eleventy: 0, pagefind: 0, pagefindWait: 0, export: 0, publish: 0 };
  const cache = await openCache(paths);
  const { entries, origins, skipped } = await makeEntries(paths, times, () => loadReferencesLazily(paths), cache);

  const staging = stagingDirFor(paths.site);
  try {
    let started = performance.now();
    const settingsFile = siteConfigPath(paths.root);
    const site = await loadSiteConfig(settingsFile, path.relative(paths.root, settingsFile));
    const templatesDir = path.resolve(paths.root, templatesDirSetting());
    const renderKey = await renderKeyFor({ projectRoot: paths.root, templatesDir, settingsFile });
    const previous = await reusableManifest(paths.work, paths.site, renderKey);
    await mkdir(staging, { recursive: true });
    // The search index is made on another thread, from the entries as pages show them, while
    // this one writes the entry files, works out the rest of the site data and renders it.
    const siteEntries = prepareSiteEntries(entries);
    const keys = await entryKeys(entries, origins);
    const searchEntries = siteEntries.entries.map(searchEntryOf);
    const searchStarted = performance.now();
    let searchEnded = 0;
    const searching = indexEntriesInThread({
      siteDir: staging,
      language: site.language,
      templatesDir,
      rendererKey: renderKey,
      entries: searchEntries,
      fingerprints: searchEntries.map((entry, i) => searchFingerprintOf(entry, keys.get(siteEntries.entries[i]!.id)!, renderKey)),
      ...(previous?.search ? { previous: { siteDir: paths.site, manifest: previous.search, patched: true } } : {}),
    }).finally(() => (searchEnded = performance.now()));
    // Awaited later; a failure meanwhile must not count as unhandled (it is reported then).
    searching.catch(() => undefined);
    times.site += performance.now() - started;
    let fingerprints: Map<string, string>;
    let render: Set<string> | null;
    let written: string[];
    try {
      started = performance.now();
      written = await writeEntries(entries, paths.entries, keys);
      times.entries += performance.now() - started;
      started = performance.now();
      const data = buildSiteData(entries, siteEntries);
      fingerprints = fingerprintPages(data.pages, { entryKeys: keys }).pages;
      render = previous ? pagesToRender({ site: paths.site, fingerprints, previous: previous.pages }) : null;
      times.site += performance.now() - started;
      started = performance.now();
      await renderSite(paths.root, paths.entries, staging, { data, render });
      times.eleventy = performance.now() - started;
    } catch (error) {
      // The search thread writes into the staging folder: let it finish before that is removed.
      await searching.catch(() => undefined);
      throw error;
    }
    // The JSON export: a rebuild's copies most of its text from the last one, at little cost,
    // so it is written while the search thread finishes; a full build's serialises every entry,
    // after the search thread is done (the two cores are busy until then, and its memory would
    // add to the search thread's).
    const writeExport = async () => {
      const exportStarted = performance.now();
      const index = await writeTimelineExport(siteEntries.entries, path.join(staging, EXPORT_FILE), {
        keys,
        ...(previous?.export ? { previous: { file: path.join(paths.site, EXPORT_FILE), index: previous.export } } : {}),
      });
      times.export = performance.now() - exportStarted;
      return index;
    };
    const exporting = previous?.export ? writeExport() : null;
    started = performance.now();
    const [search, beside] = await Promise.all([searching, exporting]).catch(async (error: unknown) => {
      // Both write into the staging folder: let both finish before it is removed.
      await Promise.allSettled([searching, exporting]);
      throw error;
    });
    times.pagefindWait = performance.now() - started;
    times.pagefind = searchEnded - searchStarted;
    const exportIndex = beside ?? (await writeExport());
    started = performance.now();
    await forgetSiteManifest(paths.work);
    // A rebuild patches the pages it rendered into the published site; a full build replaces it.
    if (previous) await patchIn(staging, paths.site, staleFiles(previous, fingerprints, search.manifest));
    else await swapIn(staging, paths.site);
    times.publish = performance.now() - started;
    started = performance.now();
    const report = buildReport({ entries, written, skipped, searchPages: search.pages, rendered: render?.size ?? fingerprints.size, searchShards: { rebuilt: search.rebuilt, reused: search.reused }, times });
    const reportIndex = await writeReportJson(path.join(paths.work, "report.json"), report, { keys, ...(previous?.report ? { previous: previous.report } : {}) });
    await writeFile(path.join(paths.work, "report.html"), renderReportHtml(report));
    // Last: the record says the published site and the report are this build's.
    await writeSiteManifest(paths.work, { renderKey, site: paths.site, pages: Object.fromEntries(fingerprints), search: search.manifest, export: exportIndex, report: reportIndex });
    await cache.prune();
    // Known only once the report is written: the returned report has it, the files do not.
    report.times.report = Math.round(performance.now() - started);
    return report;
  } catch (error) {
    await discard(staging);
    throw error;
  }
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
