/**
 * Hashes a folder's files (or one file) into a running hash: what a cache key or fingerprint
 * needs of code and data on disk (the processing cache, the render key, the search code).
 */
import type { Hash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Hashes every file below `target` (or the file itself), in a fixed order, names included. */
export async function hashTree(hash: Hash, target: string): Promise<void> {
  const entries = await readdir(target, { withFileTypes: true, recursive: true }).catch(() => null);
  if (entries === null) {
    const content = await readFile(target).catch(() => null);
    // The name, not the whole path: a project moved elsewhere keeps its cache.
    if (content) hash.update(path.basename(target)).update("\0").update(content);
    return;
  }
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
  for (const file of files) hash.update(path.relative(target, file)).update("\0").update(await readFile(file));
}
