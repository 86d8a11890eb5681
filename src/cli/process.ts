/**
 * The per-article stages in order: clean → extract → date. Pure: references in, results out.
 */
import { cleanArticle } from "../clean/index.ts";
import { dateArticle, type StoryReference } from "../date/index.ts";
import type { ProcessedArticle } from "../entries/index.ts";
import { extractEntities, type ExtractReference } from "../extract/index.ts";
import type { Article } from "../model.ts";
import { sentenceFingerprint } from "../text/fingerprint.ts";

export interface References {
  story: StoryReference;
  extract: ExtractReference;
}

export interface StageTimes {
  clean: number;
  extract: number;
  date: number;
}

export function processArticle(article: Article, references: References, times?: StageTimes): ProcessedArticle {
  let started = performance.now();
  const clean = cleanArticle(article);
  if (times) times.clean += performance.now() - (started);
  started = performance.now();
  const extraction = extractEntities(clean, references.extract);
  if (times) times.extract += performance.now() - started;
  started = performance.now();
  const date = dateArticle(clean, references.story);
  if (times) times.date += performance.now() - started;
  return { clean, extraction, date, fingerprint: sentenceFingerprint(clean.body) };
}
