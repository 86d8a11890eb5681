/**
 * Phrases relative to the article's own day: "last month", "earlier this month", "last week",
 * "this week", "yesterday", "in recent weeks", "a recent assault". They say nothing on their own;
 * bound to a known event they place the article relative to it.
 */
import { LiteralIndex } from "../literal-index.ts";
import { matchesIn } from "../regex.ts";
import { tenseAt } from "../tense.ts";
import type { RelativeExpression, RelativeRelation } from "./types.ts";

/** Longer phrases first, so "earlier this month" is not also read as "this month". */
const PHRASES: readonly [RegExp, RelativeRelation][] = [
  [/\bearlier\s+this\s+week\b/gi, "earlier this week"],
  [/\bearlier\s+this\s+month\b/gi, "earlier this month"],
  [/\bearlier\s+this\s+year\b/gi, "earlier this year"],
  [/\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+days\b/gi, "recent days"],
  [/\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+weeks\b/gi, "recent weeks"],
  [/\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few)\s+months\b/gi, "recent months"],
  [/\b(?:the\s+)?(?:next|coming)\s+week\b/gi, "next week"],
  [/\bnext\s+month\b/gi, "next month"],
  [/\blast\s+week(?:end)?\b/gi, "last week"],
  [/\blast\s+month\b/gi, "last month"],
  [/\blast\s+year\b/gi, "last year"],
  [/\bthis\s+week(?:end)?\b/gi, "this week"],
  [/\bthis\s+month\b/gi, "this month"],
  [/\bthis\s+year\b/gi, "this year"],
  [/\byesterday\b/gi, "yesterday"],
  [/\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi, "today"],
  [/\brecent(?:ly)?\b/gi, "recent"],
];

/** The words each phrase needs: a sentence is scanned once for all of them. */
const LITERALS = new LiteralIndex(PHRASES.map(([pattern]) => pattern));

export function findRelativePhrases(sentence: string): RelativeExpression[] {
  const found: RelativeExpression[] = [];
  const literals = LITERALS.literalsIn(sentence);
  for (const [pattern, relation] of PHRASES) {
    if (!LITERALS.mayMatch(pattern, literals)) continue;
    for (const match of matchesIn(pattern, sentence)) {
      const end = match.index + match[0].length;
      if (found.some((other) => match.index < other.index + other.text.length && other.index < end)) continue;
      found.push({ kind: "relative", text: match[0], index: match.index, tense: tenseAt(sentence, match.index, match[0]), relation });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
