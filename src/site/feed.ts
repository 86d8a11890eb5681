/**
 * Items for the Atom feed in the shape `@11ty/eleventy-plugin-rss`'s feed template reads from a
 * collection (`url`, `date`, `data.title`, `data.summary`, `data.page`, `content`). Oldest first:
 * the template reverses the collection. Dates are the entries' own, so the feed's `updated` is
 * the newest entry's date, never the build time. The feed carries the FEED_SIZE newest entries,
 * as feeds do: readers poll it, and a feed of a whole archive would weigh megabytes.
 */
import type { Entry } from "../model.ts";

export interface FeedItem {
  url: string;
  date: Date;
  data: {
    title: string;
    summary: string;
    /** What the template's `renderTransforms` filter needs to know about the page. */
    page: { url: string; inputPath: string; outputPath: string };
  };
  /** Body HTML; the feed template escapes it into `<content type="html">`. */
  content: string;
}

export const FEED_SIZE = 50;

/** Feed items of the FEED_SIZE newest of `entries` (given oldest first), oldest first. */
export function feedItems(entries: readonly (Entry & { bodyHtml: string })[]): FeedItem[] {
  return entries.slice(-FEED_SIZE).map((entry) => ({
    url: entry.url,
    date: new Date(`${entry.date.date}T00:00:00Z`),
    data: {
      title: entry.title,
      summary: entry.lead,
      page: { url: entry.url, inputPath: entry.sources[0] ?? entry.id, outputPath: `${entry.url}index.html` },
    },
    content: entry.bodyHtml,
  }));
}
