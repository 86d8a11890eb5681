/**
 * The data model passed through the pipeline:
 *
 *   read → Article → clean → CleanArticle → extract → Extraction
 *                                         → date    → DatedArticle
 *   entries → Entry (Markdown file) → site (Eleventy) → search (Pagefind)
 *
 * Every stage takes and returns these types; nothing else crosses a stage boundary.
 * Types only: no runtime code lives here.
 */

/** Calendar day as `YYYY-MM-DD`. Dates are days, never instants, so no time zone can shift them. */
export type IsoDay = string;

// ─── read ────────────────────────────────────────────────────────────────────

/** Editor corrections from an article's YAML front matter (all optional). Documented in README. */
export interface FrontMatter {
  /** Replaces the detected or generated headline. */
  title?: string;
  /** The publication day, `YYYY-MM-DD`: the editor's word beats any inference. */
  date?: IsoDay;
  /** The publishing organisation; `null` says "no outlet" explicitly. */
  outlet?: string | null;
  /** Entities to add (by name) or to drop (by canonical name or any mention). */
  people?: EntityCorrection;
  places?: EntityCorrection;
  organizations?: EntityCorrection;
}

export interface EntityCorrection {
  add?: string[];
  drop?: string[];
}

/** One article file, decoded and split from its front matter. */
export interface Article {
  /** Path relative to the project root, with `/` separators, e.g. `content/articles/a.txt`. */
  source: string;
  /** The file's base name, e.g. `a.txt`. */
  fileName: string;
  /** The encoding the bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  frontMatter: FrontMatter;
  /** The text after the front matter: Unicode NFC, `\n` line endings, no BOM. */
  text: string;
  /** 1-based line number in the file where `text` starts (after front matter). */
  firstLine: number;
  /** sha256 of the decoded text + front matter: the cache key of everything derived from it. */
  contentHash: string;
}

// ─── clean ───────────────────────────────────────────────────────────────────

/** A block of the cleaned body, in reading order. */
export interface BodyBlock {
  kind: "paragraph" | "subhead";
  text: string;
}

export interface Caption {
  text: string;
  /** Credit line such as "Leon Neal/Getty Images/FILE", when one follows the caption. */
  credit?: string;
}

export type BoilerplateKind =
  | "breadcrumb"
  | "repeated-headline"
  | "stray-word"
  | "scraped-date"
  | "share-counter"
  | "tag-list"
  | "link-list"
  | "developing-note";

/** Something removed from the body, kept for the build report: never silently lost. */
export interface Boilerplate {
  kind: BoilerplateKind;
  /** The removed text, verbatim (several lines joined with `\n`). */
  text: string;
  /** 1-based line in the article text (not counting front matter). */
  line: number;
}

export interface CleanArticle {
  article: Article;
  /** The headline found in the text, or null when the article has none. */
  headline: string | null;
  /** A second, different headline-like line. */
  standfirst: string | null;
  body: BodyBlock[];
  /** Author names from an author bio or byline line. */
  byline: string[];
  /** Names from "X, Y and Z contributed reporting". */
  contributors: string[];
  captions: Caption[];
  /** Topics from scraped tag lists ("- In:" …). */
  topics: string[];
  /** Scraped page dates ("Date:2025-04-17 08:41:39"), verbatim: weak date evidence only. */
  scrapedDates: string[];
  /** Publication lines removed from the body ("Published: Tuesday 12 March 2024"), verbatim: strong date evidence. */
  publicationLines: string[];
  /**
   * Credit lines removed from the body, verbatim: "By …" bylines, author bios, "… contributed
   * reporting". They name reporters (never people in the news) and are evidence for the outlet.
   */
  creditLines: string[];
  boilerplate: Boilerplate[];
}

// ─── extract ─────────────────────────────────────────────────────────────────

export interface Person {
  /** Canonical full name, e.g. "David Barnea". */
  name: string;
  /** Every surface form found, deduplicated, in order of first appearance. */
  mentions: string[];
  /** Role the text gives, e.g. "Mossad director". */
  role?: string;
  /** Sentences that mention the person (for entity pages). */
  sentences: string[];
}

export type PlaceKind = "country" | "city" | "territory" | "region";

export interface Place {
  /** Canonical gazetteer name, e.g. "Gaza Strip", "United States". */
  name: string;
  mentions: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country it lies in (its own code for a country). */
  country?: string;
  lat?: number;
  lon?: number;
  sentences: string[];
}

export interface Organization {
  name: string;
  mentions: string[];
  sentences: string[];
}

export type FigureQualifier =
  | "about"
  | "at least"
  | "more than"
  | "fewer than"
  | "nearly"
  | "roughly"
  | "up to"
  | "exactly";

/** A number that counts something in the news. */
export interface Figure {
  /** The value; vague words map to a conventional value ("dozens" → 24). */
  value: number;
  /** The surface text of the number phrase, e.g. "roughly 1,200 people". */
  text: string;
  qualifier?: FigureQualifier;
  /** What it counts, e.g. "people killed", "hostages still in Gaza". */
  counts: string;
  /** The sentence it comes from. */
  sentence: string;
}

export interface Extraction {
  people: Person[];
  places: Place[];
  organizations: Organization[];
  figures: Figure[];
  outlet: string | null;
  /** The phrase that names the outlet ("told CBS News"), when found. */
  outletEvidence?: string;
}

// ─── date ────────────────────────────────────────────────────────────────────

export type DatePrecision = "day" | "week" | "month" | "year";
export type DateSource = "front-matter" | "text" | "inferred";

export interface DateEvidence {
  /** The phrase quoted from the text, e.g. "nearly eight months of captivity". */
  text: string;
  /** What it implies, e.g. "≈ 8 months after 2023-10-07 → 2024-05-14 … 2024-06-21". */
  reading: string;
}

export interface ArticleDate {
  /** Best estimate. */
  date: IsoDay;
  precision: DatePrecision;
  range: { earliest: IsoDay; latest: IsoDay };
  source: DateSource;
  evidence: DateEvidence[];
  /** Constraints dropped because they contradicted stronger ones, each said in words. */
  conflicts: string[];
}

// ─── entries ─────────────────────────────────────────────────────────────────

/**
 * One timeline entry: everything the site needs about one article. Written as a Markdown
 * file (front matter = every field but `body`; Markdown body = the cleaned text, escaped so that
 * article text can never become markup).
 */
export interface Entry {
  /** URL slug of the title, unique across the site; for titles that slugify alike, see assignIds in src/entries. */
  id: string;
  /** Site-relative URL, e.g. `/entries/israel-scraps-mossad-chiefs-visit/`. */
  url: string;
  /** Source files (several when duplicates were merged), project-relative. */
  sources: string[];
  title: string;
  titleGenerated: boolean;
  standfirst: string | null;
  /** One-line lead for lists (first sentence of the body, shortened at a word boundary). */
  lead: string;
  date: ArticleDate;
  outlet: string | null;
  outletEvidence?: string;
  byline: string[];
  contributors: string[];
  captions: Caption[];
  topics: string[];
  people: Person[];
  places: Place[];
  organizations: Organization[];
  figures: Figure[];
  body: BodyBlock[];
  boilerplate: Boilerplate[];
  /** Article encoding as read, for the report. */
  encoding: string;
  contentHash: string;
}
