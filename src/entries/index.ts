/**
 * The entries stage: the results of clean, extract and date for each article → `Entry`s with
 * unique, stable ids, and their Markdown files on disk.
 */
import { createHash } from "node:crypto";
import { generateTitle } from "../clean/index.ts";
import type { ArticleDate, CleanArticle, Entry, Extraction } from "../model.ts";
import { InputError, type InputProblem } from "../read/problems.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { splitSentences } from "../text/sentences.ts";
import { slugify } from "../text/slug.ts";
import { findDuplicates } from "./duplicates.ts";

export { entryToMarkdown, markdownToEntry, escapeMarkdown } from "./markdown.ts";
export { entryKeys, writeEntries } from "./write.ts";

/** Everything the earlier stages found about one article. */
export interface ProcessedArticle {
  clean: CleanArticle;
  extraction: Extraction;
  date: ArticleDate;
  /** The body's sentence hashes (src/text/fingerprint.ts), to find the same article saved twice. */
  fingerprint: string[];
}

/** An entry before the steps that need every entry, with what those steps compare of it. */
export interface EntryDraft {
  entry: Entry;
  fingerprint: readonly string[];
}

const LEAD_LENGTH = 200;

/**
 * Pure: processed articles → entries with unique ids, in chronological order. The same article
 * saved twice becomes one entry listing both sources. Throws an InputError naming every article
 * with no words left to publish.
 */
export function buildEntries(processed: readonly ProcessedArticle[]): Entry[] {
  return finishEntries(processed.map(draftEntry));
}

/**
 * One article's entry before the steps that need all of them (ids, duplicates), or the problem
 * that stops it. Made as soon as an article's results exist, so a build need not hold every
 * article's results and every entry at once.
 */
export function draftEntry(item: ProcessedArticle): EntryDraft | InputProblem {
  return titleOf(item.clean).title === "" ? wordlessProblem(item.clean) : { entry: toEntry(item), fingerprint: item.fingerprint };
}

/** Drafts → entries: duplicates merged, unique ids, chronological. Throws an InputError naming every problem. */
export function finishEntries(drafts: readonly (EntryDraft | InputProblem)[]): Entry[] {
  const problems = drafts.filter((draft): draft is InputProblem => "reason" in draft);
  if (problems.length > 0) throw new InputError(problems);
  const entries = findDuplicates(drafts as readonly EntryDraft[], (draft) => draft.fingerprint).map(({ kept, merged }) => {
    kept.entry.sources.push(...merged.map((draft) => draft.entry.sources[0]!));
    return kept.entry;
  });
  assignIds(entries);
  return entries.sort(compareEntries);
}

/** The first paragraph with a word in it: a lone "…" or "***" line cannot lead or title an entry. */
function leadParagraph(clean: CleanArticle): string {
  const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);
  return clean.body.find((block) => block.kind === "paragraph" && hasWord(block.text))?.text ?? clean.standfirst ?? clean.headline ?? "";
}

/** The front-matter title, else the headline, else one generated from the lead ("" when the article has no words). */
function titleOf(clean: CleanArticle): { title: string; generated: boolean } {
  const found = clean.article.frontMatter.title ?? clean.headline;
  return found === null ? { title: generateTitle(leadParagraph(clean)), generated: true } : { title: found, generated: false };
}

function wordlessProblem(clean: CleanArticle): InputProblem {
  const removed = [...clean.boilerplate.map((block) => block.kind), ...clean.creditLines.map(() => "credit line"), ...clean.publicationLines.map(() => "publication line")];
  return {
    file: clean.article.source,
    reason: `no article text is left once page furniture is removed${removed.length > 0 ? ` (removed: ${[...new Set(removed)].join(", ")})` : ""}`,
    fix: "put the article's text into the file (not only a byline, a date or share buttons), or delete it",
  };
}

/**
 * The entry takes the results' objects as they are: a result read from the cache or sent by a
 * worker holds one string per sentence, however many people, places and figures quote it
 * (src/cli/cache.ts), so copying them would only cost time.
 */
function toEntry({ clean, extraction, date }: ProcessedArticle): Entry {
  const firstParagraph = leadParagraph(clean);
  const { people, places, organizations, figures } = extraction;
  const { title, generated } = titleOf(clean);
  return {
    id: "",
    url: "",
    sources: [clean.article.source],
    title,
    titleGenerated: generated,
    standfirst: clean.standfirst,
    lead: shortenAtWord(splitSentences(firstParagraph)[0] ?? firstParagraph, LEAD_LENGTH),
    date,
    outlet: extraction.outlet,
    ...(extraction.outletEvidence === undefined ? {} : { outletEvidence: extraction.outletEvidence }),
    byline: clean.byline,
    contributors: clean.contributors,
    captions: clean.captions,
    topics: clean.topics,
    people,
    places,
    organizations,
    figures,
    body: clean.body,
    boilerplate: clean.boilerplate,
    encoding: clean.article.encoding,
    contentHash: clean.article.contentHash,
  };
}

/**
 * Id = slug of the title. Of the entries whose titles slugify alike, the earliest (by date, then
 * the narrower range, then source path) keeps the plain slug and the others get a suffix from
 * their source path: articles mostly arrive in date order, so a newer article with the same
 * headline gets the new URL and the published one keeps its own. The result depends only on the
 * entries, never on the order files were read in. A title with no usable slug ("entry") always
 * gets the suffix, since every such title shares that one slug.
 */
function assignIds(entries: Entry[]): void {
  const bySlug = new Map<string, Entry[]>();
  for (const entry of entries) {
    const slug = slugify(entry.title) || "entry";
    const group = bySlug.get(slug);
    if (group === undefined) bySlug.set(slug, [entry]);
    else group.push(entry);
  }
  for (const [slug, group] of bySlug) {
    const earliest = group.reduce((first, entry) => (compareBeforeIds(entry, first) < 0 ? entry : first));
    for (const entry of group) {
      entry.id = entry === earliest && slug !== "entry" ? slug : `${slug}-${shortHash(entry.sources[0] ?? "")}`;
      entry.url = `/entries/${entry.id}/`;
    }
  }
}

/** Chronological; ties broken by the narrower date range, then by id. */
export function compareEntries(a: Entry, b: Entry): number {
  return compareDates(a, b) || compareCodeUnits(a.id, b.id);
}

/** compareEntries for entries with no id yet: the source path breaks the last tie instead. */
function compareBeforeIds(a: Entry, b: Entry): number {
  return compareDates(a, b) || compareCodeUnits(a.sources[0] ?? "", b.sources[0] ?? "");
}

/**
 * By date, then the narrower date range first. ISO days sort as plain strings; the comparison
 * runs some 140,000 times to sort 10,000 entries, where a collator's `localeCompare` and parsing
 * both ends of each range every time took a quarter of a second.
 */
function compareDates(a: Entry, b: Entry): number {
  return compareCodeUnits(a.date.date, b.date.date) || rangeDays(a.date.range) - rangeDays(b.date.range);
}

/** Days in each range, worked out once per range. */
const rangeLengths = new WeakMap<ArticleDate["range"], number>();

function rangeDays(range: ArticleDate["range"]): number {
  let days = rangeLengths.get(range);
  if (days === undefined) rangeLengths.set(range, (days = (Date.parse(range.latest) - Date.parse(range.earliest)) / 86_400_000));
  return days;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/, "")}…`;
}
