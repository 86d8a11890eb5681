/**
 * What a relative phrase says about the article's day once the event it qualifies is dated:
 * "the truce collapsed last month" (1 Dec 2023) → the article is in January 2024. Event days are
 * taken ±1 day, since an event at night or across time zones can fall on either side of midnight
 * (and of a month's end).
 */
import { between, union, type DaySet } from "../day-set.ts";
import { addMonths, addYears, endOfMonth, endOfYear, startOfMonth, startOfYear, type Day } from "../days.ts";
import type { RelativeRelation } from "../expressions/types.ts";

export function articleDaysFor(relation: RelativeRelation, event: Day): DaySet {
  return union(...[event - 1, event, event + 1].map((day) => exactly(relation, day)));
}

function exactly(relation: RelativeRelation, event: Day): DaySet {
  switch (relation) {
    case "today":
      return between(event, event);
    case "yesterday":
      return between(event + 1, event + 1);
    case "this week":
      return between(event, event + 6);
    case "earlier this week":
      return between(event + 1, event + 6);
    case "last week":
      return between(event + 1, event + 13);
    case "this month":
      return between(event, endOfMonth(event));
    case "earlier this month":
      return between(event + 1, endOfMonth(event));
    case "last month": {
      const next = addMonths(startOfMonth(event), 1);
      return between(next, endOfMonth(next));
    }
    case "this year":
      return between(event, endOfYear(event));
    case "earlier this year":
      return between(event + 1, endOfYear(event));
    case "last year": {
      const next = addYears(startOfYear(event), 1);
      return between(next, endOfYear(next));
    }
    case "next week":
      return between(event - 13, event - 1);
    case "next month": {
      const previous = addMonths(startOfMonth(event), -1);
      return between(previous, endOfMonth(previous));
    }
    case "recent days":
      return between(event, event + 10);
    case "recent weeks":
      return between(event, event + 42);
    case "recent months":
      return between(event, event + 180);
    case "recent":
      return between(event, event + 60);
  }
}
