/**
 * Reads the generated entry files (`<entries dir>/*.md`) back into Entry objects, checks the
 * fields the site depends on (so a bad file fails the build with its name, not a template error),
 * and returns them oldest first.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { markdownToEntry } from "../entries/markdown.ts";
import type { Entry } from "../model.ts";
import { isIsoDay } from "./dates.ts";
import { sortChronologically } from "./order.ts";

export class EntryFileError extends Error {
  override name = "EntryFileError";
}

export async function loadEntries(entriesDir: string): Promise<Entry[]> {
  let names: string[];
  try {
    names = await readdir(entriesDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new EntryFileError(`No entries folder at ${entriesDir}: run the build first (npm run build).`);
    }
    throw error;
  }
  const files = names.filter((name) => name.endsWith(".md")).sort();
  const entries: Entry[] = [];
  for (const name of files) {
    const file = path.join(entriesDir, name);
    let entry: Entry;
    try {
      // Read synchronously: parsing holds the thread anyway, and at 10,000 files the promise round
      // trips of async reads cost more than the reads themselves.
      entry = markdownToEntry(readFileSync(file, "utf8"));
    } catch (error) {
      throw new EntryFileError(`${file}: cannot read the entry: ${(error as Error).message}`);
    }
    const problem = findEntryProblem(entry);
    if (problem) throw new EntryFileError(`${file}: ${problem}`);
    entries.push(entry);
  }
  const duplicate = findDuplicateUrl(entries);
  if (duplicate) throw new EntryFileError(`${entriesDir}: two entries share the URL ${duplicate}`);
  return sortChronologically(entries);
}

/** URL path segments the site accepts: nothing that could climb out of the output folder. */
const SAFE_URL = /^\/(?:[\p{L}\p{N}_~-][\p{L}\p{N}._~-]*\/)+$/u;

/** What is wrong with an entry read from disk, or null when the site can render it. */
export function findEntryProblem(entry: Entry): string | null {
  if (typeof entry.id !== "string" || entry.id === "") return `"id" is missing`;
  if (typeof entry.url !== "string" || !SAFE_URL.test(entry.url) || entry.url.split("/").includes("..")) {
    return `"url" must be a site-relative path like /entries/some-title/, got ${JSON.stringify(entry.url)}`;
  }
  if (typeof entry.title !== "string" || entry.title.trim() === "") return `"title" is missing`;
  const date = entry.date as Partial<Entry["date"]> | undefined;
  if (!date || !isIsoDay(date.date) || !isIsoDay(date.range?.earliest) || !isIsoDay(date.range?.latest)) {
    return `"date" needs date, range.earliest and range.latest as YYYY-MM-DD`;
  }
  for (const key of ["sources", "people", "places", "organizations", "figures", "body", "captions"] as const) {
    if (!Array.isArray(entry[key])) return `"${key}" must be a list`;
  }
  return null;
}

function findDuplicateUrl(entries: readonly Entry[]): string | null {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.url)) return entry.url;
    seen.add(entry.url);
  }
  return null;
}
