/**
 * Every temporal expression in one sentence, one parser per kind. Where two overlap, the longer
 * wins ("Wednesday, March 5" is one yearless date, not also a weekday).
 */
import type { StoryReference } from "../story.ts";
import { findAbsoluteDates } from "./absolute.ts";
import { findAnniversaries, findHistories } from "./anniversaries.ts";
import { chronoMatches } from "./chrono.ts";
import { findDurations } from "./durations.ts";
import { findPeriods } from "./periods.ts";
import { findRelativePhrases } from "./relative.ts";
import type { Expression } from "./types.ts";
import { findWeekdays } from "./weekdays.ts";
import { findYearlessDates } from "./yearless.ts";

export function findExpressions(sentence: string, story: StoryReference): Expression[] {
  const matches = chronoMatches(sentence);
  const all: Expression[] = [
    ...findAbsoluteDates(sentence, matches),
    ...findYearlessDates(sentence, matches),
    ...findWeekdays(sentence, matches),
    ...findPeriods(sentence),
    ...findRelativePhrases(sentence),
    ...findDurations(sentence),
    ...findHistories(sentence, story.foundings),
    ...findAnniversaries(sentence),
  ];
  return all
    .filter((expression) => !all.some((other) => other !== expression && covers(other, expression)))
    .sort((a, b) => a.index - b.index);
}

/** True when `outer` spans `inner` and is longer (or, equally long, comes first in the list). */
function covers(outer: Expression, inner: Expression): boolean {
  const outerEnd = outer.index + outer.text.length;
  const innerEnd = inner.index + inner.text.length;
  if (outer.index > inner.index || outerEnd < innerEnd) return false;
  return outer.text.length > inner.text.length;
}
