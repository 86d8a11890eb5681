/**
 * Temporal expressions found in one sentence, before any reasoning about the article's date.
 * Each records its verbatim text and where it stands, so that it can be quoted as evidence and
 * bound to the event named nearest to it.
 */
import type { Day } from "../days.ts";
import type { StoryFounding } from "../story.ts";
import type { Tense } from "../tense.ts";

export interface Phrase {
  /** Verbatim text. */
  text: string;
  /** Offset in the sentence. */
  index: number;
  tense: Tense;
}

/** A full date with its year: "Oct. 7, 2023", or a span "November 24-30, 2023". */
export interface DateExpression extends Phrase {
  kind: "date";
  first: Day;
  last: Day;
}

/** A stretch of a year with its year: "in late 2023", "mid-January 2025", "in 2007". */
export interface PeriodExpression extends Phrase {
  kind: "period";
  first: Day;
  last: Day;
}

/** Days of a month without a year: "October 18", "early May", "Wednesday, March 5". */
export interface YearlessExpression extends Phrase {
  kind: "yearless";
  /** 1–12 */
  month: number;
  firstDay: number;
  /** null: to the end of the month. */
  lastDay: number | null;
  weekday?: number;
}

export interface WeekdayExpression extends Phrase {
  kind: "weekday";
  /** 0 = Sunday. */
  weekday: number;
}

export type RelativeRelation =
  | "today"
  | "yesterday"
  | "this week"
  | "earlier this week"
  | "last week"
  | "this month"
  | "earlier this month"
  | "last month"
  | "this year"
  | "earlier this year"
  | "last year"
  | "next week"
  | "next month"
  | "recent days"
  | "recent weeks"
  | "recent months"
  | "recent";

/** Said relative to the article's own day: "last month", "earlier this week", "a recent assault". */
export interface RelativeExpression extends Phrase {
  kind: "relative";
  relation: RelativeRelation;
}

export type DurationUnit = "day" | "week" | "month" | "year";

export type DurationQualifier = "nearly" | "more than" | "about" | "exactly";

/** "nearly eight months of captivity", "held for 470 days", "two weeks after the attack". */
export interface DurationExpression extends Phrase {
  kind: "duration";
  amount: number;
  unit: DurationUnit;
  qualifier: DurationQualifier;
  /** The state the duration measures ("captivity"), when named instead of an event. */
  state?: string;
  /** A span that has ended ("released after 471 days"): only a lower bound on the article. */
  completed: boolean;
}

/** "Israel's 75-year history": counts from a founding. */
export interface HistoryExpression extends Phrase {
  kind: "history";
  years: number;
  founding: StoryFounding;
}

/** "the first anniversary of the attack", "ahead of the second anniversary". */
export interface AnniversaryExpression extends Phrase {
  kind: "anniversary";
  years: number;
  /** "ahead of", "before", "approaching": the article precedes the anniversary. */
  ahead: boolean;
}

/** Expressions that name days of the calendar, and can therefore identify an event's date. */
export type CalendarExpression = DateExpression | PeriodExpression | YearlessExpression;

export type Expression =
  | CalendarExpression
  | WeekdayExpression
  | RelativeExpression
  | DurationExpression
  | HistoryExpression
  | AnniversaryExpression;
