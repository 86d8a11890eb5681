/**
 * The text the extractors read, as tokenised sentences in reading order: headline, standfirst,
 * body blocks and photo captions. Credit lines, boilerplate and link lists are never read here.
 */
import type { CleanArticle } from "../model.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface Sentence {
  text: string;
  /** Index of the block (headline, standfirst, paragraph, caption) it belongs to. */
  block: number;
  tokens: Token[];
}

export function articleSentences(clean: CleanArticle, abbreviations: ReadonlySet<string>): Sentence[] {
  const blocks = [
    ...(clean.headline ? [clean.headline] : []),
    ...(clean.standfirst ? [clean.standfirst] : []),
    ...clean.body.map((block) => block.text),
    ...clean.captions.map((caption) => caption.text),
  ];
  return blocks.flatMap((block, index) => sentencesOf(block, index, abbreviations));
}

export function sentencesOf(text: string, block: number, abbreviations: ReadonlySet<string>): Sentence[] {
  return splitSentences(text).map((sentence) => ({ text: sentence, block, tokens: tokenize(sentence, abbreviations) }));
}
