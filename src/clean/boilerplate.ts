/**
 * Scraped-page junk, recognised by its shape (never by site name). Each detector looks at the
 * line at `index` and says how many lines it claims, or null. The cleaner removes what they
 * claim and lists it in the build report: nothing is lost silently.
 */
import type { BoilerplateKind } from "../model.ts";
import type { Line } from "./lines.ts";

export interface Detection {
  kind: BoilerplateKind;
  /** Number of lines claimed, starting at `index` (blank lines inside included). */
  length: number;
  /** Tag-list topics, for `kind: "tag-list"`. */
  topics?: string[];
}

type Detector = (lines: readonly Line[], index: number) => Detection | null;

const one = (kind: BoilerplateKind): Detection => ({ kind, length: 1 });
const textAt = (lines: readonly Line[], index: number): string => lines[index]?.text ?? "";

/** "Current:Home > News…", "Home › World › Middle East", "You are here: …". */
const breadcrumb: Detector = (lines, index) =>
  /^(?:current\s*:?\s*)?home\s*(?:>|›|»|\/|\|)|^you are here\s*:/i.test(textAt(lines, index)) ? one("breadcrumb") : null;

/** A lone interface word left behind by a scraper: "View", "Share", "Advertisement". */
const STRAY_WORDS =
  /^(?:view|share|share this|comments?|advertisement|advert|ad|print|email|e-mail|listen|save|follow|subscribe|menu|close|loading\.*|skip to (?:main )?content|read more|show more|see more|watch|play|video|image|photo|gallery|enlarge|copy link|link copied)$/i;
const strayWord: Detector = (lines, index) => (STRAY_WORDS.test(textAt(lines, index)) ? one("stray-word") : null);

/** "Date:2025-04-17 08:41:39": a machine timestamp of the scraped page, not a publication line. */
export const SCRAPED_DATE = /^(?:date|time|timestamp|scraped|crawled|retrieved)\s*:\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const scrapedDate: Detector = (lines, index) => (SCRAPED_DATE.test(textAt(lines, index)) ? one("scraped-date") : null);

/** "TwitterveryGood! (81)", "Share (12)", "Likes: 1.2K", "Facebook Twitter Email". */
const SOCIAL = /(?:twitter|facebook|whatsapp|linkedin|reddit|pinterest|telegram|email|share|like|likes|tweet|comments?)/i;
const shareCounter: Detector = (lines, index) => {
  const text = textAt(lines, index);
  if (text.length > 60) return null;
  const counted = /\(\s*\d[\d,.]*\s*[kKmM]?\s*\)\s*$/.test(text) && !/[.?]["”]?$/.test(text.replace(/\([^)]*\)\s*$/, "").trim());
  const labelled = /^(?:shares?|likes?|comments?|views?|reactions?)\s*:?\s*\d[\d,.]*\s*[kKmM]?$/i.test(text);
  const socialOnly = text.split(/\s+/).every((word) => SOCIAL.test(word)) && SOCIAL.test(text);
  return (counted && (SOCIAL.test(text) || !/\s/.test(text.replace(/\s*\([^)]*\)$/, "")))) || labelled || socialOnly
    ? one("share-counter")
    : null;
};

/** "- In:" followed by "- Hamas", "- Israel" … ; or "Tags: a, b, c" on one line. */
const TAG_HEAD = /^[-•*]?\s*(in|tags?|topics?|filed under|more on|categories|category)\s*:\s*(.*)$/i;
const LIST_ITEM = /^[-•*]\s+(.{1,80})$/;
const tagList: Detector = (lines, index) => {
  const head = TAG_HEAD.exec(textAt(lines, index));
  if (!head) return null;
  const inline = (head[2] ?? "").trim();
  if (inline !== "") {
    // One-line form ("Tags: a, b") only when it reads as a list, not as prose after "In:".
    const topics = inline.split(/\s*[,;|]\s*/).filter(Boolean);
    const listLike = topics.length >= 2 && topics.every((topic) => topic.split(/\s+/).length <= 5 && !/[.!?]$/.test(topic));
    return listLike && head[1]?.toLowerCase() !== "in" ? { kind: "tag-list", length: 1, topics } : null;
  }
  const topics: string[] = [];
  let cursor = index + 1;
  for (; cursor < lines.length; cursor++) {
    const item = LIST_ITEM.exec(textAt(lines, cursor));
    if (!item) break;
    topics.push((item[1] ?? "").trim());
  }
  return topics.length > 0 ? { kind: "tag-list", length: cursor - index, topics } : null;
};

/**
 * "Related", "Ranking", "Recommendation", "Most read" …: a heading followed by a run of
 * headline-length lines (other sites' stories). The run ends at the first prose-length line.
 */
const LINK_LIST_HEAD =
  /^(?:related(?: (?:stories|articles|coverage|content|news|topics|links))?|ranking|rankings|recommend(?:ed|ation|ations)?(?: for you| stories)?|more (?:from|on|in) [\w .'-]{1,40}|more stories|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|read (?:more|next|also)|also read|you (?:may|might) (?:also )?like|editor'?s picks|top stories|latest(?: news| stories)?|see also|popular(?: now)?|what to read next)\s*:?$/i;
const LINK_ITEM_MAX = 200;
const linkList: Detector = (lines, index) => {
  if (!LINK_LIST_HEAD.test(textAt(lines, index))) return null;
  let cursor = index + 1;
  let items = 0;
  for (; cursor < lines.length; cursor++) {
    const text = textAt(lines, cursor);
    if (text === "") continue;
    if (text.length > LINK_ITEM_MAX) break;
    if (!LINK_LIST_HEAD.test(text)) items++;
  }
  // Give back trailing blank lines so the claim ends on the last item.
  while (cursor > index + 1 && textAt(lines, cursor - 1) === "") cursor--;
  return items > 0 ? { kind: "link-list", length: cursor - index } : null;
};

/** "This story is developing and will be updated.", "More to come." */
const DEVELOPING =
  /^(?:this (?:is a )?(?:story|article|report|post|page) (?:is|has been) (?:developing|breaking|being updated)|this is a (?:developing|breaking)(?: news)? story|(?:this story will be updated|more to come|check back (?:later )?for updates|developing story)[.!]?$)/i;
const developingNote: Detector = (lines, index) => (DEVELOPING.test(textAt(lines, index)) ? one("developing-note") : null);

/** In order of precedence: the first detector that claims a line wins. */
export const BOILERPLATE_DETECTORS: readonly Detector[] = [
  breadcrumb,
  scrapedDate,
  tagList,
  linkList,
  strayWord,
  shareCounter,
  developingNote,
];

export function detectBoilerplate(lines: readonly Line[], index: number): Detection | null {
  for (const detect of BOILERPLATE_DETECTORS) {
    const found = detect(lines, index);
    if (found) return found;
  }
  return null;
}
