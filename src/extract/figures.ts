/**
 * Figures: numbers that count something in the news ("roughly 1,200 people", "eight American
 * citizens", "dozens of hostages"), with their qualifier and what they count. Dates, years, ages,
 * times of day, durations, percentages, scores, ranks, counters and numbers inside names are not
 * figures, and neither are counts of the sources a report cites ("four sources … told").
 */
import type { Figure, FigureQualifier } from "../model.ts";
import { countedPhrase } from "./figure-counts.ts";
import { numberAt, type NumberPhrase } from "./numbers.ts";
import { isCalendarWord } from "./runs.ts";
import type { Sentence } from "./sentences.ts";
import type { Token } from "./tokens.ts";

/** Words before a number and the qualifier they give it, longest first. */
const QUALIFIERS: [string[], FigureQualifier][] = [
  [["no", "fewer", "than"], "at least"], [["no", "less", "than"], "at least"], [["not", "less", "than"], "at least"],
  [["a", "minimum", "of"], "at least"], [["at", "least"], "at least"],
  [["more", "than"], "more than"], [["greater", "than"], "more than"], [["upwards", "of"], "more than"], [["in", "excess", "of"], "more than"],
  [["fewer", "than"], "fewer than"], [["less", "than"], "fewer than"], [["just", "under"], "nearly"],
  [["close", "to"], "nearly"], [["up", "to"], "up to"], [["as", "many", "as"], "up to"], [["an", "estimated"], "about"],
  [["over"], "more than"], [["above"], "more than"], [["under"], "fewer than"], [["nearly"], "nearly"], [["almost"], "nearly"],
  [["about"], "about"], [["around"], "about"], [["approximately"], "about"], [["some"], "about"], [["roughly"], "roughly"],
  [["exactly"], "exactly"], [["precisely"], "exactly"],
];
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?|weekends?|times|percent|per|a\.m\.|p\.m\.|am|pm|o'clock)$/;
const CURRENCIES: Record<string, string> = { "$": "dollars", "€": "euros", "£": "pounds", "₪": "shekels" };
/** Nouns of a report's sourcing: counted only when they are not who the report quotes. */
const SOURCE_NOUNS = new Set(["source", "sources", "official", "officials", "officer", "officers", "diplomat", "diplomats", "insider", "insiders"]);
/** Said by the sources counted: "four sources … told", "two officials indicated". */
const REPORTING_AFTER = new Set(["told", "said", "says", "indicated", "mentioned", "confirmed", "stated", "spoke", "speaking", "briefed", "informed", "familiar"]);
/** Sources quoted: "according to two officials", "in accordance with two officers", "said one source". */
const REPORTING_BEFORE = new Set(["to", "with", "said", "told", "says"]);
/** "the one", "no one", "every one": "one" as a pronoun or determiner, not a count. */
const ONE_BEFORE = new Set(["the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone"]);
const ONE_AFTER = new Set(["of", "another", "day", "time", "point", "side", "way", "thing", "hand"]);

/** Figures of the sentences in reading order; a number without its noun borrows the noun of the figure before it in the same block. */
export function findFigures(sentences: readonly Sentence[]): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  let lastNoun: { block: number; noun: string } | undefined;
  for (const sentence of sentences) {
    const { tokens, text } = sentence;
    const firstWord = tokens.findIndex((token) => token.kind !== "punct");
    let index = 0;
    while (index < tokens.length) {
      const number = numberAt(tokens, index);
      if (!number || !isCount(tokens, number, firstWord)) {
        index++;
        continue;
      }
      index = number.to;
      const qualifier = qualifierBefore(tokens, number.from);
      const phraseStart = number.from - (qualifier?.length ?? 0);
      const currency = CURRENCIES[tokens[number.from - 1]?.text ?? ""];
      const counted = countedPhrase(text, tokens, phraseStart, number.to);
      if (isSourcing(tokens, counted.noun, phraseStart, counted.nounEnd)) continue;
      const inherited = lastNoun && lastNoun.block === sentence.block ? lastNoun.noun : undefined;
      const noun = currency ?? (counted.noun || inherited);
      if (!noun) continue;
      if (counted.noun) lastNoun = { block: sentence.block, noun: counted.noun };
      const figure: Figure = {
        value: number.value,
        text: text.slice(tokens[currency ? phraseStart - 1 : phraseStart]!.start, tokens[Math.max(counted.nounEnd, number.to) - 1]!.end),
        ...(qualifier ? { qualifier: qualifier.qualifier } : {}),
        counts: [noun, counted.predicate].filter(Boolean).join(" "),
        sentence: text,
      };
      const key = `${figure.value}|${figure.counts}|${figure.sentence}`;
      if (!seen.has(key)) figures.push(figure);
      seen.add(key);
    }
  }
  return figures;
}

