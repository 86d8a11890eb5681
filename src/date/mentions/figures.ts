/**
 * Death tolls quoted in a sentence that belong to one of the story's figure series: "at least
 * 7,028 Palestinians" killed, "roughly 1,200 people" killed in the attack.
 */
import { parseQualifier, QUALIFIER } from "../expressions/numbers.ts";
import type { DurationQualifier } from "../expressions/types.ts";
import { alternation, containsWord } from "../regex.ts";
import type { FigureSeries, StoryReference } from "../story.ts";

export interface FigureMention {
  text: string;
  index: number;
  value: number;
  qualifier: DurationQualifier;
  /** True when the number is written to the unit ("7,028"), not rounded ("35,000"). */
  precise: boolean;
  series: FigureSeries;
}

const cache = new WeakMap<FigureSeries, RegExp>();

export function findFigureMentions(sentence: string, story: StoryReference): FigureMention[] {
  return story.figures.flatMap((series) => {
    if (!containsWord(sentence, series.deathWords)) return [];
    if (series.requires.length > 0 && !containsWord(sentence, series.requires)) return [];
    return [...sentence.matchAll(patternFor(series))].flatMap((match) => {
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

function patternFor(series: FigureSeries): RegExp {
  const cached = cache.get(series);
  if (cached) return cached;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N},])(?:(?<qualifier>${QUALIFIER})\\s+)?(?<number>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(series.nouns)})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  cache.set(series, pattern);
  return pattern;
}
