/**
 * Constraints from one sentence. Each date phrase is bound to the key event named nearest to it
 * in the sentence: a date that fits one of the event's candidates picks that candidate ("the
 * cease-fire began in mid-January" → January 2025); a relative phrase, weekday, duration or
 * anniversary is then counted from the event. Phrases left unbound stand on their own.
 */
import type { Expression, WeekdayExpression } from "../expressions/types.ts";
import type { EventMention } from "../mentions/events.ts";
import type { StoryReference } from "../story.ts";
import { bindToMentions, eventFits, isCalendar, quote, weekdayFits } from "./binding.ts";
import { datedConstraint, yearlessConstraint } from "./calendar.ts";
import {
  anniversaryConstraint,
  durationConstraint,
  eventsBeginning,
  mentionConstraint,
  relativeConstraint,
  weekdayConstraint,
} from "./events.ts";
import { historyConstraint } from "./history.ts";
import type { Constraint } from "./types.ts";

export interface SentenceResult {
  constraints: Constraint[];
  /** Weekdays of past events, for the estimate. */
  weekdays: WeekdayExpression[];
}

export function sentenceConstraints(
  sentence: string,
  expressions: readonly Expression[],
  mentions: readonly EventMention[],
  story: StoryReference,
): SentenceResult {
  const constraints: Constraint[] = [];
  const bound = bindToMentions(expressions, mentions);
  const consumed = new Set<Expression>();

  for (const mention of mentions) {
    const near = bound.get(mention) ?? [];
    const calendar = near.filter(isCalendar).find((expression) => mention.candidates.some((event) => eventFits(event, expression)));
    const dated = calendar ? mention.candidates.filter((event) => eventFits(event, calendar)) : mention.candidates;
    // A weekday said of an ambiguous phrase keeps the candidates that fell on it, if any did.
    const weekday = near.find((expression): expression is WeekdayExpression => expression.kind === "weekday" && expression.tense === "past");
    const onWeekday = weekday ? dated.filter((event) => weekdayFits(event, weekday.weekday)) : [];
    const candidates = onWeekday.length > 0 ? onWeekday : dated;
    if (calendar) consumed.add(calendar);
    constraints.push(mentionConstraint(mention, candidates, calendar));
    if (mention.mode !== "occurred") continue;

    for (const expression of near) {
      if (expression.kind === "weekday") {
        const fitting = candidates.filter((event) => weekdayFits(event, expression.weekday));
        if (fitting.length > 0 && expression.tense === "past") constraints.push(weekdayConstraint(quote(sentence, mention, expression), expression, fitting));
      } else if (expression.kind === "relative") {
        constraints.push(relativeConstraint(quote(sentence, mention, expression), expression, candidates));
        consumed.add(expression);
      } else if (expression.kind === "duration" && expression.state === undefined) {
        constraints.push(durationConstraint(expression, candidates));
        consumed.add(expression);
      } else if (expression.kind === "anniversary") {
        constraints.push(anniversaryConstraint(expression, candidates));
        consumed.add(expression);
      }
    }
  }

  for (const expression of expressions) {
    if (consumed.has(expression)) continue;
    if (expression.kind === "date" || expression.kind === "period") constraints.push(datedConstraint(expression));
    if (expression.kind === "yearless") constraints.push(yearlessConstraint(expression));
    if (expression.kind === "history") constraints.push(historyConstraint(expression));
    if (expression.kind === "duration" && expression.state !== undefined) {
      const anchors = eventsBeginning(expression.state, story);
      if (anchors.length > 0) constraints.push(durationConstraint(expression, anchors));
    }
  }

  const weekdays = expressions.filter((expression): expression is WeekdayExpression => expression.kind === "weekday" && expression.tense === "past");
  return { constraints, weekdays };
}