/** Not a date, year, time, age, duration, score, rank, counter, percentage or name part. */
function isCount(tokens: readonly Token[], number: NumberPhrase, firstWord: number): boolean {
  const first = tokens[number.from]!;
  const previous = tokens[number.from - 1];
  const next = tokens[number.to];
  if (first.kind === "number") {
    if (/^\d{4}$/.test(first.text) && number.to === number.from + 1 && Number(first.text) >= 1000 && Number(first.text) <= 2100) return false;
    // "7th", "Oct. 7", "7 October", "(81)", "No. 1", "#1", "34-3", "21-year-old", "10:30", "40%".
    if (next && next.start === first.end && /^(?:st|nd|rd|th|s)$/i.test(next.text)) return false;
    if (previous && (isCalendarWord(previous) || previous.text === "#" || /^no\.$/i.test(previous.text))) return false;
    if (next && (isCalendarWord(next) || next.text === "%" || next.text === ":")) return false;
    if (previous?.text === "(" && next?.text === ")") return false;
    if (previous?.text === ":" || previous?.text === "-" || previous?.text === "–") return false;
  } else if (first.capitalized && number.from !== firstWord) {
    return false; // "Air Force One"
  }
  if (next && (next.text === "-" || next.text === "–") && next.start === tokens[number.to - 1]!.end) return false;
  if (next && TIME_UNITS.test(next.lower)) return false;
  // "Channel 13", "Resolution 2334": a number right after a name is part of it.
  if (previous && previous.kind === "word" && previous.capitalized && !previous.possessive && number.from - 1 !== firstWord && !qualifierBefore(tokens, number.from)) return false;
  if (number.value === 1 && first.kind === "word") {
    if (ONE_BEFORE.has(previous?.lower ?? "") || ONE_AFTER.has(next?.lower ?? "")) return false;
  }
  // "the two sides": a small number after "the" names a pair, it does not count one.
  if (previous?.lower === "the" && number.value <= 2) return false;
  // Ages: "aged 21", "Alexander, 21,".
  if (previous?.lower === "aged" || previous?.lower === "age") return false;
  if (previous?.text === "," && next?.text === "," && tokens[number.from - 2]?.capitalized) return false;
  return true;
}

function qualifierBefore(tokens: readonly Token[], index: number): { qualifier: FigureQualifier; length: number } | undefined {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = index - words.length;
    if (from < 0) continue;
    if (words.every((word, offset) => tokens[from + offset]!.lower === word)) return { qualifier, length: words.length };
  }
  return undefined;
}

/** "four sources with knowledge told", "according to two Israeli officials": who is quoted. */
function isSourcing(tokens: readonly Token[], noun: string, phraseStart: number, nounEnd: number): boolean {
  if (!noun.split(/\s+/).some((word) => SOURCE_NOUNS.has(word.toLowerCase()))) return false;
  const before = tokens[phraseStart - 1]?.lower ?? "";
  const beforeThat = tokens[phraseStart - 2]?.lower ?? "";
  if (REPORTING_BEFORE.has(before) && (before !== "to" || beforeThat === "according") && (before !== "with" || beforeThat === "accordance")) return true;
  return tokens.slice(nounEnd, nounEnd + 6).some((token) => REPORTING_AFTER.has(token.lower));
}
