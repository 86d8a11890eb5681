/** Month and day without a year ("October 18", "Oct. 7", "Wednesday, March 5"), via chrono. */
import { tenseAt } from "../tense.ts";
import type { ChronoMatch } from "./chrono.ts";
import type { YearlessExpression } from "./types.ts";

export function findYearlessDates(sentence: string, matches: readonly ChronoMatch[]): YearlessExpression[] {
  return matches.flatMap((match) => {
    const { year, month, day, weekday } = match.start;
    if (year !== undefined || month === undefined || day === undefined) return [];
    const endDay = match.end?.month === undefined || match.end.month === month ? match.end?.day : undefined;
    return [{
      kind: "yearless" as const,
      text: match.text,
      index: match.index,
      tense: tenseAt(sentence, match.index, match.text),
      month,
      firstDay: day,
      lastDay: endDay !== undefined && endDay >= day ? endDay : day,
      ...(weekday !== undefined && { weekday }),
    }];
  });
}
