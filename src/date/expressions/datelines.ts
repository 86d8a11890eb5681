/**
 * Datelines and publication lines: "DOHA, Qatar, Nov. 24, 2023 —" at the start of the headline
 * or first paragraph, and "Published: Tuesday 12 March 2024" lines (which the clean stage sets
 * aside). An "Updated …" line only says the article existed by then.
 */
import type { CleanArticle } from "../../model.ts";
import { dayOf, type Day } from "../days.ts";
import { chronoMatches } from "./chrono.ts";

export interface Dateline {
  text: string;
  day: Day;
  kind: "published" | "updated";
}

/** A place in capitals, optionally followed by a region: "DOHA, Qatar, ", "JERUSALEM (AP) ". */
const PLACE_PREFIX = /^\s*(?:[\p{Lu}][\p{Lu}\p{M}.'’ -]*[\p{Lu}.](?:\s*\([^)]{1,20}\))?(?:,\s*[\p{Lu}][\p{L}.'’ -]{0,30})*,?\s*)?$/u;
const LINE_PREFIX = /^\s*(?<label>published|posted|first published|updated|last updated|last modified)\b(?:\s+on)?\s*:?[^\d]*$/iu;
/** After the date: a dash, a bracket, a bar, or nothing more than a time. */
const DATE_END = /^\s*(?:[—–|(-]|$|\d{1,2}[:.]\d{2})/u;

/** How far into the opening text a dateline may end. */
const OPENING_LENGTH = 120;

export function findDatelines(clean: CleanArticle): Dateline[] {
  const openings = [clean.headline, clean.body[0]?.text].filter((text): text is string => Boolean(text));
  return [...clean.publicationLines, ...openings]
    .map((text) => readDateline(text.slice(0, OPENING_LENGTH)))
    .filter((dateline): dateline is Dateline => dateline !== undefined);
}

function readDateline(opening: string): Dateline | undefined {
  const match = chronoMatches(opening).find(({ start }) => start.year !== undefined && start.month !== undefined && start.day !== undefined);
  if (!match) return undefined;
  const before = opening.slice(0, match.index);
  const after = opening.slice(match.index + match.text.length);
  if (!DATE_END.test(after)) return undefined;
  const label = LINE_PREFIX.exec(before)?.groups?.label;
  if (label === undefined && !PLACE_PREFIX.test(before)) return undefined;
  const { year, month, day } = match.start as Required<typeof match.start>;
  const text = opening.slice(0, match.index + match.text.length).trim();
  return { text, day: dayOf(year, month, day), kind: label && /updated|modified/i.test(label) ? "updated" : "published" };
}
