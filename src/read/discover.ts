/**
 * Which files in the articles folder are articles. Anything else (.DS_Store, README, images,
 * hidden folders such as .git, symbolic links) is skipped with a note rather than an error:
 * folders collect such files, and nothing is passed over silently.
 */
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface Discovered {
  /** Absolute paths of article files, sorted by name for a deterministic build. */
  articles: string[];
  /** Project-relative paths of files passed over, each with why. */
  skipped: { file: string; note: string }[];
}

export async function discoverArticles(articlesDir: string, projectRoot: string): Promise<Discovered> {
  const found: Discovered = { articles: [], skipped: [] };
  await walk(articlesDir, projectRoot, found);
  found.articles.sort(compareNames);
  found.skipped.sort((a, b) => compareNames(a.file, b.file));
  return found;
}

/** Reads `dir` and its sub-folders, except hidden ones (one note for the whole folder). */
async function walk(dir: string, projectRoot: string, found: Discovered): Promise<void> {
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const absolute = path.join(dir, dirent.name);
    const note = skipNote(dirent);
    if (note) found.skipped.push({ file: toProjectPath(absolute, projectRoot), note });
    else if (dirent.isDirectory()) await walk(absolute, projectRoot, found);
    else found.articles.push(absolute);
  }
}

/** Why this folder entry is not read, or null when it is an article or a folder to read. */
function skipNote(dirent: Dirent): string | null {
  if (dirent.name.startsWith(".")) return dirent.isDirectory() ? "hidden folder, not read" : "hidden file";
  if (dirent.isSymbolicLink()) return "a symbolic link, not followed (copy the article into the folder instead)";
  if (dirent.isDirectory()) return null;
  if (!dirent.isFile()) return "not a regular file";
  if (/^readme(\.|$)/i.test(dirent.name)) return "a README, not an article";
  if (!ARTICLE_EXTENSIONS.includes(path.extname(dirent.name).toLowerCase())) {
    return `not an article (only ${ARTICLE_EXTENSIONS.join(" and ")} files are read)`;
  }
  return null;
}

/** Project-relative path with `/` separators, whatever the platform. */
export function toProjectPath(absolute: string, projectRoot: string): string {
  return path.relative(projectRoot, absolute).split(path.sep).join("/");
}

/** Case-insensitive, then code-point order: readable, and the same on every machine (no locale). */
export function compareNames(a: string, b: string): number {
  const byCase = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byCase(a.toLowerCase(), b.toLowerCase()) || byCase(a, b);
}
