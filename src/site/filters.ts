/**
 * Template filters, registered by `.eleventy.ts`. They return plain strings, which Nunjucks
 * autoescapes like any other data.
 */
import { describeDate } from "../date/format.ts";
import type { ArticleDate, IsoDay } from "../model.ts";
import { contentSecurityPolicy, type PageScripts } from "./csp.ts";
import { datetimeAttribute, formatDay, isIsoDay } from "./dates.ts";
import { absoluteUrl, newsArticleJsonLd } from "./json-ld.ts";
import { formatNumber } from "./numbers.ts";
import { escapeXml } from "./svg.ts";

/** "A", "A and B", "A, B and C" */
export function joinNames(names: readonly string[] | null | undefined): string {
  const list = [...(names ?? [])];
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** "31.52° N, 34.45° E" */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value < 0 ? negative : positive}`;
  return `${part(lat, "N", "S")}, ${part(lon, "E", "W")}`;
}

/** Whether the nav link to `sectionUrl` is the current section for `pageUrl`. */
export function isCurrentSection(pageUrl: string | undefined, sectionUrl: string): boolean {
  if (!pageUrl) return false;
  if (sectionUrl === "/") return pageUrl === "/" || pageUrl === "/newest/" || pageUrl.startsWith("/entries/");
  return pageUrl.startsWith(sectionUrl);
}

/** The HTML page URLs of a collection and of `more` (pages not rendered in this build), each once, sorted: the sitemap's list. */
export function sitemapUrls(items: readonly { url?: string | false }[], more: readonly string[] = []): string[] {
  const urls = [...items.map((item) => item.url), ...more].filter((url): url is string => typeof url === "string" && url.endsWith("/"));
  return [...new Set(urls)].sort();
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** "2024-05-14" or "14 May 2024", as the date engine writes days in its readings. */
const DAY_IN_TEXT = new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:${MONTHS}) \\d{4})\\b`, "g");

/**
 * Text as HTML with each calendar day in it ("2024-05-14", "14 May 2024") marked up as `<time>`:
 * the text is escaped first, so only the `<time>` elements are markup. Mark the result safe.
 */
export function withTimeElements(value: string): string {
  return escapeXml(value).replace(DAY_IN_TEXT, timeElement);
}

/** A day as written, as its `<time>` element (or as written, when no such day exists): each worked out once. */
const timeElements = new Map<string, string>();

function timeElement(written: string): string {
  let html = timeElements.get(written);
  if (html === undefined) {
    const iso = /^\d{4}/.test(written) ? written : isoOfWrittenDay(written);
    html = isIsoDay(iso) ? `<time datetime="${iso}">${written}</time>` : written;
    timeElements.set(written, html);
  }
  return html;
}

const MONTH_NUMBERS = new Map(MONTHS.split("|").map((month, index) => [month, String(index + 1).padStart(2, "0")]));

function isoOfWrittenDay(written: string): string {
  const [day = "", month = "", year = ""] = written.split(" ");
  return `${year}-${MONTH_NUMBERS.get(month) ?? "00"}-${day.padStart(2, "0")}`;
}

/** "1 entry", "2,400 entries" */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/**
 * `make`, worked out once per object: an entry's date is shown on its own page and in every list
 * naming it (some 300,000 times in a build of 10,000 entries, a few dozen per page).
 */
function oncePerObject<T extends object, R>(make: (value: T) => R): (value: T) => R {
  const made = new WeakMap<T, R>();
  return (value) => {
    if (typeof value !== "object" || value === null) return make(value);
    let result = made.get(value);
    if (result === undefined) made.set(value, (result = make(value)));
    return result;
  };
}

export const siteFilters = {
  displayDate: oncePerObject((date: ArticleDate) => describeDate(date)),
  datetime: oncePerObject((date: ArticleDate) => datetimeAttribute(date)),
  formatDay: (day: IsoDay) => formatDay(day),
  joinNames,
  formatCoordinates,
  isCurrentSection,
  sitemapUrls,
  countOf,
  withTimeElements,
  formatNumber,
  contentSecurityPolicy: (scripts: PageScripts | undefined, dev: boolean) => contentSecurityPolicy(scripts ?? "none", dev),
  newsArticleJsonLd,
  // Not "absoluteUrl": the feed plugin's filter of that name (URL, base) would replace it.
  // Memoised: the sitemap alone has one per page, 15,000 at 10,000 entries.
  siteUrl: (sitePath: string, site: Parameters<typeof absoluteUrl>[0]) => absoluteUrl(site, sitePath),
} satisfies Record<string, (...args: never[]) => unknown>;
