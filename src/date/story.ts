/**
 * The story reference (`content/reference/story.yaml`): key events with the phrases that name
 * them, foundings, people's office terms and reported death tolls. `parseStory` validates the
 * YAML and compiles its patterns (pure); `loadStory` reads the file. Errors name the file and
 * the exact key, e.g. `story.yaml: events[2].date: expected YYYY-MM-DD, got "2023-13-01"`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { IsoDay } from "../model.ts";
import { Reader, StoryError } from "./story-reader.ts";

/** A phrase pattern: matches inside one sentence, at word edges, ignoring case. */
export interface StoryPattern {
  regex: RegExp;
  /** When set, this must also occur in the same sentence. */
  with?: RegExp;
}

export interface StoryEvent {
  id: string;
  name: string;
  date: IsoDay;
  /** Last day of an event that lasted (a truce). */
  end?: IsoDay;
  source: string;
  /** Phrases saying the event happened. */
  mentions: StoryPattern[];
  /** Phrases saying the event is still going on ("the current truce"). */
  ongoing: StoryPattern[];
  /** States that began with the event, for durations ("eight months of captivity"). */
  states: string[];
}

export interface StoryFounding {
  name: string;
  names: string[];
  date: IsoDay;
  source: string;
}

export interface StoryTerm {
  from: IsoDay;
  /** Absent while the term is still running. */
  to?: IsoDay;
}

export interface StoryRole {
  role: string;
  /** Title patterns written before the name, or after it set off by a comma. */
  before: string[];
  /** Patterns right after the name ("administration"). */
  after: string[];
  terms: StoryTerm[];
  source: string;
}

export interface StoryPerson {
  name: string;
  /** Surface forms, longest first. */
  names: string[];
  roles: StoryRole[];
}

export type FigureSeriesKind = "cumulative" | "reported";

export interface FigurePoint {
  date: IsoDay;
  value: number;
}

export interface FigureSeries {
  name: string;
  kind: FigureSeriesKind;
  nouns: string[];
  deathWords: string[];
  requires: string[];
  lagDays: number;
  source: string;
  /** In date order. */
  points: FigurePoint[];
}

export interface StoryReference {
  story: string;
  coverage: { from: IsoDay; to: IsoDay; source: string };
  events: StoryEvent[];
  foundings: StoryFounding[];
  people: StoryPerson[];
  figures: FigureSeries[];
}

export { StoryError };

/** Reads and validates a story reference file. */
export function loadStory(filePath: string): StoryReference {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    throw new StoryError(`${filePath}: cannot be read (${(error as Error).message})`);
  }
  return parseStory(text, path.basename(filePath));
}

/** Validates story YAML text; `fileName` only labels error messages. */
export function parseStory(text: string, fileName: string): StoryReference {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new StoryError(`${fileName}: not valid YAML (${(error as Error).message})`);
  }
  const root = new Reader(fileName, "", data).object();
  const coverage = root.key("coverage").object();
  const story: StoryReference = {
    story: root.key("story").string(),
    coverage: {
      from: coverage.key("from").isoDay(),
      to: coverage.key("to").isoDay(),
      source: coverage.key("source").string(),
    },
    events: root.key("events").array().map(readEvent),
    foundings: root.optionalKey("foundings")?.array().map(readFounding) ?? [],
    people: root.optionalKey("people")?.array().map(readPerson) ?? [],
    figures: root.optionalKey("figures")?.array().map(readSeries) ?? [],
  };
  if (story.coverage.to < story.coverage.from) coverage.key("to").fail("must not be before coverage.from");
  const ids = new Set<string>();
  root.key("events").array().forEach((event, index) => {
    const id = story.events[index]!.id;
    if (ids.has(id)) event.key("id").fail(`duplicate event id "${id}"`);
    ids.add(id);
  });
  return story;
}

function readEvent(event: Reader): StoryEvent {
  const date = event.key("date").isoDay();
  const end = event.optionalKey("end")?.isoDay();
  if (end !== undefined && end < date) event.key("end").fail("must not be before date");
  const mentions = event.key("mentions").array().map(readPattern);
  if (mentions.length === 0) event.key("mentions").fail("needs at least one pattern");
  return {
    id: event.key("id").string(),
    name: event.key("name").string(),
    date,
    ...(end !== undefined && { end }),
    source: event.key("source").string(),
    mentions,
    ongoing: event.optionalKey("ongoing")?.array().map(readPattern) ?? [],
    states: event.optionalKey("states")?.array().map((state) => state.string()) ?? [],
  };
}

function readPattern(pattern: Reader): StoryPattern {
  if (typeof pattern.value === "string") return { regex: pattern.regex() };
  const object = pattern.object();
  const withPattern = object.optionalKey("with")?.regex();
  return { regex: object.key("pattern").regex(), ...(withPattern && { with: withPattern }) };
}

function readFounding(founding: Reader): StoryFounding {
  return {
    name: founding.key("name").string(),
    names: founding.key("names").array().map((name) => name.string()),
    date: founding.key("date").isoDay(),
    source: founding.key("source").string(),
  };
}

function readPerson(person: Reader): StoryPerson {
  const names = person.key("names").array().map((name) => name.string());
  if (names.length === 0) person.key("names").fail("needs at least one name");
  return {
    name: person.key("name").string(),
    names: names.sort((a, b) => b.length - a.length),
    roles: person.key("roles").array().map(readRole),
  };
}

function readRole(role: Reader): StoryRole {
  const before = role.optionalKey("before")?.array().map((pattern) => pattern.patternSource()) ?? [];
  const after = role.optionalKey("after")?.array().map((pattern) => pattern.patternSource()) ?? [];
  if (before.length + after.length === 0) role.fail("needs `before` or `after` patterns");
  const terms = role.key("terms").array().map((term) => {
    const from = term.key("from").isoDay();
    const to = term.optionalKey("to")?.isoDay();
    if (to !== undefined && to < from) term.key("to").fail("must not be before from");
    return { from, ...(to !== undefined && { to }) };
  });
  if (terms.length === 0) role.key("terms").fail("needs at least one term");
  return { role: role.key("role").string(), before, after, terms, source: role.key("source").string() };
}

function readSeries(series: Reader): FigureSeries {
  const kind = series.key("kind").string();
  if (kind !== "cumulative" && kind !== "reported") series.key("kind").fail(`expected cumulative or reported, got "${kind}"`);
  const points = series.key("points").array().map((point) => {
    const pair = point.array();
    if (pair.length !== 2) point.fail("expected [YYYY-MM-DD, number]");
    return { date: pair[0]!.isoDay(), value: pair[1]!.number() };
  });
  points.forEach((point, index) => {
    if (index > 0 && point.date <= points[index - 1]!.date) series.key("points").fail(`point ${index} is not after the one before`);
  });
  const lagDays = series.key("lagDays").number();
  if (lagDays < 0) series.key("lagDays").fail("must not be negative");
  return {
    name: series.key("name").string(),
    kind: kind as FigureSeriesKind,
    nouns: series.key("nouns").array().map((noun) => noun.string()),
    deathWords: series.key("deathWords").array().map((word) => word.string()),
    requires: series.optionalKey("requires")?.array().map((word) => word.string()) ?? [],
    lagDays,
    source: series.key("source").string(),
    points,
  };
}
