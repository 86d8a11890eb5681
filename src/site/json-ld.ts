/**
 * schema.org `NewsArticle` structured data for an entry page, as the text of a
 * `<script type="application/ld+json">` block. Article text goes in as JSON strings, and the
 * serialisation escapes `<`, `>` and `&` (and the two JavaScript line separators) as \u escapes,
 * so no text can close the script element or open a comment: the block stays data.
 */
import type { Entry } from "../model.ts";
import type { SiteConfig } from "./config.ts";
import { datetimeAttribute } from "./dates.ts";

type LinkedEntry = Pick<Entry, "url" | "title" | "lead" | "date" | "outlet" | "byline"> & {
  people: { name: string; url: string }[];
  places: { name: string; url: string; lat?: number; lon?: number }[];
};

/** Absolute URLs by site (base URL and path prefix), then path: each entry page links to dozens of the same few thousand. */
const absoluteUrls = new Map<string, Map<string, string>>();

/** The absolute URL of a site-relative path, with the site's path prefix. */
export function absoluteUrl(site: Pick<SiteConfig, "baseUrl" | "pathPrefix">, sitePath: string): string {
  const siteKey = `${site.baseUrl}\0${site.pathPrefix}`;
  let urls = absoluteUrls.get(siteKey);
  if (!urls) absoluteUrls.set(siteKey, (urls = new Map()));
  let url = urls.get(sitePath);
  if (url === undefined) urls.set(sitePath, (url = new URL(`${site.pathPrefix.replace(/\/$/, "")}${sitePath}`, site.baseUrl).href));
  return url;
}

export function newsArticleJsonLd(entry: LinkedEntry, site: SiteConfig): string {
  const url = absoluteUrl(site, entry.url);
  return serializeJsonLd({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: entry.title,
    ...(entry.lead ? { description: entry.lead } : {}),
    // As precise as the date is known: 2024-05-22, 2024-05 or 2024 (ISO 8601 reduced precision).
    datePublished: datetimeAttribute(entry.date),
    url,
    mainEntityOfPage: url,
    inLanguage: site.language,
    ...(entry.byline.length ? { author: entry.byline.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(entry.outlet ? { publisher: { "@type": "Organization", name: entry.outlet } } : {}),
    ...(entry.people.length || entry.places.length
      ? {
          mentions: [
            ...entry.people.map((person) => ({ "@type": "Person", name: person.name, url: absoluteUrl(site, person.url) })),
            ...entry.places.map((place) => ({
              "@type": "Place",
              name: place.name,
              url: absoluteUrl(site, place.url),
              ...(typeof place.lat === "number" && typeof place.lon === "number"
                ? { geo: { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon } }
                : {}),
            })),
          ],
        }
      : {}),
  });
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON that is safe inside a `<script>` element of an HTML page. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c] ?? c);
}
