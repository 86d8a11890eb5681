/**
 * A fingerprint per repeated page (src/site/pages.ts): a hash of exactly the data its template
 * shows. Two builds giving a page the same fingerprint (with the same templates and settings)
 * render the same HTML, so a rebuild renders only pages whose fingerprint changed.
 *
 * An entry appears inside many pages (periods, people, places, figure tables); there it is
 * hashed once and stands in as that hash, without its previous/next links, which only its own
 * page shows. That hash is also the fingerprint of the entry's article itself (what the search
 * index holds of it: the page minus its links to the neighbours). Work is linear in the size of
 * the pages' data.
 */
import { createHash } from "node:crypto";
import type { SitePages } from "./pages.ts";

export interface SiteFingerprints {
  /** URL → fingerprint of every page in the lists. */
  pages: Map<string, string>;
  /** Entry URL → fingerprint of the entry without its neighbours. */
  articles: Map<string, string>;
}

export function fingerprintPages(pages: SitePages): SiteFingerprints {
  const entryHashes = new Map<object, string>();
  for (const entry of pages.entries) entryHashes.set(entry, hashOf(JSON.stringify({ ...entry, previous: null, next: null })));
  // Nested entries become their hash; the page's own object (key "") is always serialised.
  const replacer = function (this: unknown, key: string, value: unknown) {
    if (key !== "" && typeof value === "object" && value !== null) {
      const hash = entryHashes.get(value);
      if (hash !== undefined) return `entry:${hash}`;
    }
    return value;
  };
  const fingerprints = new Map<string, string>();
  for (const entry of pages.entries) {
    fingerprints.set(entry.url, hashOf(`${entryHashes.get(entry)}\0${JSON.stringify([entry.previous, entry.next])}`));
  }
  const { entries: _entries, ...lists } = pages;
  for (const [kind, list] of Object.entries(lists) as [string, { url: string }[]][]) {
    for (const page of list) fingerprints.set(page.url, hashOf(`${kind}\0${JSON.stringify(page, replacer)}`));
  }
  return { pages: fingerprints, articles: new Map(pages.entries.map((entry) => [entry.url, entryHashes.get(entry)!])) };
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

