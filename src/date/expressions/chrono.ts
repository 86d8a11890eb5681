/**
 * Runs chrono-node once per sentence and keeps only what it read off the page (its known
 * values), never the values it implied from a reference date: the year of "Oct. 7" is for the
 * engine to work out, not for chrono's nearest-occurrence default.
 */
import * as chrono from "chrono-node";

export interface ChronoComponents {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

export interface ChronoMatch {
  text: string;
  index: number;
  start: ChronoComponents;
  end?: ChronoComponents;
}

/** Any fixed reference will do: implied values are discarded. */
const REFERENCE = new Date(2000, 0, 1);

/**
 * A calendar expression names a month or a weekday, or is a numeric date. chrono also resolves
 * "now", "last week" and "next week" to full dates against its reference; those are relative
 * phrases, read elsewhere against the article's own day.
 */
const CALENDAR_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])|\d{4}-\d{2}-\d{2}/i;
const RELATIVE_WORD = /\b(?:now|today|tonight|tomorrow|yesterday|last|next|this|ago|coming|past|later|earlier|within)\b/i;
/**
 * CALENDAR_WORD without its word edges. chrono's matches are pieces of the text, so a text
 * without any of these holds no calendar expression, and chrono (the engine's slowest parser)
 * need not read it.
 */
const CALENDAR_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d{4}-\d{2}-\d{2}/i;

export function chronoMatches(sentence: string): ChronoMatch[] {
  if (!CALENDAR_STEM.test(sentence)) return [];
  const results = chrono.en.casual.parse(sentence, REFERENCE).filter((result) => CALENDAR_WORD.test(result.text) && !RELATIVE_WORD.test(result.text));
  return results.map((result) => {
    const text = result.text.trimEnd().replace(/,$/, "");
    return {
      text,
      index: result.index,
      start: known(result.start),
      ...(result.end && { end: known(result.end) }),
    };
  });
}

function known(components: chrono.ParsedComponents): ChronoComponents {
  const read = (component: "year" | "month" | "day" | "weekday") =>
    components.isCertain(component) ? components.get(component) ?? undefined : undefined;
  const values = { year: read("year"), month: read("month"), day: read("day"), weekday: read("weekday") };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as ChronoComponents;
}
