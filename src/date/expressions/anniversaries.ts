/**
 * Anniversaries: "Israel's 75-year history" counts from a founding in the story reference;
 * "the first anniversary of the attack" counts from the event named next to it.
 */
import { literalFilter } from "../literal-index.ts";
import { alternation, matchesIn } from "../regex.ts";
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

/** False for a sentence without the word "anniversary". */
const mayHoldAnniversary = literalFilter([ANNIVERSARY]);

export function findAnniversaries(sentence: string): AnniversaryExpression[] {
  if (!mayHoldAnniversary(sentence)) return [];
  return matchesIn(ANNIVERSARY, sentence).flatMap((match) => {
    const { ordinal, count, ahead } = match.groups!;
    const years = ordinal !== undefined
      ? ORDINALS[ordinal.toLowerCase()] ?? Number.parseInt(ordinal, 10)
      : parseCount(count ?? "");
    if (years === undefined || !Number.isFinite(years) || years <= 0) return [];
    const text = match[0];
    return [{ kind: "anniversary" as const, text, index: match.index, tense: tenseAt(sentence, match.index, text), years, ahead: ahead !== undefined }];
  });
}

interface HistoryPattern {
  regex: RegExp;
  mayMatch: (text: string) => boolean;
}

const historyPatterns = new WeakMap<StoryFounding, HistoryPattern>();

export function findHistories(sentence: string, foundings: readonly StoryFounding[]): HistoryExpression[] {
  return foundings.flatMap((founding) => {
    const pattern = historyPattern(founding);
    if (!pattern.mayMatch(sentence)) return [];
    return matchesIn(pattern.regex, sentence).flatMap((match) => {
      const years = parseCount(match.groups!.count!);
      if (years === undefined || Number.isNaN(years)) return [];
      return [{ kind: "history" as const, text: match[0], index: match.index, tense: tenseAt(sentence, match.index, match[0]), years, founding }];
    });
  });
}

/** "Israel's 75-year history", compiled once per founding. */
function historyPattern(founding: StoryFounding): HistoryPattern {
  let pattern = historyPatterns.get(founding);
  if (!pattern) {
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(founding.names)})(?:['’]s)?\\s+(?<count>${COUNT})[\\s-]+year(?:-long)?\\s+history\\b`, "giu");
    pattern = { regex, mayMatch: literalFilter([regex]) };
    historyPatterns.set(founding, pattern);
  }
  return pattern;
}
