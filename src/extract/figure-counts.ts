/**
 * What a number counts: the noun phrase after it ("36 Palestinian women and children"), what
 * happened to them as the sentence says it ("killing over 700 Israelis" → "Israelis killed",
 * "135 hostages are still in Gaza" → "hostages still in Gaza"), without a parser: word lists and
 * word shapes only.
 */
import { numberAt } from "./numbers.ts";
import type { Token } from "./tokens.ts";

/** Words that end the noun phrase: verbs, prepositions, determiners, pronouns. */
const NOUN_PHRASE_END = new Set([
  "are", "is", "were", "was", "am", "be", "been", "being", "have", "has", "had", "will", "would", "could",
  "should", "may", "might", "must", "can", "do", "does", "did", "who", "which", "that", "whom", "whose",
  "where", "when", "while", "in", "on", "at", "to", "from", "by", "with", "for", "of", "into", "during",
  "after", "before", "since", "throughout", "across", "among", "including", "under", "over", "about",
  "than", "as", "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "they",
  "them", "he", "she", "it", "we", "you", "but", "if", "so", "not", "no", "still", "also", "now",
  "remain", "remained", "remains", "according", "inside", "outside", "near", "between", "within",
  "consisting", "ranging", "more", "less", "said", "says", "say", "told", "tell", "added",
]);
/** Determiners of a partitive: "412 of the 650 seats", "two of its members". */
const PARTITIVE_DETERMINERS = new Set(["the", "their", "its", "his", "her", "our", "these", "those"]);
/** Auxiliaries skipped between the noun and what happened to it. */
const AUXILIARIES = new Set(["are", "is", "were", "was", "have", "has", "had", "been", "be", "being", "to"]);
/** Participles that say what happened to the people counted: they end the noun phrase. */
const PARTICIPLES = new Set(["taken", "held", "freed", "killed", "seized", "released", "abducted", "kidnapped", "wounded", "injured", "displaced", "arrested", "detained", "confirmed", "believed", "feared", "thought", "left", "born", "hurt", "slain", "captured", "rescued", "evacuated"]);
/** States after a participle or "to be": "taken captive", "confirmed to be alive". */
const STATES = new Set(["alive", "dead", "captive", "hostage", "missing"]);
/** Verbs before a number that say what happened to what it counts. */
const VERBS_BEFORE: Record<string, string> = {
  killing: "killed", killed: "killed", kill: "killed", kills: "killed", deaths: "killed", death: "killed", demise: "killed",
  took: "taken", taking: "taken", take: "taken", takes: "taken",
  seized: "seized", seizing: "seized", seize: "seized",
  abducting: "abducted", abducted: "abducted", abduct: "abducted",
  kidnapping: "kidnapped", kidnapped: "kidnapped", kidnap: "kidnapped",
  freeing: "freed", freed: "freed", free: "freed",
  releasing: "released", released: "released", release: "released",
  holds: "held", holding: "held", held: "held", hold: "held",
  wounding: "wounded", wounded: "wounded", injuring: "injured", injured: "injured",
  displacing: "displaced", displaced: "displaced", arresting: "arrested", arrested: "arrested",
  evacuating: "evacuated", evacuated: "evacuated", rescuing: "rescued", rescued: "rescued",
};
const LOCATIVES = new Set(["in", "from", "inside", "among"]);
/** Words kept between the noun and where or what it is: "still in Gaza", "remain in Gaza". */
const KEPT_WORDS = new Set(["still", "now", "or", "remain", "remains", "remained"]);
const MAX_NOUN_WORDS = 6;
const MAX_PREDICATE_WORDS = 5;

export interface CountedPhrase {
  /** The noun phrase counted, as written ("American citizens"); empty when the text leaves it out. */
  noun: string;
  /** What happened to them ("killed", "still in Gaza"). */
  predicate: string;
  /** Token index after the noun phrase. */
  nounEnd: number;
}

/** What the number ending at `numberEnd` (and starting at `phraseStart`, qualifier included) counts. */
export function countedPhrase(text: string, tokens: readonly Token[], phraseStart: number, numberEnd: number): CountedPhrase {
  let start = numberEnd;
  // "dozens of hostages", "412 of the 650 seats", "two of its members"
  if (tokens[start]?.key === "of") {
    start++;
    if (PARTITIVE_DETERMINERS.has(tokens[start]?.lower ?? "")) start++;
    start = numberAt(tokens, start)?.to ?? start;
  }
  const nounEnd = nounPhraseEnd(tokens, start);
  const noun = nounEnd > start ? text.slice(tokens[start]!.start, tokens[nounEnd - 1]!.end).replace(/['’]s$|['’]$/, "") : "";
  const before = verbBefore(tokens, phraseStart);
  const after = predicateAfter(text, tokens, nounEnd);
  const predicate = before && !after.startsWith(before) ? [before, after].filter(Boolean).join(" ") : after || before || "";
  return { noun, predicate, nounEnd: nounEnd > start ? nounEnd : numberEnd };
}

function nounPhraseEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length && end - start < MAX_NOUN_WORDS) {
    const token = tokens[end]!;
    if (token.kind !== "word") break;
    const word = token.lower;
    if (NOUN_PHRASE_END.has(word)) break;
    if (numberAt(tokens, end)) break;
    if (word === "and" || word === "or") {
      const next = tokens[end + 1];
      if (end === start || !next || next.kind !== "word" || NOUN_PHRASE_END.has(next.lower) || isVerbShaped(next.lower)) break;
      if (numberAt(tokens, end + 1)) break;
      end++;
      continue;
    }
    if (/ed$/.test(word) || PARTICIPLES.has(word)) break;
    // "dwelling captives": a gerund only as a modifier of the noun after it.
    if (/ing$/.test(word)) {
      const next = tokens[end + 1];
      if (!next || next.kind !== "word" || NOUN_PHRASE_END.has(next.lower) || isVerbShaped(next.lower)) break;
    }
    end++;
    if (token.possessive) break;
  }
  // A phrase does not end on a conjunction.
  while (end > start && ["and", "or"].includes(tokens[end - 1]!.lower)) end--;
  return end;
}

function isVerbShaped(word: string): boolean {
  return /(?:ing|ed)$/.test(word);
}

/** "killing over 700", "the deaths of more than 500", "Hamas now holds one". */
function verbBefore(tokens: readonly Token[], phraseStart: number): string | undefined {
  let index = phraseStart - 1;
  if (tokens[index]?.key === "of") index--;
  const word = tokens[index]?.lower;
  return word === undefined ? undefined : VERBS_BEFORE[word];
}

/** "are still in Gaza", "have been killed in Gaza", "confirmed to be alive", "taken captive". */
function predicateAfter(text: string, tokens: readonly Token[], from: number): string {
  const words: string[] = [];
  let index = from;
  while (index < tokens.length && words.length < MAX_PREDICATE_WORDS) {
    const token = tokens[index]!;
    if (token.kind !== "word") break;
    const word = token.lower;
    if (AUXILIARIES.has(word)) {
      index++;
      continue;
    }
    if (KEPT_WORDS.has(word) || /ly$/.test(word)) {
      words.push(token.text);
      index++;
      continue;
    }
    if (PARTICIPLES.has(word) || STATES.has(word) || (/ed$/.test(word) && !token.capitalized)) {
      words.push(token.text);
      index++;
      continue;
    }
    if (LOCATIVES.has(word)) {
      const place = locativeEnd(tokens, index);
      if (place > index) {
        words.push(text.slice(token.start, tokens[place - 1]!.end).replace(/['’]s$/, ""));
        index = place;
      }
    }
    break;
  }
  while (words.length > 0 && ["or", "still", "now"].includes(words.at(-1)!.toLowerCase())) words.pop();
  // Adverbs and "still" alone say nothing about what happened.
  return words.some((word) => !/ly$/.test(word) && !KEPT_WORDS.has(word.toLowerCase())) ? words.join(" ") : "";
}

/** "Israeli detention", "Egyptian custody": a demonym-shaped word may lead a lower-case noun. */
const DEMONYM_SHAPE = /(?:i|ian|ese|ish|an)$/;

/**
 * "in Gaza", "in the Gaza Strip", "from Israeli detention", "among the hostages": end of the
 * place phrase (or `index` when none follows). A place is capitalised; "among" takes any noun.
 */
function locativeEnd(tokens: readonly Token[], index: number): number {
  let end = index + 1;
  if (tokens[end]?.lower === "the") end++;
  const among = tokens[index]!.lower === "among";
  const first = end;
  const fits = (token: Token | undefined, position: number): boolean => {
    if (!token || token.kind !== "word" || NOUN_PHRASE_END.has(token.lower)) return false;
    if (among || token.capitalized) return true;
    const previous = tokens[position - 1]!;
    return position > first && previous.capitalized && DEMONYM_SHAPE.test(previous.key);
  };
  while (end < tokens.length && end - first < 3 && fits(tokens[end], end)) end++;
  return end > first ? end : index;
}
