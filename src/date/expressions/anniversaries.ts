/**
 * Anniversaries: "Israel's 75-year history" counts from a founding in the story reference;
 * "the first anniversary of the attack" counts from the event named next to it.
 */
import { alternation } from "../regex.ts";
import type { StoryFounding } from "../story.ts";
import { tenseAt } from "../tense.ts";
import { COUNT, parseCount } from "./numbers.ts";
import type { AnniversaryExpression, HistoryExpression } from "./types.ts";

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const ANNIVERSARY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<ahead>(?:ahead\\s+of|before|approaching|on\\s+the\\s+eve\\s+of)\\s+)?(?:the\\s+|its\\s+)?(?:(?<ordinal>${Object.keys(ORDINALS).join("|")}|\\d+(?:st|nd|rd|th))|(?<count>${COUNT})[\\s-]+years?)\\s+anniversary\\b`,
  "giu",
);

export function findAnniversaries(sentence: string): AnniversaryExpression[] {
  return [...sentence.matchAll(ANNIVERSARY)].flatMap((match) => {
    const { ordinal, count, ahead } = match.groups!;
    const years = ordinal !== undefined
      ? ORDINALS[ordinal.toLowerCase()] ?? Number.parseInt(ordinal, 10)
      : parseCount(count ?? "");
    if (years === undefined || !Number.isFinite(years) || years <= 0) return [];
    const text = match[0];
    return [{ kind: "anniversary" as const, text, index: match.index, tense: tenseAt(sentence, match.index, text), years, ahead: ahead !== undefined }];
  });
}

export function findHistories(sentence: string, foundings: readonly StoryFounding[]): HistoryExpression[] {
  return foundings.flatMap((founding) => {
    const names = alternation(founding.names);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?:['’]s)?\\s+(?<count>${COUNT})[\\s-]+year(?:-long)?\\s+history\\b`, "giu");
    return [...sentence.matchAll(pattern)].flatMap((match) => {
      const years = parseCount(match.groups!.count!);
      if (years === undefined || Number.isNaN(years)) return [];
      return [{ kind: "history" as const, text: match[0], index: match.index, tense: tenseAt(sentence, match.index, match[0]), years, founding }];
    });
  });
}
