/**
 * Fingerprints that decide whether a shard's bundle from the previous build can be reused: a
 * shard's depends on its key, its documents (file and HTML), the language, Pagefind's version and
 * this folder's own code (any change here may change what the bundles hold).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashTree } from "../hash-tree.ts";
import type { SearchSource } from "./types.ts";

/** What every bundle of one build depends on besides its pages. */
export interface IndexContext {
  language: string;
  pagefindVersion: string;
  codeVersion: string;
}

/** `sources` are in the plan's order (by file). */
export function shardFingerprint(key: string, sources: readonly Pick<SearchSource, "file" | "fingerprint">[], context: IndexContext): string {
  const hash = createHash("sha256").update(JSON.stringify(["shard", key, context]));
  for (const source of sources) hash.update(`\0${source.file}\0${source.fingerprint}`);
  return hash.digest("hex");
}

/**
 * A shard's fingerprint from its pages' own, or null when some page's is not known (then its
 * documents must be made to tell). Decides, given the previous manifest, whether a shard is reused.
 */
export function knownShardFingerprint(key: string, pages: readonly { file: string; fingerprint?: string }[], context: IndexContext): string | null {
  return pages.every((page) => page.fingerprint !== undefined) ? shardFingerprint(key, pages as readonly Pick<SearchSource, "file" | "fingerprint">[], context) : null;
}

/** The shared files (the Default UI) come from Pagefind alone. */
export function sharedFingerprint(context: IndexContext): string {
  return sha256(JSON.stringify(["shared", context.pagefindVersion, context.codeVersion]));
}

export async function indexContext(language: string): Promise<IndexContext> {
  return { language, pagefindVersion: await pagefindVersion(), codeVersion: await searchCodeVersion() };
}

let codeVersion: Promise<string> | undefined;

/** Hash of the files of this folder (src/search/), names and contents. */
function searchCodeVersion(): Promise<string> {
  return (codeVersion ??= (async () => {
    const hash = createHash("sha256");
    await hashTree(hash, fileURLToPath(new URL(".", import.meta.url)));
    return hash.digest("hex");
  })());
}

let installedPagefind: Promise<string> | undefined;

/**
 * The installed Pagefind's version, from its package.json found as Node finds the package
 * (its `exports` do not expose package.json to `require`).
 */
function pagefindVersion(): Promise<string> {
  return (installedPagefind ??= (async () => {
    for (let dir = fileURLToPath(new URL(".", import.meta.url)); ; dir = path.dirname(dir)) {
      const text = await readFile(path.join(dir, "node_modules", "pagefind", "package.json"), "utf8").catch(() => undefined);
      if (text !== undefined) return (JSON.parse(text) as { version: string }).version;
      if (path.dirname(dir) === dir) throw new Error("Search index: the pagefind package is not installed");
    }
  })());
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
