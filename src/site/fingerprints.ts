/**
 * A fingerprint per repeated page (src/site/pages.ts): a hash of exactly the data its template
 * shows. Two builds giving a page the same fingerprint (with the same templates, settings and
 * code: the render key) render the same HTML, so a rebuild renders only pages whose fingerprint
 * changed.
 *
 * An entry appears inside many pages (periods, people, places, figure tables); there it is hashed
 * once and stands in as that hash, without its previous/next links, which only its own page
 * shows. The people, places and figures of an entry, which those pages show one by one, stand in
 * as the entry's hash and their place in it.
 *
 * An entry's hash covers its Entry and the URLs given to its people and places (which depend on
 * the other entries' names); the other fields a site entry adds (its body as HTML, its year, its
 * source file names) follow from the Entry by the code. Given the hash of each Entry
 * (`entryKeys`: the entries stage has one), an entry costs a few URLs; without, its JSON.
 */
import { hash } from "node:crypto";
import type { SiteEntry, SiteFigureSeries } from "./data.ts";
import type { SitePages } from "./pages.ts";

export interface SiteFingerprints {
  /** URL → fingerprint of every page in the lists. */
  pages: Map<string, string>;
}

export interface FingerprintOptions {
  /**
   * Entry id → a hash of that entry exactly as given to `buildSiteData` (of its whole JSON, say):
   * anything that changes whenever the entry does. An entry without one is hashed here.
   */
  entryKeys?: ReadonlyMap<string, string>;
}

export function fingerprintPages(pages: SitePages, options: FingerprintOptions = {}): SiteFingerprints {
  const fingerprints = new Map<string, string>();
  // Each entry shown inside a page stands in as a short reference to its hash; its own page
  // adds its neighbours.
  const references = new Map<object, string>();
  for (const entry of pages.entries) {
    const article = articleHash(entry, options.entryKeys?.get(entry.id));
    references.set(entry, `e:${article}`);
    fingerprints.set(entry.url, hashOf(`${article}\0${JSON.stringify([entry.previous, entry.next])}`));
  }
  // An object held beside an entry (an appearance `{ entry, item }`, a figure row, a figure
  // series' point), whose other fields are primitives or that entry's own people, places and
  // figures, stands in as one string: the entry's reference and each field, a part as its place
  // in the entry. Hundreds of thousands of such objects are serialised here; one call each
  // instead of a call per field.
  const replacer = (_key: string, value: unknown) => {
    if (typeof value !== "object" || value === null) return value;
    return references.get(value) ?? besideEntry(value, references) ?? value;
  };
  const { entries: _entries, ...lists } = pages;
  for (const [kind, list] of Object.entries(lists) as [string, { url: string }[]][]) {
    // The kind inside the JSON, not joined to it: a page's JSON can be megabytes.
    for (const page of list) fingerprints.set(page.url, hashOf(JSON.stringify([kind, kind === "figureSeries" ? seriesInputs(page as SiteFigureSeries) : page], replacer)));
  }
  return { pages: fingerprints };
}

/**
 * A figure series' page as what it is made from: its points (each an entry's figure, in order)
 * and the rest of the series but what follows from the points by the code, as an entry's body
 * HTML follows from the entry: the disagreements, the disputes and the summary by month. Those
 * made most of the bytes fingerprinted (18 MB of 33 at 10,000 entries).
 */
function seriesInputs({ disputes: _disputes, disputeCount: _disputeCount, months: _months, points, ...series }: SiteFigureSeries) {
  return { ...series, points: points.map(({ disagreements: _disagreements, ...point }) => point) };
}

/**
 * `value` as one string when it holds an entry and, beside it, only primitives and parts of that
 * entry (an appearance, a figure row, a figure series' point); otherwise undefined, and
 * JSON.stringify goes through it field by field.
 */
function besideEntry(value: object, references: ReadonlyMap<object, string>): string | undefined {
  const entry = (value as { entry?: unknown }).entry;
  if (typeof entry !== "object" || entry === null) return undefined;
  let text = references.get(entry);
  if (text === undefined) return undefined;
  for (const key in value) {
    if (key === "entry") continue;
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "object" && field !== null) {
      const part = partOf(entry as SiteEntry, field);
      if (part === undefined) return undefined;
      text += `\0${key}=${part}`;
    } else {
      text += `\0${key}=${JSON.stringify(field)}`;
    }
  }
  return text;
}

/** `value` as its place among the entry's people, places or figures, if it is one of them. */
function partOf(entry: SiteEntry, value: object): string | undefined {
  // Each list by name (a property read by a computed name is several times slower here).
  const people = (entry.people as readonly object[]).indexOf(value);
  if (people !== -1) return `people:${people}`;
  const places = (entry.places as readonly object[]).indexOf(value);
  if (places !== -1) return `places:${places}`;
  const figures = (entry.figures as readonly object[]).indexOf(value);
  return figures === -1 ? undefined : `figures:${figures}`;
}

/** The hash of an entry without its neighbours, from the hash of its Entry when there is one. */
function articleHash(entry: SiteEntry, entryKey: string | undefined): string {
  if (entryKey !== undefined) {
    // Site URLs hold no line breaks.
    const urls = (list: readonly { url: string }[]) => list.map((item) => item.url).join("\n");
    return hashOf(`key\0${entryKey}\0${urls(entry.people)}\0${urls(entry.places)}`);
  }
  // Left out: what follows from the entry alone (body HTML, year, file names) and its neighbours.
  const { bodyHtml: _bodyHtml, year: _year, sourceNames: _sourceNames, previous: _previous, next: _next, ...own } = entry;
  return hashOf(JSON.stringify(["json", own]));
}

function hashOf(text: string): string {
  return hash("sha256", text, "base64url");
}
