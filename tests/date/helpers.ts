/**
 * Test helpers for the date engine: the real story reference, and CleanArticles built from plain
 * text (one body paragraph per line) for texts written in the tests.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadStory } from "../../src/date/story.ts";
import type { CleanArticle, FrontMatter } from "../../src/model.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const story = loadStory(path.join(projectRoot, "content/reference/story.yaml"));

export interface TextOptions {
  headline?: string;
  frontMatter?: FrontMatter;
  scrapedDates?: string[];
  publicationLines?: string[];
  captions?: string[];
}

export function cleanFromText(text: string, options: TextOptions = {}): CleanArticle {
  const paragraphs = text.split(/\n+/).map((line) => line.trim()).filter((line) => line !== "");
  return {
    article: {
      source: "content/articles/test.txt",
      fileName: "test.txt",
      encoding: "utf-8",
      frontMatter: options.frontMatter ?? {},
      text,
      firstLine: 1,
      contentHash: "test",
    },
    headline: options.headline ?? null,
    standfirst: null,
    body: paragraphs.map((paragraph) => ({ kind: "paragraph" as const, text: paragraph })),
    byline: [],
    contributors: [],
    captions: (options.captions ?? []).map((caption) => ({ text: caption })),
    topics: [],
    scrapedDates: options.scrapedDates ?? [],
    publicationLines: options.publicationLines ?? [],
    creditLines: [],
    boilerplate: [],
  };
}
