/**
 * `npm run dev`: builds the entries, then runs Eleventy's dev server with live reload. Watches
 * `content/articles/` and `content/reference/`: a new or edited article is re-read and processed
 * (that one only; the others come from memory), its entry file rewritten, and Eleventy, which
 * watches the entries folder, rebuilds the pages in the open browser.
 */
import { watch } from "node:fs";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { formatProblem, InputError } from "../read/index.ts";
import { buildEntriesFromArticles, loadReferences, openCache } from "./build.ts";
import { projectPaths } from "./paths.ts";

const paths = projectPaths(process.cwd());
let cache = await openCache(paths);
let references = loadReferences(paths);
const currentReferences = () => references;

async function refreshEntries(reason: string): Promise<void> {
  const times = { read: 0, clean: 0, extract: 0, date: 0, entries: 0 };
  try {
    const { entries, written } = await buildEntriesFromArticles(paths, times, currentReferences, cache);
    console.log(`[timeline] ${reason}: ${entries.length} entries, ${written.length} rewritten${written.length ? ` (${written.join(", ")})` : ""}`);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`[timeline] ${reason}: not rebuilt, fix these and save again:`);
      for (const problem of error.problems) console.error(formatProblem(problem));
    } else console.error(`[timeline] ${reason}: failed: ${(error as Error).stack ?? String(error)}`);
  }
}

await refreshEntries("start");
process.env.TIMELINE_ENTRIES_DIR = paths.entries;
process.env.TIMELINE_DEV = "1";
const eleventy = new Eleventy("templates", paths.site, {
  source: "cli",
  configPath: path.join(paths.root, ".eleventy.ts"),
  runMode: "serve",
});
await eleventy.init();
await eleventy.watch();
void eleventy.serve(Number(process.env.PORT ?? 8080));

/** Editors save in bursts (temp file, rename, touch): wait for quiet before rebuilding. */
let timer: NodeJS.Timeout | undefined;
function schedule(reason: string, referencesChanged: boolean): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    void (async () => {
      if (referencesChanged) {
        try {
          references = loadReferences(paths);
          cache = await openCache(paths); // new reference data, new cache keys
        } catch (error) {
          console.error(`[timeline] reference data not reloaded: ${(error as Error).message}`);
          return;
        }
      }
      await refreshEntries(reason);
    })();
  }, 150);
}
watch(paths.articles, { recursive: true }, (_event, file) => schedule(`article ${file ?? "?"} changed`, false));
watch(paths.reference, { recursive: true }, (_event, file) => schedule(`reference ${file ?? "?"} changed`, true));

process.on("SIGINT", () => {
  void eleventy.stopWatch().finally(() => process.exit(0));
});
