/** Full dates with a year ("Oct. 7, 2023", "Tuesday 12 March 2024", "November 24-30, 2023"), via chrono. */
import { dayOf } from "../days.ts";
import { tenseAt } from "../tense.ts";
import type { ChronoComponents, ChronoMatch } from "./chrono.ts";
import type { DateExpression } from "./types.ts";

export function findAbsoluteDates(sentence: string, matches: readonly ChronoMatch[]): DateExpression[] {
  return matches.flatMap((match) => {
    const first = fullDay(match.start);
    if (first === undefined) return [];
    const end = match.end && fullDay({ year: match.start.year, month: match.start.month, ...match.end });
    return [{
      kind: "date" as const,
      text: match.text,
      index: match.index,
      tense: tenseAt(sentence, match.index, match.text),
      first,
      last: end !== undefined && end >= first ? end : first,
    }];
  });
}

function fullDay({ year, month, day }: ChronoComponents): number | undefined {
  return year !== undefined && month !== undefined && day !== undefined ? dayOf(year, month, day) : undefined;
}
