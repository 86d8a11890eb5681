/**
 * The one-off page templates of a templates folder: every page template that does not paginate
 * over `pages` (src/site/pages.ts), such as the home page, the feeds, the sitemap and the JSON
 * export. They read the whole timeline, so they are rendered once per build; a build rendering
 * the repeated pages in several Eleventy runs leaves them out of all runs but the first.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";

/** Paths of the one-off templates under `templatesDir`, as given (joined to it), sorted. */
export async function oneOffTemplates(templatesDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(templatesDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".njk")) continue;
    const relative = path.relative(templatesDir, path.join(entry.parentPath, entry.name));
    if (relative.split(path.sep).some((part) => part.startsWith("_"))) continue; // _includes, _data
    const file = path.join(templatesDir, relative);
    const { data } = matter(await readFile(file, "utf8"));
    const paginated = (data as { pagination?: { data?: unknown } }).pagination?.data;
    if (!(typeof paginated === "string" && paginated.startsWith("pages."))) found.push(file);
  }
  return found.sort();
}
