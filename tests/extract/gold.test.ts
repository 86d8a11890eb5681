/**
 * The extractor against the gold lists of the seeds (tests/fixtures/gold/, written by reading
 * the texts): precision and recall of people and places, merged mentions, roles, every gold
 * figure, the outlet, and no reporter or link-list name anywhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { comparableName, forbiddenNames, goldMatch, missingFigures, parseGold, scoreNames, sumScores, type Gold } from "../../src/extract/evaluate.ts";
import { extractEntities } from "../../src/extract/index.ts";
import type { CleanArticle, Extraction } from "../../src/model.ts";
import { projectReference, projectRoot, seedArticles } from "./helpers.ts";

interface Seed {
  clean: CleanArticle;
  gold: Gold;
  extraction: Extraction;
}

const seeds: Seed[] = [];

beforeAll(async () => {
  for (const clean of await seedArticles()) {
    const file = path.join(projectRoot, "tests", "fixtures", "gold", `${clean.article.fileName}.yaml`);
    const gold = parseGold(readFileSync(file, "utf8"), file);
    seeds.push({ clean, gold, extraction: extractEntities(clean, projectReference()) });
  }
});

describe("extraction on the seeds, against the gold lists", () => {
  it("has a gold list for each of the five seeds", () => {
    expect(seeds.map((seed) => seed.clean.article.fileName)).toHaveLength(5);
  });

  it("finds people with precision and recall of at least 0.95", () => {
    const total = sumScores(seeds.map((seed) => scoreNames(seed.extraction.people.map((person) => person.name), seed.gold.people)));
    expect({ wrong: total.wrong, missed: total.missed }).toEqual({ wrong: [], missed: [] });
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("finds places with precision and recall of at least 0.95", () => {
    const total = sumScores(seeds.map((seed) => scoreNames(seed.extraction.places.map((place) => place.name), seed.gold.places)));
    expect({ wrong: total.wrong, missed: total.missed }).toEqual({ wrong: [], missed: [] });
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("merges every mention of a person or place into one entity, with all its surface forms", () => {
    for (const { gold, extraction, clean } of seeds) {
      for (const [entities, goldEntities] of [[extraction.people, gold.people], [extraction.places, gold.places]] as const) {
        for (const expected of goldEntities) {
          const matches = entities.filter((entity) => goldMatch(entity.name, [expected]));
          expect(matches.map((entity) => entity.name), `${clean.article.fileName}: ${expected.name}`).toHaveLength(1);
          const mentions = matches[0]!.mentions.map(comparableName);
          for (const mention of expected.mentions) expect(mentions, `${clean.article.fileName}: ${expected.name}`).toContain(comparableName(mention));
        }
      }
    }
  });

  it("gives the role the text gives", () => {
    for (const { gold, extraction, clean } of seeds) {
      for (const expected of gold.people.filter((person) => person.role)) {
        const person = extraction.people.find((entity) => goldMatch(entity.name, [expected]));
        expect(person?.role?.toLowerCase(), `${clean.article.fileName}: ${expected.name}`).toContain(expected.role!.toLowerCase());
      }
    }
  });

  it("finds every gold figure with its value, qualifier and what it counts", () => {
    for (const { gold, extraction, clean } of seeds) {
      expect(missingFigures(extraction.figures, gold.figures).map((figure) => figure.text), clean.article.fileName).toEqual([]);
    }
  });

  it("takes no date, year, age, duration, name part or count of sources for a figure", () => {
    const figures = seeds.flatMap((seed) => seed.extraction.figures);
    const notFigures: { value: number; counts?: RegExp; what: string }[] = [
      { value: 2023, what: "a year" },
      { value: 2007, what: "a year" },
      { value: 7, what: "October 7" },
      { value: 18, what: "October 18" },
      { value: 21, what: "an age (21-year-old)" },
      { value: 75, what: "a duration (75-year history)" },
      { value: 13, what: "a name (Channel 13)" },
      { value: 8, counts: /months/, what: "a duration (eight months)" },
      { value: 4, counts: /sources|officers/, what: "sources quoted" },
      { value: 2, counts: /officials|officers/, what: "sources quoted" },
    ];
    for (const { value, counts, what } of notFigures) {
      const taken = figures.filter((figure) => figure.value === value && (!counts || counts.test(figure.counts)));
      expect(taken.map((figure) => figure.text), what).toEqual([]);
    }
  });

  it("names the outlet the text gives, and none when it gives none", () => {
    for (const { gold, extraction, clean } of seeds) expect(extraction.outlet, clean.article.fileName).toBe(gold.outlet);
  });

  it("never names a reporter, a photographer or a link-list name as an entity", () => {
    for (const { gold, extraction, clean } of seeds) {
      const forbidden = [...gold.notEntities, ...clean.contributors, ...clean.byline];
      expect(forbidden.length).toBeGreaterThan(0);
      expect(forbiddenNames(extraction, forbidden), clean.article.fileName).toEqual([]);
    }
  });
});
