/** A weekday alone ("on Wednesday", "Tuesday evening", "Saturday's meeting"), via chrono. */
import { tenseAt } from "../tense.ts";
import type { ChronoMatch } from "./chrono.ts";
import type { WeekdayExpression } from "./types.ts";

export function findWeekdays(sentence: string, matches: readonly ChronoMatch[]): WeekdayExpression[] {
  return matches.flatMap((match) => {
    const { weekday, month, day, year } = match.start;
    if (weekday === undefined || month !== undefined || day !== undefined || year !== undefined) return [];
    // chrono reads "next Tuesday" and "last Tuesday" too; only a plain weekday names a day of the week just past.
    if (/\b(?:next|last|this|coming)\b/i.test(match.text)) return [];
    return [{ kind: "weekday" as const, text: match.text, index: match.index, tense: tenseAt(sentence, match.index, match.text), weekday }];
  });
}
