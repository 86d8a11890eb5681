/**
 * Tiny sites for the search tests: entry pages (and their search documents) marked up as
 * templates/_includes/entry-article.njk marks them (body, title, date sort key, year and person
 * filters), plus a home page that is not indexed; and readers for what a built index holds.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { SearchDocument } from "../../src/search/index.ts";

export interface FixturePage {
  slug: string;
  date: string;
  title: string;
  text: string;
  person?: string;
}

export const PAGES: FixturePage[] = [
  { slug: "truce-talks-open", date: "2023-11-20", title: "Truce talks open", text: "Mediators opened truce talks in Doha.", person: "David Barnea" },
  { slug: "hostages-freed", date: "2023-11-28", title: "Hostages freed", text: "Negotiators announced the release of hostages in Doha." },
  { slug: "talks-resume", date: "2024-02-10", title: "Talks resume", text: "Negotiators resumed talks in Cairo.", person: "William Burns" },
  { slug: "talks-stall", date: "2024-05-25", title: "Talks stall", text: "The Cairo talks stalled over a ceasefire." },
  { slug: "ceasefire-agreed", date: "2025-01-15", title: "Ceasefire agreed", text: "Negotiators agreed a ceasefire in Doha.", person: "David Barnea" },
];

export function entryHtml(page: FixturePage): string {
  const person = page.person ? `<a href="/people/x/" data-pagefind-filter="person">${page.person}</a>` : "";
  return `<!doctype html><html lang="en"><head><title>${page.title}</title></head><body><nav>Home People Places</nav>
<article class="entry" data-pagefind-body data-pagefind-sort="date:${page.date}" data-pagefind-filter="year:${page.date.slice(0, 4)}">
<h1 data-pagefind-meta="title">${page.title}</h1><p>${page.text}</p>${person}</article></body></html>\n`;
}

export const fileOf = (page: FixturePage) => `entries/${page.slug}/index.html`;

/** The pages as the search stage's documents. */
export function searchDocuments(pages: readonly FixturePage[]): SearchDocument[] {
  return pages.map((page) => ({ file: fileOf(page), date: page.date, html: entryHtml(page) }));
}

/** Writes the pages (and a home page) into `siteDir`. */
export async function writeSite(siteDir: string, pages: readonly FixturePage[]): Promise<void> {
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(siteDir, "index.html"), "<!doctype html><html lang=\"en\"><body><p>Home of the timeline: talks, Doha, Cairo.</p></body></html>\n");
  for (const page of pages) {
    const file = path.join(siteDir, fileOf(page));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, entryHtml(page));
  }
}

/** Every file under `dir`, relative POSIX path → SHA-256 of its bytes. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) hashes.set(file, createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex"));
  return hashes;
}

/** Every file under `dir`, relative POSIX paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export async function inode(file: string): Promise<number> {
  return (await stat(file)).ino;
}

/** The URLs a shard bundle holds, from its (gzipped) fragment files; the sort anchor left out. */
export async function bundleUrls(bundleDir: string): Promise<string[]> {
  const dir = path.join(bundleDir, "fragment");
  const urls: string[] = [];
  for (const name of await readdir(dir)) {
    const fragment = JSON.parse(gunzipSync(await readFile(path.join(dir, name))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string };
    if (fragment.url !== "/search/") urls.push(fragment.url);
  }
  return urls.sort();
}
