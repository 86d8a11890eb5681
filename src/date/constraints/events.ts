/**
 * Constraints from a mention of a key event and the phrases bound to it: the event has happened
 * (or is still in force), and a relative phrase, weekday, duration or anniversary counts from it.
 * An ambiguous mention keeps every candidate: the article is after the earliest of them.
 */
import { between, onOrAfter, union, type DaySet } from "../day-set.ts";
import { addYears, formatDay, fromIso, MAX_DAY, WEEKDAY_NAMES } from "../days.ts";
import type { AnniversaryExpression, CalendarExpression, DurationExpression, RelativeExpression, WeekdayExpression } from "../expressions/types.ts";
import type { EventMention } from "../mentions/events.ts";
import type { StoryEvent, StoryReference } from "../story.ts";
import { describeSet } from "./describe.ts";
import { durationDays } from "./durations.ts";
import { articleDaysFor } from "./relations.ts";
import { STRENGTH, type Constraint } from "./types.ts";

export function mentionConstraint(mention: EventMention, candidates: readonly StoryEvent[], calendar: CalendarExpression | undefined): Constraint {
  const dated = calendar ? ` (dated by “${calendar.text}”)` : "";
  if (mention.mode === "ongoing") {
    const set = union(...candidates.map((event) => between(fromIso(event.date), event.end ? fromIso(event.end) : MAX_DAY)));
    const spans = candidates.map((event) => `${event.name}, ${event.end ? `${formatDay(fromIso(event.date))} – ${formatDay(fromIso(event.end))}` : `from ${formatDay(fromIso(event.date))}`}`);
    const which = spans.length === 1 ? spans[0] : `one of: ${spans.join("; ")}`;
    return { kind: "event", set, strength: STRENGTH.ongoing, anchor: false, text: mention.text, subject: subjectOf(candidates), reading: `still in force: ${which}${dated} → the article is ${describeSet(set)}` };
  }
  const earliest = Math.min(...candidates.map((event) => fromIso(event.date)));
  const which = candidates.length === 1
    ? `${candidates[0]!.name}, ${formatDay(earliest)}${dated}`
    : `one of: ${candidates.map((event) => `${event.name}, ${formatDay(fromIso(event.date))}`).join("; ")} — the earliest counts`;
  return {
    kind: "event",
    set: onOrAfter(earliest),
    strength: STRENGTH.event,
    anchor: true,
    text: mention.text,
    subject: subjectOf(candidates),
    reading: `${which} → the article is on or after ${formatDay(earliest)}`,
  };
}

export function weekdayConstraint(text: string, expression: WeekdayExpression, events: readonly StoryEvent[]): Constraint {
  const set = union(...events.map((event) => between(fromIso(event.date), fromIso(event.date) + 7)));
  const [first] = events;
  return {
    kind: "event",
    set,
    strength: STRENGTH.eventWeekday,
    anchor: true,
    text,
    subject: events.map((event) => event.id).join(" "),
    reading: `${first!.name} fell on a ${WEEKDAY_NAMES[expression.weekday]}; naming only the weekday means it was within the past week → the article is ${describeSet(set)}`,
  };
}

export function relativeConstraint(text: string, expression: RelativeExpression, events: readonly StoryEvent[]): Constraint {
  const set = union(...events.map((event) => articleDaysFor(expression.relation, fromIso(event.date))));
  const recent = expression.relation.startsWith("recent");
  const names = events.map((event) => `${event.name} (${formatDay(fromIso(event.date))})`).join(" or ");
  return {
    kind: "relative",
    set,
    strength: recent ? STRENGTH.figure : STRENGTH.relative,
    anchor: true,
    text,
    subject: `${expression.relation} ${events.map((event) => event.id).join(" ")}`,
    reading: `“${expression.text}” said of ${names} → the article is ${describeSet(set)}`,
  };
}

export function durationConstraint(expression: DurationExpression, events: readonly StoryEvent[]): Constraint {
  const set = union(...events.map((event) => durationDays(fromIso(event.date), expression)));
  const names = events.map((event) => `${event.name} (${formatDay(fromIso(event.date))})`).join(" or ");
  const amount = `${QUALIFIER_WORDS[expression.qualifier]}${expression.amount} ${expression.unit}${expression.amount === 1 ? "" : "s"}`;
  const how = expression.completed ? `a span of ${amount} that has ended, counted from` : `${amount} after`;
  return {
    kind: "duration",
    set,
    strength: STRENGTH.duration,
    anchor: true,
    text: expression.text,
    reading: `${how} ${names} → the article is ${describeSet(set)}`,
  };
}

export function anniversaryConstraint(expression: AnniversaryExpression, events: readonly StoryEvent[]): Constraint {
  const set: DaySet = union(...events.map((event) => {
    const anniversary = addYears(fromIso(event.date), expression.years);
    return expression.ahead ? between(anniversary - 45, anniversary) : between(anniversary - 3, anniversary + 30);
  }));
  return {
    kind: "anniversary",
    set,
    strength: STRENGTH.anniversary,
    anchor: !expression.ahead,
    text: expression.text,
    reading: `anniversary of ${events.map((event) => event.name).join(" or ")} → the article is ${describeSet(set)}`,
  };
}

function subjectOf(events: readonly StoryEvent[]): string {
  return events.map((event) => event.id).join(" ");
}

const QUALIFIER_WORDS: Record<DurationExpression["qualifier"], string> = {
  nearly: "just under ",
  "more than": "over ",
  about: "about ",
  exactly: "",
};

/** Events that began a state: "captivity" and "war" began on 7 October 2023. */
export function eventsBeginning(state: string, story: StoryReference): StoryEvent[] {
  return story.events.filter((event) => event.states.some((begun) => state === begun.toLowerCase() || state.startsWith(`${begun.toLowerCase()} `)));
}
