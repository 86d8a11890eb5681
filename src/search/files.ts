/**
 * Putting index files into the new site. New files are written by us rather than by Pagefind's
 * `writeFiles`: when Pagefind's backend fails while writing, its Node API never answers and the
 * build would hang; our own writes fail as ordinary exceptions. Reused files are hard links to
 * the previous site's: never copied, and never written through, since the previous site is live
 * and a write into a linked file would change it too. So a path is always unlinked before it is
 * written, and new files are created exclusively.
 *
 * The file calls are synchronous: a shard has up to a thousand small files, and a thread-pool
 * round trip for each call (fs/promises) cost several times the call itself. Callers go one shard
 * at a time; a shard's calls take milliseconds.
 */
import { linkSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes each file (path relative to `toDir`) as a new file, never into an existing one. */
export async function writeNewFiles(toDir: string, files: readonly { path: string; content: Uint8Array }[]): Promise<void> {
  const madeDirs = new Set<string>();
  for (const file of files) {
    const target = path.join(toDir, file.path);
    makeParent(target, madeDirs);
    replace(target, () => writeFileSync(target, file.content, { flag: "wx" }));
  }
}

/** Hard-links each of `files` (relative paths) from `fromDir` into `toDir`. */
export async function linkFiles(fromDir: string, toDir: string, files: readonly string[]): Promise<void> {
  const madeDirs = new Set<string>();
  for (const file of files) {
    const target = path.join(toDir, file);
    makeParent(target, madeDirs);
    replace(target, () => linkSync(path.join(fromDir, file), target));
  }
}

/** Whether every one of `files` (relative to `dir`) exists as a regular file. */
export async function allFilesExist(dir: string, files: readonly string[]): Promise<boolean> {
  return files.every((file) => statSync(path.join(dir, file), { throwIfNoEntry: false })?.isFile() ?? false);
}

function makeParent(target: string, madeDirs: Set<string>): void {
  const parent = path.dirname(target);
  if (madeDirs.has(parent)) return;
  mkdirSync(parent, { recursive: true });
  madeDirs.add(parent);
}

/** Runs `create`, which fails if something is at the path; if so, unlinks that first and runs it again. */
function replace(target: string, create: () => void): void {
  try {
    create();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    rmSync(target, { force: true });
    create();
  }
}
