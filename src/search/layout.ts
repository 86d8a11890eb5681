/**
 * Where the index lives in the site:
 *   pagefind/pagefind-ui.js, pagefind-ui.css   the Default UI, shared (templates/search.njk loads them)
 *   pagefind/shards.json                        the bundles to merge, newest first (ShardList)
 *   pagefind/<key>/…                            one Pagefind bundle per shard ("2024/", "2025-Q1/")
 * Pagefind's other UI kits and its highlighting script are not used by the site and not kept.
 */
import type { IndexFile } from "pagefind";
import { compareCodeUnits } from "../text/compare.ts";
import type { SearchManifest, ShardList } from "./types.ts";

/** The index's folder in the site. */
export const SEARCH_DIR = "pagefind";

export const SHARD_LIST_FILE = "shards.json";

/** Bumped whenever the layout or the manifest changes meaning: nothing older is reused. */
export const MANIFEST_FORMAT = 1;

const SHARED = new Set(["pagefind-ui.js", "pagefind-ui.css"]);
const UNUSED = /^pagefind-(?:modular-ui|component-ui|highlight)\./;

/** The Default UI's files, from one of Pagefind's file sets. */
export function sharedFilesOf(files: readonly IndexFile[]): IndexFile[] {
  return files.filter((file) => SHARED.has(file.path));
}

/** A shard bundle's files (paths relative to `pagefind/`, under the shard's folder), sorted. */
export function shardFilesOf(key: string, files: readonly IndexFile[]): IndexFile[] {
  return files
    .filter((file) => !SHARED.has(file.path) && !UNUSED.test(file.path))
    .map((file) => ({ path: `${key}/${file.path}`, content: file.content }))
    .sort((a, b) => compareCodeUnits(a.path, b.path));
}

/** The list the search page reads; bundle paths are relative to `pagefind/`. */
export function shardListOf(manifest: SearchManifest): ShardList {
  return { format: manifest.format, shards: manifest.shards.map(({ key, pages }) => ({ key, bundle: `${key}/`, pages })) };
}
