/**
 * The article's text as sentences in reading order: headline, standfirst, body blocks, captions.
 * Every expression and mention is found inside one sentence, so that a date phrase binds only to
 * the event named next to it.
 */
import type { CleanArticle } from "../model.ts";
import { splitSentences } from "../text/sentences.ts";

export type SentencePart = "headline" | "standfirst" | "body" | "caption";

export interface Sentence {
  text: string;
  part: SentencePart;
  /** True for the first sentence of the headline, standfirst or first body block: where a dateline stands. */
  opensPart: boolean;
}

export function articleSentences(clean: CleanArticle): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (text: string, part: SentencePart) => {
    splitSentences(text).forEach((sentence, index) => sentences.push({ text: sentence, part, opensPart: index === 0 }));
  };
  if (clean.headline) add(clean.headline, "headline");
  if (clean.standfirst) add(clean.standfirst, "standfirst");
  for (const block of clean.body) add(block.text, "body");
  for (const caption of clean.captions) add(caption.text, "caption");
  return sentences;
}
