/**
 * Putting index files into the new site. New files are written by us rather than by Pagefind's
 * `writeFiles`: when Pagefind's backend fails while writing, its Node API never answers and the
 * build would hang; our own writes fail as ordinary exceptions. Reused files are hard links to
 * the previous site's: never copied, and never written through, since the previous site is live
 * and a write into a linked file would change it too. So a path is always unlinked before it is
 * written, and new files are created exclusively.
 */
import { link, mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes each file (path relative to `toDir`) as a new file, never into an existing one. */
export async function writeNewFiles(toDir: string, files: readonly { path: string; content: Uint8Array }[]): Promise<void> {
  const madeDirs = new Set<string>();
  for (const file of files) {
    const target = await clearedTarget(toDir, file.path, madeDirs);
    await writeFile(target, file.content, { flag: "wx" });
  }
}

/** Hard-links each of `files` (relative paths) from `fromDir` into `toDir`. */
export async function linkFiles(fromDir: string, toDir: string, files: readonly string[]): Promise<void> {
  const madeDirs = new Set<string>();
  for (const file of files) await link(path.join(fromDir, file), await clearedTarget(toDir, file, madeDirs));
}

/** The absolute path of `file` in `dir`, its folder made and nothing left at the path itself. */
async function clearedTarget(dir: string, file: string, madeDirs: Set<string>): Promise<string> {
  const target = path.join(dir, file);
  const parent = path.dirname(target);
  if (!madeDirs.has(parent)) {
    await mkdir(parent, { recursive: true });
    madeDirs.add(parent);
  }
  await rm(target, { force: true });
  return target;
}

/** Whether every one of `files` (relative to `dir`) exists as a regular file. */
export async function allFilesExist(dir: string, files: readonly string[]): Promise<boolean> {
  for (const file of files) {
    const isFile = await stat(path.join(dir, file)).then((info) => info.isFile(), () => false);
    if (!isFile) return false;
  }
  return true;
}
