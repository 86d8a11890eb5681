/**
 * Scoring against gold lists (`tests/fixtures/gold/*.yaml`), shared by `npm run eval` and the
 * gold test: precision and recall of names, figures found, names that must not appear.
 * A predicted name is right when it is the gold entity's name or one of its surface forms,
 * compared without case, accents, possessive endings or a leading form of address.
 */
import { parse } from "yaml";
import type { Extraction, Figure, FigureQualifier } from "../model.ts";

export interface GoldEntity {
  name: string;
  /** Every surface form the text uses. */
  mentions: string[];
  /** A phrase the extracted role must contain. */
  role?: string;
}

export interface GoldFigure {
  text: string;
  value: number;
  qualifier?: FigureQualifier;
  /** A word that must appear in the extracted `counts`. */
  noun: string;
  /** What it counts, in full (for readers of the gold file). */
  counts: string;
}

export interface Gold {
  people: GoldEntity[];
  places: GoldEntity[];
  figures: GoldFigure[];
  outlet: string | null;
  /** Names that must appear nowhere in the extraction. */
  notEntities: string[];
}

export interface Score {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
  /** Predictions that match no gold entity. */
  wrong: string[];
  /** Gold entities no prediction matches. */
  missed: string[];
}

const QUALIFIERS: readonly FigureQualifier[] = ["about", "at least", "more than", "fewer than", "nearly", "roughly", "up to", "exactly"];
/** Forms of address and offices a baseline may include in a name ("Director William Burns"). */
const ADDRESS = /^(?:(?:mr|mrs|ms|dr|gen|sen|rep|gov)\.?|president|prime minister|minister|director|secretary of state|chief)\s+/;
/** Punctuation a baseline may leave at a name's edges ("Doha,", "“Gaza"); not the period of "U.S.". */
const EDGE_PUNCTUATION = /^[\s"“”‘’'(\[—–-]+|[\s,;:!?"“”’)\]—–-]+$/g;

export function parseGold(text: string, file: string): Gold {
  const data = parse(text) as unknown;
  if (!isRecord(data)) throw new Error(`${file}: must be a mapping with people, places, figures, outlet, notEntities`);
  const outlet = data.outlet;
  if (outlet !== null && typeof outlet !== "string") throw new Error(`${file}: outlet: must be a name or null`);
  return {
    people: entities(data.people, file, "people"),
    places: entities(data.places, file, "places"),
    figures: list(data.figures, file, "figures").map((item, index) => figure(item, file, `figures[${index}]`)),
    outlet,
    notEntities: list(data.notEntities, file, "notEntities").map((item, index) => string(item, file, `notEntities[${index}]`)),
  };
}

/** Lower case, accents folded, straight apostrophes, no possessive ending, no form of address. */
export function comparableName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(EDGE_PUNCTUATION, "")
    .replace(/(?<!\b\p{L}\.\p{L})\.$/u, "")
    .replace(/[’‘]/g, "'")
    .replace(/'s$|'$/, "")
    .replace(ADDRESS, "");
}

/** The gold entity a predicted name refers to. */
export function goldMatch(name: string, gold: readonly GoldEntity[]): GoldEntity | undefined {
  const key = comparableName(name);
  return gold.find((entity) => [entity.name, ...entity.mentions].some((form) => comparableName(form) === key));
}

/** Precision over the distinct predicted names, recall over the gold entities. */
export function scoreNames(predicted: readonly string[], gold: readonly GoldEntity[]): Score {
  const distinct = [...new Map(predicted.map((name) => [comparableName(name), name])).values()];
  const found = new Set<GoldEntity>();
  const wrong: string[] = [];
  let correct = 0;
  for (const name of distinct) {
    const match = goldMatch(name, gold);
    if (match) {
      correct++;
      found.add(match);
    } else wrong.push(name);
  }
  return score(distinct.length, correct, gold.length, found.size, wrong, gold.filter((entity) => !found.has(entity)).map((entity) => entity.name));
}

export function sumScores(scores: readonly Score[]): Score {
  const total = (pick: (score: Score) => number): number => scores.reduce((sum, item) => sum + pick(item), 0);
  return score(total((s) => s.predicted), total((s) => s.correct), total((s) => s.gold), total((s) => s.found), scores.flatMap((s) => s.wrong), scores.flatMap((s) => s.missed));
}

/** Gold figures with no extracted figure of the same value and qualifier counting the same noun. */
export function missingFigures(figures: readonly Figure[], gold: readonly GoldFigure[]): GoldFigure[] {
  const unused = [...figures];
  return gold.filter((expected) => {
    const noun = new RegExp(`(?:^|\\s)${expected.noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|\\s)`, "i");
    const index = unused.findIndex((figure) => figure.value === expected.value && figure.qualifier === expected.qualifier && noun.test(figure.counts));
    if (index < 0) return true;
    unused.splice(index, 1);
    return false;
  });
}

/** Every name and mention of every person, place and organisation. */
function allNames(extraction: Extraction): string[] {
  return [...extraction.people, ...extraction.places, ...extraction.organizations].flatMap((entity) => [entity.name, ...entity.mentions]);
}

/** The names of `forbidden` that occur (as whole words) among the extraction's names. */
export function forbiddenNames(extraction: Extraction, forbidden: readonly string[]): string[] {
  const names = allNames(extraction).map(comparableName);
  return forbidden.filter((name) => {
    const key = comparableName(name);
    return names.some((other) => other === key || ` ${other} `.includes(` ${key} `));
  });
}

function score(predicted: number, correct: number, gold: number, found: number, wrong: string[], missed: string[]): Score {
  return { predicted, correct, gold, found, precision: predicted === 0 ? 1 : correct / predicted, recall: gold === 0 ? 1 : found / gold, wrong, missed };
}

function entities(value: unknown, file: string, key: string): GoldEntity[] {
  return list(value, file, key).map((item, index) => {
    const where = `${key}[${index}]`;
    if (!isRecord(item)) throw new Error(`${file}: ${where}: must be a mapping with name and mentions`);
    const role = item.role;
    return {
      name: string(item.name, file, `${where}.name`),
      mentions: list(item.mentions, file, `${where}.mentions`).map((mention, position) => string(mention, file, `${where}.mentions[${position}]`)),
      ...(role === undefined ? {} : { role: string(role, file, `${where}.role`) }),
    };
  });
}

function figure(item: unknown, file: string, where: string): GoldFigure {
  if (!isRecord(item)) throw new Error(`${file}: ${where}: must be a mapping with text, value, noun, counts`);
  const { value, qualifier } = item;
  if (typeof value !== "number") throw new Error(`${file}: ${where}.value: must be a number`);
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as FigureQualifier)) throw new Error(`${file}: ${where}.qualifier: must be one of ${QUALIFIERS.join(", ")}`);
  return {
    text: string(item.text, file, `${where}.text`),
    value,
    ...(qualifier === undefined ? {} : { qualifier: qualifier as FigureQualifier }),
    noun: string(item.noun, file, `${where}.noun`),
    counts: string(item.counts, file, `${where}.counts`),
  };
}

function list(value: unknown, file: string, key: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: ${key}: must be a list`);
  return value;
}

function string(value: unknown, file: string, key: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new Error(`${file}: ${key}: must be a non-empty string`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
