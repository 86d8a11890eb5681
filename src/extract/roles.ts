/**
 * The role the text gives a person: the office written before the name ("Mossad director David
 * Barnea", "Israeli war cabinet Minister Benny Gantz"), an apposition after it ("Eran Lerman, a
 * former Israeli deputy national security adviser,") or a role noun and comma before it
 * ("Ismail Haniyeh's deputy, Khalil al-Hayya,").
 */
import { isCommonWord } from "./lexicon.ts";
import type { ExtractReference } from "./reference.ts";
import { isCalendarWord } from "./runs.ts";
import type { Token } from "./tokens.ts";

/** Tokens that end an apposition. */
const APPOSITION_END = new Set([",", ".", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "!", "?"]);
/** Words that start a clause inside an apposition: the role ends before them. */
const CLAUSE_WORDS = new Set(["who", "which", "that", "whose", "when", "where", "still", "nonetheless", "believed", "is", "was", "has", "had", "have", "will", "would", "said", "says", "told"]);
const LEADING_DETERMINERS = new Set(["a", "an", "the", "one", "also", "now"]);
/** "Clacton, while …", "Paris, where …": a clause after the comma, not an apposition. */
const CLAUSE_STARTS = new Set(["while", "and", "but", "or", "as", "because", "although", "though", "after", "before", "when", "where", "who", "which", "that", "if", "so", "since", "whereas", "until"]);
const MAX_APPOSITION = 16;

/**
 * Start of the office words just before `from`: titles, role modifiers, organisations,
 * demonyms, countries and possessives ("Israel's"). Undefined when neither they nor the words
 * from `from` on (`titleFollows`) hold a title.
 */
export function officeStartBefore(
  tokens: readonly Token[],
  from: number,
  orgTaken: readonly boolean[],
  ref: ExtractReference,
  titleFollows: boolean,
): number | undefined {
  let start: number | undefined;
  let index = from - 1;
  let sawTitle = titleFollows;
  while (index >= 0) {
    const titleLength = titleEndingAt(tokens, index, ref);
    if (titleLength > 0) {
      sawTitle = true;
      index -= titleLength;
      start = index + 1;
      continue;
    }
    if (isOfficeQualifier(tokens, index, orgTaken, ref)) {
      start = index;
      index--;
      continue;
    }
    break;
  }
  return sawTitle ? (start ?? from) : undefined;
}

/** Length of a title that ends exactly at `index` (0 when none). */
function titleEndingAt(tokens: readonly Token[], index: number, ref: ExtractReference): number {
  for (let length = 4; length >= 1; length--) {
    const from = index - length + 1;
    if (from < 0) continue;
    const match = ref.titles.match(tokens, from, index + 1);
    if (match && match.length === length) return length;
  }
  return 0;
}

function isOfficeQualifier(tokens: readonly Token[], index: number, orgTaken: readonly boolean[], ref: ExtractReference): boolean {
  const token = tokens[index]!;
  if (token.kind !== "word") return false;
  if (orgTaken[index]) return true;
  if (ref.roleModifiers.has(token.lower)) return true;
  // Capitalised words name what the office is of: "Liberal Democrat leader", "Israel's"; the
  // first word of a sentence only when it is no ordinary word.
  const sentenceStart = !tokens.slice(0, index).some((other) => other.kind === "word");
  return token.capitalized && !isCalendarWord(token) && !(sentenceStart && isCommonWord(token.bare, ref.lexicon));
}

/**
 * ", a former Israeli deputy national security adviser," after the name at `to`: the role, when
 * the apposition holds a role noun. Leading articles are dropped, a clause ends it.
 */
export function appositionRole(sentence: string, tokens: readonly Token[], to: number, ref: ExtractReference): string | undefined {
  if (tokens[to]?.text !== "," || CLAUSE_STARTS.has(tokens[to + 1]?.lower ?? "")) return undefined;
  let start = to + 1;
  while (tokens[start] && LEADING_DETERMINERS.has(tokens[start]!.lower)) start++;
  let end = start;
  let hasRoleNoun = false;
  while (end < tokens.length && end - start < MAX_APPOSITION) {
    const token = tokens[end]!;
    if (APPOSITION_END.has(token.text) || CLAUSE_WORDS.has(token.lower)) break;
    if (ref.roleNouns.has(token.bare.toLowerCase())) hasRoleNoun = true;
    end++;
  }
  if (!hasRoleNoun || end === start) return undefined;
  return sentence.slice(tokens[start]!.start, tokens[end - 1]!.end);
}

/** Words a role before a name does not reach past: "met Ismail Haniyeh's deputy, …". */
const ROLE_BEFORE_STOPS = new Set(["the", "a", "an", "and", "or", "of", "with", "to", "for", "by", "from", "in", "on", "at", "met", "said", "told", "his", "her", "their", "its"]);

/**
 * "Ismail Haniyeh's deputy, Khalil al-Hayya,": a role noun right before the comma before the
 * name, with the possessive name or the modifiers in front of it.
 */
export function roleBeforeComma(sentence: string, tokens: readonly Token[], from: number, ref: ExtractReference): string | undefined {
  const noun = tokens[from - 2];
  if (tokens[from - 1]?.text !== "," || !noun || !ref.roleNouns.has(noun.lower)) return undefined;
  let start = from - 2;
  // After a possessive, only the possessor's name: "Ismail Haniyeh's deputy"; else modifiers: "senior aide".
  const possessor = tokens[from - 3]?.possessive === true && tokens[from - 3]!.capitalized;
  for (let index = from - 3; index >= 0 && from - 2 - index <= 3; index--) {
    const token = tokens[index]!;
    if (token.kind !== "word" || ROLE_BEFORE_STOPS.has(token.lower) || (possessor && !token.capitalized)) break;
    start = index;
  }
  return sentence.slice(tokens[start]!.start, noun.end);
}
