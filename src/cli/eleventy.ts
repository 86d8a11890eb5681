/**
 * Runs Eleventy in this process with the project's `.eleventy.ts`. The entries folder reaches
 * the config through TIMELINE_ENTRIES_DIR; a build's own site data through src/site/prepared.ts.
 *
 * Eleventy keeps every page it renders in memory until its run ends, so a build renders the
 * repeated pages in runs of at most RENDER_BATCH pages (the one-off pages in the first), which
 * bounds memory at any archive size for about half a second per extra run.
 */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import type { SiteData } from "../site/data.ts";
import { withPreparedSite } from "../site/prepared.ts";

export const RENDER_BATCH = 2500;

/**
 * Renders the site; with `prepared`, from that data, and of the repeated pages only those in
 * `render` (all of them when null).
 */
export async function renderSite(
  projectRoot: string,
  entriesDir: string,
  outDir: string,
  prepared?: { data: SiteData; render: ReadonlySet<string> | null; batch?: number },
): Promise<void> {
  if (!prepared) return runEleventy(projectRoot, entriesDir, outDir);
  const urls = prepared.render ? [...prepared.render] : prepared.data.pageUrls;
  const batch = prepared.batch ?? RENDER_BATCH;
  for (let start = 0; start === 0 || start < urls.length; start += batch) {
    const render = new Set(urls.slice(start, start + batch));
    await withPreparedSite({ data: prepared.data, render, oneOffs: start === 0 }, () => runEleventy(projectRoot, entriesDir, outDir));
    if (render.size >= COLLECT_AFTER) collectGarbage();
  }
}

/**
 * A run's pages are garbage once it ends (about 0.3 GB for 2,500 pages), but V8 would rather
 * grow its heap than collect it: at 10,000 articles that took the build to 3 GB where the data
 * it holds is under 1 GB. A full collection between runs costs a fraction of a second, which a
 * run of a few pages (a rebuild's) does not repay. It needs `node --expose-gc`, which
 * `npm run build` passes; without it this does nothing.
 */
const COLLECT_AFTER = 500;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function runEleventy(projectRoot: string, entriesDir: string, outDir: string): Promise<void> {
  const previousEntries = process.env.TIMELINE_ENTRIES_DIR;
  const previousCwd = process.cwd();
  process.env.TIMELINE_ENTRIES_DIR = entriesDir;
  // Eleventy resolves its input, includes and config against the working directory.
  process.chdir(projectRoot);
  try {
    const eleventy = new Eleventy("templates", outDir, {
      configPath: path.join(projectRoot, ".eleventy.ts"),
      quietMode: true,
    });
    await eleventy.write();
  } finally {
    process.chdir(previousCwd);
    if (previousEntries === undefined) delete process.env.TIMELINE_ENTRIES_DIR;
    else process.env.TIMELINE_ENTRIES_DIR = previousEntries;
  }
}
