/**
 * The seeds, read and cleaned by the real pipeline stages: the timeline order equals the real
 * order of publication (tests/fixtures/publication-dates.yaml, with the reasoning), every
 * plausible real day lies inside the inferred range, and the ranges are narrow enough to be useful.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/index.ts";
import { dateArticle } from "../../src/date/index.ts";
import { readArticleFile } from "../../src/read/index.ts";
import type { ArticleDate } from "../../src/model.ts";
import { projectRoot, story } from "./helpers.ts";

interface PublicationDate {
  file: string;
  date: string;
  plausible: string[];
}

const fixture = parse(readFileSync(path.join(projectRoot, "tests/fixtures/publication-dates.yaml"), "utf8")) as PublicationDate[];
const dates = new Map<string, ArticleDate>();

beforeAll(async () => {
  for (const { file } of fixture) {
    const article = await readArticleFile(path.join(projectRoot, "content/articles", file), projectRoot);
    dates.set(file, dateArticle(cleanArticle(article), story));
  }
});

const width = (date: ArticleDate) => Date.parse(date.range.latest) - Date.parse(date.range.earliest);

describe("seed articles", () => {
  it("come out in the real order of publication (ties broken by the narrower range)", () => {
    const timeline = [...dates.entries()]
      .sort(([, a], [, b]) => a.date.localeCompare(b.date) || width(a) - width(b))
      .map(([file]) => file);
    const real = [...fixture].sort((a, b) => a.date.localeCompare(b.date)).map((entry) => entry.file);
    expect(timeline).toEqual(real);
  });

  for (const { file, date, plausible } of fixture) {
    it(`${file}: the real day ${date} lies inside the inferred range`, () => {
      const inferred = dates.get(file)!;
      for (const day of [date, ...plausible]) {
        expect(day >= inferred.range.earliest && day <= inferred.range.latest, `${day} in ${inferred.range.earliest}..${inferred.range.latest}`).toBe(true);
      }
      expect(inferred.range.earliest <= inferred.date && inferred.date <= inferred.range.latest).toBe(true);
    });

    it(`${file}: the range is narrow (two months at most) and backed by quoted evidence`, () => {
      const inferred = dates.get(file)!;
      expect(width(inferred) / 86_400_000).toBeLessThanOrEqual(62);
      expect(inferred.source).toBe("inferred");
      expect(inferred.evidence.length).toBeGreaterThan(2);
    });
  }

  it("every evidence phrase is quoted verbatim from its article", async () => {
    for (const { file } of fixture) {
      const text = readFileSync(path.join(projectRoot, "content/articles", file), "utf8");
      for (const evidence of dates.get(file)!.evidence) expect(text, file).toContain(evidence.text);
    }
  });
});
