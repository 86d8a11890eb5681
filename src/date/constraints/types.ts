/**
 * A constraint: a set of days the article's publication must fall in, with how much to trust it
 * and the quoted phrase it comes from. Inference keeps the strongest constraints that agree.
 */
import type { DaySet } from "../day-set.ts";
import type { Day } from "../days.ts";

export type ConstraintKind =
  | "dateline"
  | "date"
  | "event"
  | "title"
  | "duration"
  | "anniversary"
  | "relative"
  | "figure"
  | "yearless"
  | "page-date"
  | "coverage";

export interface Constraint {
  kind: ConstraintKind;
  set: DaySet;
  /** Higher wins when constraints disagree; see STRENGTH. */
  strength: number;
  /**
   * The text reports something that happened on the set's first day or soon before the article:
   * news follows its latest event closely, so the estimate starts from the latest such day.
   */
  anchor: boolean;
  /** The phrase, quoted verbatim from the article. */
  text: string;
  /**
   * What the constraint is about (an event's id, a person's role): the same subject with the
   * same days, mentioned again, is the same evidence and is listed once.
   */
  subject?: string;
  /** What it implies, in words; a function when it depends on the final estimate (a year to resolve). */
  reading: string | ((estimate: Day) => string);
}

/** Order of trust. A dateline is the text's own word; scraped page dates and the story's span are weakest. */
export const STRENGTH = {
  dateline: 90,
  updatedLine: 80,
  date: 70,
  event: 70,
  title: 60,
  duration: 60,
  eventWeekday: 55,
  anniversary: 55,
  ongoing: 50,
  relative: 50,
  yearlessWithWeekday: 50,
  figure: 40,
  yearless: 20,
  pageDate: 15,
  coverage: 5,
} as const;

/** Dropping a constraint at least this strong lowers the precision of an inferred date. */
export const SIGNIFICANT_STRENGTH = 30;
