/**
 * Whether a date phrase speaks of the future ("talks will resume next week") or, as news mostly
 * does, of the past. Looks only at the clause the phrase stands in, back to the nearest comma,
 * dash, colon or "that", so "talks are expected to resume, sources told CBS on Saturday" keeps
 * "on Saturday" in the past.
 */
import { matchesIn } from "./regex.ts";

export type Tense = "past" | "future";

const FUTURE_MARKERS =
  /\b(?:will|won['’]t|shall|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|poised|planning|going)\s+to|plans?\s+to|intends?\s+to|upcoming|coming|next)\b|['’]ll\b/i;

const CLAUSE_BREAK = /[,;:—–()"“”]|\bthat\b|\bwhen\b|\bafter\b|\bsince\b/gi;

export function tenseAt(sentence: string, index: number, phrase: string): Tense {
  if (/\b(?:next|coming|upcoming)\b/i.test(phrase)) return "future";
  const before = sentence.slice(0, index);
  let clauseStart = 0;
  for (const match of matchesIn(CLAUSE_BREAK, before)) clauseStart = match.index + match[0].length;
  return FUTURE_MARKERS.test(before.slice(clauseStart)) ? "future" : "past";
}
