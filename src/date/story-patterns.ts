/**
 * Every pattern built from the story reference, compiled once per StoryReference (the events'
 * phrases are compiled as the story is read): people's names and title matchers, figure series'
 * words and tolls. One literal index over all of them (literal-index.ts) scans a sentence once
 * to tell which of them can match in it at all.
 */
import { QUALIFIER } from "./expressions/numbers.ts";
import { LiteralIndex } from "./literal-index.ts";
import { alternation, wordsPattern } from "./regex.ts";
import type { FigureSeries, StoryPerson, StoryReference, StoryRole } from "./story.ts";

export interface RoleMatchers {
  /** "President Joe Biden": a title before the name, given names between. */
  titleFirst?: RegExp;
  /** "David Barnea, chief of Mossad": the title after the name, set off by a comma. */
  appositive?: RegExp;
  /** "Biden administration": a word right after the name. */
  nameFirst?: RegExp;
}

export interface PersonPatterns {
  /** Any of the person's names: every title matcher needs one. */
  names: RegExp;
  roles: Map<StoryRole, RoleMatchers>;
}

export interface SeriesPatterns {
  /** A count followed by one of the series' nouns: "at least 7,028 Palestinians". */
  toll: RegExp;
  /** Undefined when the series lists none: then it never matches. */
  deathWords?: RegExp;
  /** Undefined when the series requires no word. */
  requires?: RegExp;
}

export interface StoryPatterns {
  people: Map<StoryPerson, PersonPatterns>;
  series: Map<FigureSeries, SeriesPatterns>;
  /** Indexes the patterns above and the events' phrases. */
  index: LiteralIndex;
}

const compiled = new WeakMap<StoryReference, StoryPatterns>();

export function storyPatterns(story: StoryReference): StoryPatterns {
  let patterns = compiled.get(story);
  if (!patterns) {
    patterns = compile(story);
    compiled.set(story, patterns);
  }
  return patterns;
}

function compile(story: StoryReference): StoryPatterns {
  const people = new Map(story.people.map((person) => [person, personPatterns(person)]));
  const series = new Map(story.figures.map((figureSeries) => [figureSeries, seriesPatterns(figureSeries)]));
  const regexes = [
    ...story.events.flatMap((event) => [...event.mentions, ...event.ongoing]).map((pattern) => pattern.regex),
    ...[...people.values()].flatMap(({ names, roles }) => [names, ...[...roles.values()].flatMap((matchers) => Object.values(matchers))]),
    ...[...series.values()].flatMap((patterns) => Object.values(patterns)),
  ];
  return { people, series, index: new LiteralIndex(regexes.filter((regex): regex is RegExp => regex !== undefined)) };
}

const START = "(?<![\\p{L}\\p{N}])";
const EDGE = "(?![\\p{L}\\p{N}])";

function personPatterns(person: StoryPerson): PersonPatterns {
  const names = `(?:${alternation(person.names)})`;
  return {
    names: new RegExp(names, "iu"),
    roles: new Map(person.roles.map((role) => [role, roleMatchers(names, role)])),
  };
}

function roleMatchers(names: string, role: StoryRole): RoleMatchers {
  const before = role.before.length > 0 ? `(?:${role.before.join("|")})` : undefined;
  return {
    ...(before && {
      titleFirst: new RegExp(`${START}${before}\\s+(?<between>(?:[\\p{L}'’.-]+\\s+){0,4}?)${names}${EDGE}`, "giu"),
      appositive: new RegExp(`${START}${names},\\s+(?<between>(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?)${before}${EDGE}`, "giu"),
    }),
    ...(role.after.length > 0 && {
      nameFirst: new RegExp(`${START}${names}(?:['’]s)?\\s+(?:${role.after.join("|")})${EDGE}`, "giu"),
    }),
  };
}

function seriesPatterns(series: FigureSeries): SeriesPatterns {
  const deathWords = wordsPattern(series.deathWords);
  const requires = wordsPattern(series.requires);
  return {
    toll: new RegExp(
      `(?<![\\p{L}\\p{N},])(?:(?<qualifier>${QUALIFIER})\\s+)?(?<number>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(series.nouns)})${EDGE}`,
      "giu",
    ),
    ...(deathWords && { deathWords }),
    ...(requires && { requires }),
  };
}
