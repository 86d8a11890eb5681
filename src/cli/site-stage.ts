/**
 * The build's second half: entries → site data → Eleventy, with the search index made on another
 * thread meanwhile → the JSON export → `_site/` published (patched, after a rebuild) → the
 * report. Loaded by src/cli/build.ts, and set up (`setUpSite`), once the articles are being
 * processed: its code (Eleventy, the site data, the search stage) takes most of a second to load,
 * which a build would otherwise spend before it starts reading articles.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { entryKeys, writeEntries } from "../entries/index.ts";
import type { Entry } from "../model.ts";
import type { Discovered } from "../read/discover.ts";
import { SearchThread, searchEntryOf, searchFingerprintOf } from "../search/index.ts";
import { loadSiteConfig, siteConfigPath, templatesDirSetting, type SiteConfig } from "../site/config.ts";
import { buildSiteData, prepareSiteEntries } from "../site/data.ts";
import { EXPORT_FILE, writeTimelineExport } from "../site/export.ts";
import { fingerprintPages } from "../site/fingerprints.ts";
import type { ProcessedStore } from "./cache.ts";
import { renderSite } from "./eleventy.ts";
import { forgetSiteManifest, pagesToRender, renderKeyFor, reusableManifest, staleFiles, writeSiteManifest, type SiteManifest } from "./incremental.ts";
import type { ProjectPaths } from "./paths.ts";
import type { StageTimes } from "./process.ts";
import { discard, patchIn, stagingDirFor, swapIn } from "./publish.ts";
import { buildReport, writeReportJson, type BuildReport } from "./report.ts";
import { renderReportHtml } from "./report-html.ts";

/**
 * Milliseconds per stage of a build (clean, extract and date summed over threads). A type, not
 * an interface: the report takes it as a record of numbers.
 */
export type BuildTimes = {
  [Stage in keyof StageTimes]: number;
} & {
  read: number;
  entries: number;
  site: number;
  eleventy: number;
  /** The search thread, from its start to its end. */
  pagefind: number;
  /** After Eleventy, until the search thread is done and the JSON export (written meanwhile) too. */
  pagefindWait: number;
  export: number;
  publish: number;
};

export interface SiteStageInput {
  paths: ProjectPaths;
  /** Stage times so far, completed here. */
  times: BuildTimes;
  cache: ProcessedStore;
  entries: Entry[];
  /** Each source's origin (src/entries: writeEntries). */
  origins: Map<string, string> | undefined;
  skipped: Discovered["skipped"];
}

/** What the site stage reads before it needs the entries: the settings, the render key and the last build's record. */
export interface SiteSetup {
  site: SiteConfig;
  templatesDir: string;
  renderKey: string;
  /** The record of the published site, when this build can patch it (src/cli/incremental.ts). */
  previous: SiteManifest | null;
  /** Started now, to load its code while the articles are processed; closed if the build fails first. */
  searchThread: SearchThread;
}

/**
 * Reads the site's settings and the last build's record, and starts the search thread: nothing
 * that depends on the entries, so it can run while the articles are read and processed.
 */
export async function setUpSite(paths: ProjectPaths): Promise<SiteSetup> {
  const settingsFile = siteConfigPath(paths.root);
  const site = await loadSiteConfig(settingsFile, path.relative(paths.root, settingsFile));
  const templatesDir = path.resolve(paths.root, templatesDirSetting());
  const renderKey = await renderKeyFor({ projectRoot: paths.root, templatesDir, settingsFile });
  const previous = await reusableManifest(paths.work, paths.site, renderKey);
  return { site, templatesDir, renderKey, previous, searchThread: new SearchThread() };
}

export async function publishSite({ site, templatesDir, renderKey, previous, searchThread }: SiteSetup, { paths, times, cache, entries, origins, skipped }: SiteStageInput): Promise<BuildReport> {
  const staging = stagingDirFor(paths.site);
  try {
    let started = performance.now();
    await mkdir(staging, { recursive: true });
    // The search index is made on another thread, from the entries as pages show them, while
    // this one writes the entry files, works out the rest of the site data and renders it.
    const siteEntries = prepareSiteEntries(entries);
    const keys = await entryKeys(entries, origins);
    const searchEntries = siteEntries.entries.map(searchEntryOf);
    const searchStarted = performance.now();
    let searchEnded = 0;
    const searching = searchThread.index({
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
    // The JSON export, written while the search thread finishes: in a full build at 10,000 that
    // thread (Pagefind) ends some 2 s after Eleventy, and this thread would otherwise wait idle
    // before spending 0.7 s serialising every entry; a rebuild's copies most of its text from the
    // last one.
    const writeExport = async () => {
      const exportStarted = performance.now();
      const index = await writeTimelineExport(siteEntries.entries, path.join(staging, EXPORT_FILE), {
        keys,
        ...(previous?.export ? { previous: { file: path.join(paths.site, EXPORT_FILE), index: previous.export } } : {}),
      });
      times.export = performance.now() - exportStarted;
      return index;
    };
    const exporting = writeExport();
    started = performance.now();
    const [search, exportIndex] = await Promise.all([searching, exporting]).catch(async (error: unknown) => {
      // Both write into the staging folder: let both finish before it is removed.
      await Promise.allSettled([searching, exporting]);
      throw error;
    });
    times.pagefindWait = performance.now() - started;
    times.pagefind = searchEnded - searchStarted;
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
    searchThread.close();
    await discard(staging);
    throw error;
  }
}
