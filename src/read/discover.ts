/**
 * Which files in the articles folder are articles. Anything else (.DS_Store, README, images) is
 * skipped with a note rather than an error: folders collect such files.
 */
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
  const found = await readdir(articlesDir, { withFileTypes: true, recursive: true });
  const articles: string[] = [];
  const skipped: Discovered["skipped"] = [];
  for (const dirent of found) {
    if (!dirent.isFile()) continue;
    const absolute = path.join(dirent.parentPath, dirent.name);
    const relative = toProjectPath(absolute, projectRoot);
    const extension = path.extname(dirent.name).toLowerCase();
    if (dirent.name.startsWith(".")) skipped.push({ file: relative, note: "hidden file" });
    else if (/^readme(\.|$)/i.test(dirent.name)) skipped.push({ file: relative, note: "a README, not an article" });
    else if (!ARTICLE_EXTENSIONS.includes(extension)) {
      skipped.push({ file: relative, note: `not an article (only ${ARTICLE_EXTENSIONS.join(" and ")} files are read)` });
    } else articles.push(absolute);
  }
  articles.sort(compareNames);
  skipped.sort((a, b) => compareNames(a.file, b.file));
  return { articles, skipped };
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
