/** Test helpers for the extract stage: the project's reference, seed articles, articles from text. */
import path from "node:path";
import { cleanArticle } from "../../src/clean/index.ts";
import { extractEntities } from "../../src/extract/index.ts";
import { loadExtractReference, type ExtractReference } from "../../src/extract/reference.ts";
import type { CleanArticle, Extraction } from "../../src/model.ts";
import { discoverArticles, parseArticle, readArticleFile } from "../../src/read/index.ts";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

let reference: ExtractReference | undefined;

/** `content/reference/` as the build loads it, once per test file. */
export function projectReference(): ExtractReference {
  reference ??= loadExtractReference(path.join(projectRoot, "content", "reference"));
  return reference;
}

/** The seed articles, read and cleaned as the build does. */
export async function seedArticles(): Promise<CleanArticle[]> {
  const { articles } = await discoverArticles(path.join(projectRoot, "content", "articles"), projectRoot);
  return Promise.all(articles.map(async (file) => cleanArticle(await readArticleFile(file, projectRoot))));
}

/** An article from text (front matter allowed), read and cleaned as the build would. */
export function cleanFrom(text: string): CleanArticle {
  const article = parseArticle(Buffer.from(text), "content/articles/test.txt");
  if (Array.isArray(article)) throw new Error(`test article refused: ${JSON.stringify(article)}`);
  return cleanArticle(article);
}

/** Extraction of an article given as text: a headline line, then paragraphs. */
export function extractFrom(text: string): Extraction {
  return extractEntities(cleanFrom(text), projectReference());
}

/** Extraction of body paragraphs under a fixed headline (so no paragraph is taken for one). */
export function extractBody(...paragraphs: string[]): Extraction {
  return extractFrom(["Test headline for the extractor", "", ...paragraphs.flatMap((paragraph) => [paragraph, ""])].join("\n"));
}

export function personNamed(extraction: Extraction, name: string) {
  return extraction.people.find((person) => person.name === name);
}

export function placeNamed(extraction: Extraction, name: string) {
  return extraction.places.find((place) => place.name === name);
}
