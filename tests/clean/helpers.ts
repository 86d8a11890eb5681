/** Test helper: an Article from text, as the read stage would make it. */
import type { Article } from "../../src/model.ts";
import { parseArticle } from "../../src/read/index.ts";

export function articleFrom(text: string, source = "content/articles/test.txt"): Article {
  const article = parseArticle(Buffer.from(text), source);
  if (Array.isArray(article)) throw new Error(`test article refused: ${JSON.stringify(article)}`);
  return article;
}
