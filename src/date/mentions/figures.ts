/**
 * Death tolls quoted in a sentence that belong to one of the story's figure series: "at least
 * 7,028 Palestinians" killed, "roughly 1,200 people" killed in the attack.
 */
import { parseQualifier } from "../expressions/numbers.ts";
import type { DurationQualifier } from "../expressions/types.ts";
import { matchesIn } from "../regex.ts";
import type { FigureSeries, StoryReference } from "../story.ts";
import { storyPatterns } from "../story-patterns.ts";

export interface FigureMention {
  text: string;
  index: number;
  value: number;
  qualifier: DurationQualifier;
  /** True when the number is written to the unit ("7,028"), not rounded ("35,000"). */
  precise: boolean;
  series: FigureSeries;
}

/** `found`: the story's literals in the sentence (story-patterns.ts), when the caller has them. */
export function findFigureMentions(sentence: string, story: StoryReference, found = storyPatterns(story).index.literalsIn(sentence)): FigureMention[] {
  const { series: patterns, index } = storyPatterns(story);
  return story.figures.flatMap((series) => {
    const { toll, deathWords, requires } = patterns.get(series)!;
    const mayMatch = (regex: RegExp) => index.mayMatch(regex, found);
    if (!deathWords || !mayMatch(deathWords) || !mayMatch(toll) || (requires && !mayMatch(requires))) return [];
    if (!deathWords.test(sentence)) return [];
    if (requires && !requires.test(sentence)) return [];
    return matchesIn(toll, sentence).flatMap((match) => {
      const value = Number(match.groups!.number!.replace(/,/g, ""));
      if (!Number.isFinite(value) || value < 10) return [];
      return [{
        text: match[0],
        index: match.index,
        value,
        qualifier: parseQualifier(match.groups!.qualifier),
        precise: value % 100 !== 0,
        series,
      }];
    });
  });
}
