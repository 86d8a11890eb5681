/**
 * Which event mention each date phrase of a sentence speaks of, and whether a dated phrase fits
 * an event: "the cease-fire began in mid-January" binds "mid-January" to "cease-fire began",
 * which it fits for the January 2025 ceasefire only.
 */
import { dayOf, endOfMonth, fromIso, partsOf, weekdayOf } from "../days.ts";
import type { CalendarExpression, Expression } from "../expressions/types.ts";
import type { EventMention } from "../mentions/events.ts";
import type { StoryEvent } from "../story.ts";

/** A phrase further than this from every event mention is not about any of them. */
const MAX_BINDING_GAP = 80;

/**
 * Each expression goes to the nearest mention(s), and to mentions overlapping those. "N days
 * after …", "since …" and "anniversary of …" count from what follows them, so they bind only forward.
 */
export function bindToMentions(expressions: readonly Expression[], mentions: readonly EventMention[]): Map<EventMention, Expression[]> {
  const bound = new Map<EventMention, Expression[]>();
  for (const expression of expressions) {
    const forward = looksForward(expression);
    const gaps = mentions.map((mention) => (forward && mention.index < expression.index + expression.text.length ? Number.POSITIVE_INFINITY : gap(expression, mention)));
    const nearest = Math.min(...gaps);
    if (!(nearest <= MAX_BINDING_GAP)) continue;
    const chosen = mentions.filter((_, index) => gaps[index] === nearest);
    const withOverlapping = mentions.filter((mention) => chosen.some((other) => mention.index < other.end && other.index < mention.end));
    for (const mention of withOverlapping) bound.set(mention, [...(bound.get(mention) ?? []), expression]);
  }
  return bound;
}

function looksForward(expression: Expression): boolean {
  return expression.kind === "anniversary" || (expression.kind === "duration" && /\b(?:since|after)$/i.test(expression.text));
}

function gap(expression: Expression, mention: EventMention): number {
  const end = expression.index + expression.text.length;
  return Math.max(0, mention.index - end, expression.index - mention.end);
}

export function isCalendar(expression: Expression): expression is CalendarExpression {
  return expression.kind === "date" || expression.kind === "period" || expression.kind === "yearless";
}

/** The event's day (±1) lies within the days the expression names. */
export function eventFits(event: StoryEvent, expression: CalendarExpression): boolean {
  const day = fromIso(event.date);
  if (expression.kind !== "yearless") return expression.first - 1 <= day && day <= expression.last + 1;
  const { year } = partsOf(day);
  const first = dayOf(year, expression.month, expression.firstDay);
  const last = expression.lastDay === null ? endOfMonth(first) : dayOf(year, expression.month, expression.lastDay);
  return first - 1 <= day && day <= last + 1;
}

export function weekdayFits(event: StoryEvent, weekday: number): boolean {
  const day = fromIso(event.date);
  return [day - 1, day, day + 1].some((near) => weekdayOf(near) === weekday);
}

/** The sentence from the event phrase to the date phrase, verbatim; elided when they stand far apart. */
export function quote(sentence: string, mention: EventMention, expression: Expression): string {
  const start = Math.min(mention.index, expression.index);
  const end = Math.max(mention.end, expression.index + expression.text.length);
  if (end - start <= 120) return sentence.slice(start, end);
  return mention.index < expression.index ? `${mention.text} … ${expression.text}` : `${expression.text} … ${mention.text}`;
}
