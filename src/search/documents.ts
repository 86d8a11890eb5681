/**
 * What Pagefind indexes of an entry: its `<article>`, rendered from the same template its page
 * shows it with (templates/_includes/entry-article.njk), minus the parts the page marks
 * `data-pagefind-ignore`. Indexing these documents rather than the rendered pages means the
 * search stage needs nothing from Eleventy, so it runs beside it (src/search/worker.ts).
 *
 * The template gets a slim copy of the entry (`SearchEntry`): only what the indexed part shows,
 * so that handing 10,000 entries to the search thread copies little.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import nunjucks from "nunjucks";
import type { ArticleDate, Entry, Organization } from "../model.ts";
import { renderBodyHtml } from "../site/body-html.ts";
import type { SiteEntry } from "../site/data.ts";
import { siteFilters } from "../site/filters.ts";
import { pageFile } from "../site/pages.ts";
import type { SearchDocument } from "./types.ts";

/** The template, relative to the templates folder's `_includes/`. */
export const ARTICLE_TEMPLATE = "entry-article.njk";

/** The fields of a site entry the indexed part of its article shows. */
export interface SearchEntry {
  url: string;
  title: string;
  titleGenerated: boolean;
  standfirst: Entry["standfirst"];
  outlet: Entry["outlet"];
  byline: string[];
  contributors: string[];
  captions: Entry["captions"];
  /** Rendered to HTML only when the document is (a rebuild renders a shard's, not all). */
  body: Entry["body"];
  year: string;
  /** The date without its evidence and conflicts, which only the ignored part shows. */
  date: ArticleDate;
  people: { name: string; role?: string; url: string }[];
  places: { name: string; kind: string; url: string }[];
  organizations: Pick<Organization, "name">[];
}

export function searchEntryOf(entry: SiteEntry): SearchEntry {
  return {
    url: entry.url,
    title: entry.title,
    titleGenerated: entry.titleGenerated,
    standfirst: entry.standfirst,
    outlet: entry.outlet,
    byline: entry.byline,
    contributors: entry.contributors,
    captions: entry.captions,
    body: entry.body,
    year: entry.year,
    date: { ...entry.date, evidence: [], conflicts: [] },
    people: entry.people.map(({ name, role, url }) => (role === undefined ? { name, url } : { name, role, url })),
    places: entry.places.map(({ name, kind, url }) => ({ name, kind, url })),
    organizations: entry.organizations.map(({ name }) => ({ name })),
  };
}

/**
 * A document's fingerprint from its entry's key (src/entries: writeEntries) and the render key:
 * a search entry is its entry plus the URLs of its people and places, so those are all it adds.
 */
export function searchFingerprintOf(entry: SearchEntry, entryKey: string, rendererKey: string): string {
  const urls = (items: readonly { url: string }[]) => items.map((item) => item.url).join("\n"); // URLs hold no line breaks
  return createHash("sha256").update(`${rendererKey}\0${entryKey}\0${urls(entry.people)}\0${urls(entry.places)}`).digest("hex");
}

/** Renders search documents with the site's templates (`templatesDir`) and filters. */
export function searchDocumentRenderer(templatesDir: string, language: string): (entry: SearchEntry) => SearchDocument {
  // Compiled on first use: a build whose shards are all reused renders nothing.
  let template: nunjucks.Template | undefined;
  const compile = (): nunjucks.Template => {
    const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(templatesDir, "_includes")), { autoescape: true });
    for (const [name, filter] of Object.entries(siteFilters)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
    return environment.getTemplate(ARTICLE_TEMPLATE, true);
  };
  const lang = language.replace(/[^A-Za-z0-9-]/g, "");
  return (entry) => ({
    file: pageFile(entry.url),
    date: entry.date.date,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${(template ??= compile()).render({ entry: { ...entry, bodyHtml: renderBodyHtml(entry.body) }, searchDocument: true })}</body></html>\n`,
  });
}
