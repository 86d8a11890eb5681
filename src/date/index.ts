/**
 * The date stage: CleanArticle → ArticleDate. Parsers find temporal expressions and mentions of
 * the story's events, people and tolls; these become constraints (sets of possible days); the
 * strongest agreeing constraints give the range, the estimate, the precision and the evidence.
 * Order of trust: front-matter `date` > a dateline or publication line > inference from content.
 */
import type { ArticleDate, CleanArticle } from "../model.ts";
import { articleConstraints } from "./constraints/index.ts";
import { SIGNIFICANT_STRENGTH } from "./constraints/types.ts";
import { contains, firstDay, lastDay } from "./day-set.ts";
import { MAX_DAY, MIN_DAY, parseIsoDay, toIso, type Day } from "./days.ts";
import { estimateDay } from "./estimate.ts";
import { conflictsFor, disagreementsWith, distinctEvidence, distinctLines, evidenceFor, overruledPageDates, weekdayEvidence } from "./evidence.ts";
import { combine } from "./infer.ts";
import { precisionOf } from "./precision.ts";
import type { StoryReference } from "./story.ts";

export type { StoryReference } from "./story.ts";
export { describeDate } from "./format.ts";

/** When the text bounds the date on one side only, the range reaches this far to the other. */
const OPEN_RANGE_DAYS = 365;

export function dateArticle(clean: CleanArticle, story: StoryReference): ArticleDate {
  const { constraints, weekdays } = articleConstraints(clean, story);
  const editorDay = clean.article.frontMatter.date === undefined ? undefined : parseIsoDay(clean.article.frontMatter.date);
  if (editorDay !== undefined) {
    const agreeing = constraints.filter((constraint) => contains(constraint.set, editorDay));
    const disagreeing = constraints.filter((constraint) => !contains(constraint.set, editorDay));
    return {
      date: toIso(editorDay),
      precision: "day",
      range: { earliest: toIso(editorDay), latest: toIso(editorDay) },
      source: "front-matter",
      evidence: distinctEvidence([{ text: `date: ${clean.article.frontMatter.date}`, reading: "the editor's date in the front matter" }, ...evidenceFor(agreeing, editorDay)]),
      conflicts: distinctLines(disagreementsWith(disagreeing, editorDay, "the editor's front-matter date")),
    };
  }

  const { set, kept, dropped } = combine(constraints);
  const [earliest, latest] = boundedRange(firstDay(set)!, lastDay(set)!);
  const estimate = estimateDay(set, earliest, latest, kept, weekdays.map((weekday) => weekday.weekday));
  const stated = kept.some((constraint) => constraint.kind === "dateline" && firstDay(constraint.set) === lastDay(constraint.set));
  const lowered = !stated && dropped.some(({ constraint }) => constraint.strength >= SIGNIFICANT_STRENGTH);
  return {
    date: toIso(estimate.day),
    precision: precisionOf(earliest, latest, lowered),
    range: { earliest: toIso(earliest), latest: toIso(latest) },
    source: stated ? "text" : "inferred",
    evidence: distinctEvidence([
      ...evidenceFor(kept, estimate.day),
      ...(estimate.weekday === undefined ? [] : weekdayEvidence(weekdays, estimate.weekday, estimate.day)),
      ...overruledPageDates(dropped),
    ]),
    conflicts: distinctLines(conflictsFor(dropped, estimate.day)),
  };
}

/**
 * A range open on one side (the story's span was dropped) is closed a year from its other end.
 * Open on both sides cannot happen: the story's span is then kept, and bounds both.
 */
function boundedRange(first: Day, last: Day): [Day, Day] {
  if (first <= MIN_DAY) return [last - OPEN_RANGE_DAYS, last];
  if (last >= MAX_DAY) return [first, first + OPEN_RANGE_DAYS];
  return [first, last];
}
