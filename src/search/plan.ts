/**
 * Which shard each page goes to: one per year; a year with more than SHARD_PAGE_LIMIT pages is
 * split into quarters, a quarter still over the limit into months, then thirds of a month, then
 * days. Keys ("2024", "2024-Q2", "2024-Q4-11", "2024-Q4-11-2") sort in date order as plain
 * strings, because a period is either whole or split, never both; so shards cover disjoint
 * periods in key order, which the search page relies on to sort by date across them
 * (templates/assets/search.js).
 */
import { compareCodeUnits } from "../text/compare.ts";

/**
 * Above this many pages a period is split into the next smaller ones (year, quarter, month,
 * thirds of a month, day; not straight into months: every bundle costs the reader requests, so
 * a busy year makes four bundles, not twelve, unless a quarter of it is busy too). The limit
 * bounds what one edit costs:
 * Pagefind indexes about 300 pages a second here (an 857-page shard: 2.8 s), so re-indexing a
 * full shard stays within a one-article rebuild's budget at 10,000 articles. A larger limit would
 * mean fewer bundles for the reader, each costing the first search about seven requests and two
 * round trips (README, "Search"), but a slower rebuild; a smaller one the reverse.
 */
export const SHARD_PAGE_LIMIT = 1000;

/** What decides a page's shard: its file (its identity) and its date. */
export interface ShardedPage {
  /** Output file relative to the site root, POSIX. */
  file: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** Shard key → its pages, oldest period first; pages ordered by file. */
export type SearchShardPlan<P extends ShardedPage = ShardedPage> = Map<string, P[]>;

export function planSearchShards<P extends ShardedPage>(pages: readonly P[], limit = SHARD_PAGE_LIMIT): SearchShardPlan<P> {
  const seen = new Set<string>();
  for (const page of pages) checkPage(page, seen);
  const shards = new Map<string, P[]>();
  split(pages, 0, "", limit, shards);
  return new Map([...shards.keys()].sort(compareCodeUnits).map((key) => [key, shards.get(key)!.sort((a, b) => compareCodeUnits(a.file, b.file))]));
}

/**
 * The periods a shard can be, coarsest first, each key extending its parent's: year "2024",
 * quarter "2024-Q4", month "2024-Q4-11", third of a month "2024-Q4-11-2" (days 11-20), day
 * "2024-Q4-11-2-15". A day is never split, however busy.
 */
const LEVELS: ((page: ShardedPage, parent: string) => string)[] = [
  (page) => page.date.slice(0, 4),
  (page, parent) => `${parent}-Q${Math.floor((Number(page.date.slice(5, 7)) - 1) / 3) + 1}`,
  (page, parent) => `${parent}-${page.date.slice(5, 7)}`,
  (page, parent) => `${parent}-${Math.min(3, Math.floor((Number(page.date.slice(8, 10)) - 1) / 10) + 1)}`,
  (page, parent) => `${parent}-${page.date.slice(8, 10)}`,
];

/** Puts each period of `pages` at `level` into `shards` whole, or split at the next level when over `limit`. */
function split<P extends ShardedPage>(pages: readonly P[], level: number, parent: string, limit: number, shards: Map<string, P[]>): void {
  for (const [key, inPeriod] of groupBy(pages, (page) => LEVELS[level]!(page, parent))) {
    if (inPeriod.length <= limit || level === LEVELS.length - 1) shards.set(key, inPeriod);
    else split(inPeriod, level + 1, key, limit, shards);
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function checkPage(page: ShardedPage, seen: Set<string>): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(page.date)) {
    throw new Error(`Search index: ${page.file} has no date of the form YYYY-MM-DD (got "${page.date}")`);
  }
  if (page.file === "" || page.file.startsWith("/") || page.file.includes("\\") || page.file.split("/").includes("..")) {
    throw new Error(`Search index: "${page.file}" is not a path inside the site (POSIX, relative, no "..")`);
  }
  if (seen.has(page.file)) throw new Error(`Search index: ${page.file} is listed twice`);
  seen.add(page.file);
}
