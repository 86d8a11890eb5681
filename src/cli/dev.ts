/**
 * `npm run dev`: builds the entries, then runs Eleventy's dev server with live reload. Watches
 * the articles folder and `content/reference/`: a new or edited article is re-read and processed
 * (that one only; the others come from the on-disk cache), its entry file rewritten, and
 * Eleventy, which watches the entries folder, rebuilds the pages in the open browser.
 *
 * Flags as for `npm run build`: `--articles DIR --out DIR --work DIR`; PORT sets the port (8080).
 * Ctrl+C or SIGTERM closes the watchers and the server, then exits.
 */
import { watch, type FSWatcher } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { formatProblem, InputError } from "../read/index.ts";
import { buildEntriesFromArticles, openCache } from "./build.ts";
import { loadReferences } from "./references.ts";
import { FOLDER_FLAGS, pathsFromFlags, type ProjectPaths } from "./paths.ts";
import type { References } from "./process.ts";

const USAGE = "Usage: [PORT=8080] npm run dev [-- --articles DIR --out DIR --work DIR]";
/** Editors save in bursts (temp file, rename, touch): wait this long for quiet before rebuilding. */
const QUIET_MS = 150;
/** How long shutdown may take before the process exits anyway. */
const STOP_GRACE_MS = 3000;

/** Re-runs the entry stages on request, one run at a time, a change during a run queuing one more. */
function entryRefresher(paths: ProjectPaths) {
  let references: References | undefined; // loaded on first need: a fully cached run never reads the gazetteer
  let cache = openCache(paths);
  let running: Promise<void> = Promise.resolve();

  async function refresh(reason: string, referencesChanged: boolean): Promise<void> {
    const times = { read: 0, clean: 0, extract: 0, date: 0, entries: 0 };
    try {
      if (referencesChanged) {
        references = undefined;
        cache = openCache(paths); // new reference data, new cache keys
      }
      const result = await buildEntriesFromArticles(paths, times, () => (references ??= loadReferences(paths)), await cache);
      console.log(
        `[timeline] ${reason}: ${result.entries.length} entries; ${result.processed.length} article(s) processed${list(result.processed)}; ` +
          `${result.written.length} entry file(s) rewritten${list(result.written)}`,
      );
    } catch (error) {
      if (error instanceof InputError) {
        console.error(`[timeline] ${reason}: not rebuilt, fix these and save again:`);
        for (const problem of error.problems) console.error(formatProblem(problem));
      } else console.error(`[timeline] ${reason}: failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  return (reason: string, referencesChanged = false): Promise<void> => (running = running.then(() => refresh(reason, referencesChanged)));
}

/** Names in parentheses, at most LISTED of them: a first run over thousands of articles stays one line. */
const LISTED = 10;
function list(items: readonly string[]): string {
  if (items.length === 0) return "";
  const more = items.length > LISTED ? `, and ${items.length - LISTED} more` : "";
  return ` (${items.slice(0, LISTED).join(", ")}${more})`;
}

/** Calls `run` once the folder has been quiet for QUIET_MS after a change. */
function watchFolder(folder: string, run: (file: string) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  const watcher = watch(folder, { recursive: true }, (_event, file) => {
    last = file ?? "?";
    clearTimeout(timer);
    timer = setTimeout(() => run(last), QUIET_MS);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}

async function main(): Promise<void> {
  let flags;
  try {
    flags = parseArgs({ options: FOLDER_FLAGS }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const paths = pathsFromFlags(process.cwd(), flags);
  for (const folder of [paths.articles, paths.reference]) {
    if (!(await stat(folder).then((info) => info.isDirectory(), () => false))) {
      console.error(`No folder at ${folder}: create it, or point to one (${USAGE})`);
      process.exitCode = 1;
      return;
    }
  }
  const refresh = entryRefresher(paths);
  // Watching starts first, so that a save during start-up queues one more run instead of being missed.
  const watchers = [
    watchFolder(paths.articles, (file) => void refresh(`article ${file} changed`)),
    watchFolder(paths.reference, (file) => void refresh(`reference ${file} changed`, true)),
  ];
  await refresh("start");
  // Even when the first run stopped on a bad article, the server starts (on an empty timeline) and waits for the fix.
  await mkdir(paths.entries, { recursive: true });

  // The config file reads the entries folder from here; TIMELINE_DEV makes it index for search after each build.
  process.env.TIMELINE_ENTRIES_DIR = paths.entries;
  process.env.TIMELINE_DEV = "1";
  const eleventy = new Eleventy("templates", paths.site, {
    source: "cli",
    configPath: path.join(paths.root, ".eleventy.ts"),
    runMode: "serve",
    quietMode: true, // one summary line per rebuild, not a line per page
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(process.env.PORT ?? 8080));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[timeline] ${signal}: stopping`);
    for (const watcher of watchers) watcher.close();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    void eleventy.stopWatch().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
