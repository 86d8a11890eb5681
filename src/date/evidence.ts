/**
 * Evidence and conflicts in words: each kept constraint as its quoted phrase with what it
 * implies, strongest first; each dropped one as a sentence saying what it claimed and why it lost.
 * A scraped page date much later than the content allows is kept but said to be overruled.
 * A phrase the article repeats is said once.
 */
import type { DateEvidence } from "../model.ts";
import type { Constraint } from "./constraints/types.ts";
import { describeSet } from "./constraints/describe.ts";
import { lastDay } from "./day-set.ts";
import { formatDay, MAX_DAY, WEEKDAY_NAMES, type Day } from "./days.ts";
import type { WeekdayExpression } from "./expressions/types.ts";
import type { DroppedConstraint } from "./infer.ts";

/** A page date this much later than the content's latest day was a later crawl or update. */
const OVERRULED_AFTER_DAYS = 30;

export function evidenceFor(kept: readonly Constraint[], estimate: Day): DateEvidence[] {
  const contentLatest = latestFromContent(kept);
  const listed = unique([...kept].filter((constraint) => constraint.kind !== "coverage").sort((a, b) => b.strength - a.strength));
  return listed.map((constraint) => ({ text: constraint.text, reading: readingOf(constraint, estimate, contentLatest) }));
}

export function weekdayEvidence(weekdays: readonly WeekdayExpression[], weekday: number, estimate: Day): DateEvidence[] {
  const named = weekdays.find((expression) => expression.weekday === weekday);
  if (!named) return [];
  return [{ text: named.text, reading: `the latest events are placed on a ${WEEKDAY_NAMES[weekday]}, so the estimate is the first ${WEEKDAY_NAMES[weekday]} the other evidence allows: ${formatDay(estimate)}` }];
}

/** A dropped page date is also evidence: the reader should see that it was looked at and overruled. */
export function overruledPageDates(dropped: readonly DroppedConstraint[]): DateEvidence[] {
  return dropped
    .filter(({ constraint }) => constraint.kind === "page-date")
    .map(({ constraint, against }) => ({ text: constraint.text, reading: `scraped page date overruled: the content places the article ${describeSet(against)}` }));
}

export function conflictsFor(dropped: readonly DroppedConstraint[], estimate: Day): string[] {
  return dropped.map(({ constraint, against }) =>
    constraint.kind === "coverage"
      ? `The text places the article ${describeSet(against)}, outside the span the story reference covers; that assumption was dropped.`
      : `Dropped “${constraint.text}” (${readingOf(constraint, estimate, undefined)}): it contradicts stronger evidence placing the article ${describeSet(against)}.`);
}

/** Constraints that disagree with an editor's or dateline's day, said as conflicts. */
export function disagreementsWith(constraints: readonly Constraint[], day: Day, label: string): string[] {
  return constraints
    .filter((constraint) => constraint.kind !== "coverage")
    .map((constraint) => `“${constraint.text}” (${readingOf(constraint, day, undefined)}) disagrees with ${label} ${formatDay(day)}, which wins.`);
}

/**
 * Each line once, first occurrence first: a phrase the article repeats becomes a constraint per
 * occurrence, and each dropped or disagreeing occurrence would otherwise be listed again, word for word.
 */
export function distinctLines(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** Each item once where text and reading are both identical (a page date scraped twice, say), first occurrence first. */
export function distinctEvidence(items: readonly DateEvidence[]): DateEvidence[] {
  const seen = new Set<string>();
  return items.filter(({ text, reading }) => {
    const key = `${text}\u0000${reading}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The latest day the content allows: not counting scraped page dates or the story's span. */
function latestFromContent(kept: readonly Constraint[]): Day | undefined {
  const bounds = kept
    .filter((constraint) => constraint.kind !== "page-date" && constraint.kind !== "coverage")
    .map((constraint) => lastDay(constraint.set) ?? MAX_DAY)
    .filter((day) => day < MAX_DAY);
  return bounds.length > 0 ? Math.min(...bounds) : undefined;
}

function readingOf(constraint: Constraint, estimate: Day, contentLatest: Day | undefined): string {
  const reading = typeof constraint.reading === "string" ? constraint.reading : constraint.reading(estimate);
  if (constraint.kind !== "page-date" || contentLatest === undefined) return reading;
  const pageDay = lastDay(constraint.set)!;
  if (pageDay - contentLatest <= OVERRULED_AFTER_DAYS) return reading;
  return `scraped page date overruled: the page existed on ${formatDay(pageDay)}, but the content places the article no later than ${formatDay(contentLatest)}; the page date is a later copy or crawl, not the publication date`;
}

/** One constraint per subject and set of days (the first, strongest mention), and no repeated phrase. */
function unique(constraints: readonly Constraint[]): Constraint[] {
  const seen = new Set<string>();
  return constraints.filter((constraint) => {
    const key = constraint.subject === undefined
      ? `${constraint.kind}\u0000${constraint.text}\u0000${JSON.stringify(constraint.set)}`
      : `${constraint.kind}\u0000${constraint.subject}\u0000${JSON.stringify(constraint.set)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
