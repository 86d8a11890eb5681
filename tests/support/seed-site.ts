/**
 * Sites for the browser tests, each built into a new temporary folder: the seed articles through
 * the real pipeline (`build()`: read → … → Eleventy → Pagefind), or hand-made entries rendered
 * and indexed the way the build does it.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "../../src/cli/build.ts";
import type { Entry } from "../../src/model.ts";
import { PROJECT_ROOT, renderSite } from "./eleventy.ts";
import { indexEntriesForSearch } from "./search.ts";
import { writeEntryFiles } from "./entries.ts";

/** Builds the seed site (content/articles) and returns the folder holding it. */
export async function buildSeedSite(): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), "timeline-seed-"));
  const site = path.join(work, "_site");
  await build({ projectRoot: PROJECT_ROOT, outDir: site, workDir: path.join(work, "work") });
  return site;
}

/** Renders and indexes a site from the given entries in a new temporary folder; returns the site folder. */
export async function buildSiteFromEntries(entries: readonly Entry[]): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), "timeline-e2e-"));
  const entriesDir = path.join(work, "entries");
  await writeEntryFiles(entriesDir, entries);
  const site = path.join(work, "_site");
  await renderSite(entriesDir, site);
  await indexEntriesForSearch(site, entries);
  return site;
}
