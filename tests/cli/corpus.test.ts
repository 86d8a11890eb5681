/**
 * The benchmark corpus: deterministic from its seed, varied counts, and the numbers that date a
 * text (years, spans of time) left alone so that the articles stay datable.
 */
import { describe, expect, test } from "vitest";
import { syntheticArticles } from "../../src/cli/corpus.ts";

const pool = [
  "Some 1,200 people were killed in the attack on October 7, 2023, the deadliest day in Israel's 75-year history.",
  "After 15 months of war, 98 hostages remain in Gaza, officials said on Monday.",
];

describe("syntheticArticles", () => {
  test("is the same for the same seed and differs for another", () => {
    expect(syntheticArticles(20, 7, pool)).toEqual(syntheticArticles(20, 7, pool));
    expect(syntheticArticles(20, 8, pool)).not.toEqual(syntheticArticles(20, 7, pool));
  });

  test("gives each article its own file name, a headline and a body", () => {
    const articles = syntheticArticles(120, 1, pool);
    expect(new Set(articles.map((article) => article.fileName)).size).toBe(120);
    for (const article of articles) expect(article.text.split("\n\n").length).toBeGreaterThan(3);
  });

  test("varies counts but keeps years, days of the month and spans of time", () => {
    const text = syntheticArticles(50, 1, pool).map((article) => article.text).join("\n");
    expect(text).not.toMatch(/\b(?!75-)\d+-year history/);
    expect(text).toMatch(/75-year history/);
    expect(text).toMatch(/\b15 months of war/);
    expect(text).toMatch(/October 7, 2023/);
    const killed = new Set(text.match(/\b[\d,]+(?= people were killed)/g));
    expect(killed.size).toBeGreaterThan(5);
  });
});
