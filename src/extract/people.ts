/**
 * Name candidates in one sentence: each run of capitalised words, split into the office or form
 * of address before it ("Prime Minister", "Mr.") and the name, with the evidence that the name
 * is a person's: an office or honorific, a known first name, a known alias, an apposition with
 * a role ("…, a former adviser,"), or a speech verb ("Adi Alexander said").
 */
import { isCommonWord } from "./lexicon.ts";
import type { ExtractReference } from "./reference.ts";
import { appositionRole, officeStartBefore, roleBeforeComma } from "./roles.ts";
import { nameRuns, type Span } from "./runs.ts";
import type { Sentence } from "./sentences.ts";
import { spanTextBare, type Token } from "./tokens.ts";

export type Evidence = "honorific" | "title" | "alias" | "first-name" | "apposition" | "speech" | "none";

export interface NameCandidate {
  sentence: number;
  /** The name's tokens, without the office or honorific before it. */
  span: Span;
  /** Matching keys of the name's words, the last without its possessive ("Barnea"). */
  keys: string[];
  /** The keys in lower case. */
  words: string[];
  /** The name as written, possessive dropped: "Barnea", "Abdel Fattah el-Sisi". */
  text: string;
  /** The mention as written: honorific and name ("Mr. Boehler"). */
  surface: string;
  /** Tokens of the offices and honorific before the name ("Prime", "Minister", "Mr."). */
  office: number[];
  /** Role from an office before the name or an apposition after it. */
  role?: string;
  /** Role implied by the honorific ("Gen." → "General"), used when the text gives no other. */
  honorificRole?: string;
  evidence: Evidence;
  /** "Barneas'": a possessive written after an extra s. */
  sPossessive: boolean;
}

/** "in Clacton": a single capitalised word after these is a place's name more often than a person's. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "into", "outside", "inside", "across", "throughout"]);
const SPEECH_VERBS = new Set([
  "said", "says", "told", "added", "stated", "wrote", "mentioned", "explained", "noted", "warned",
  "argued", "insisted", "posted", "tweeted", "emphasized", "emphasised", "acknowledged", "recalled",
]);

export function nameCandidates(sentence: Sentence, index: number, orgTaken: readonly boolean[], ref: ExtractReference): NameCandidate[] {
  const { tokens } = sentence;
  const firstWord = tokens.findIndex((token) => token.kind === "word");
  const candidates: NameCandidate[] = [];
  for (const run of nameRuns(tokens, orgTaken)) {
    let from = run.from;
    if (from === firstWord && isSentenceWord(tokens, from, ref)) from++;
    if (from >= run.to) continue;
    const candidate = candidateFrom(sentence, index, { from, to: run.to }, orgTaken, ref);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** An ordinary word capitalised only because it starts the sentence ("Despite", "Within"). */
function isSentenceWord(tokens: readonly Token[], index: number, ref: ExtractReference): boolean {
  const token = tokens[index]!;
  if (ref.titles.match(tokens, index) || ref.honorifics.match(tokens, index) || ref.people.match(tokens, index)) return false;
  if (ref.gazetteer.matchKnown(tokens, index)) return false;
  return isCommonWord(token.bare, ref.lexicon);
}

/** What stands before the name in a run: a form of address, offices and their qualifiers. */
interface Office {
  /** First token of the name. */
  nameStart: number;
  honorific?: { text: string; role: string | null };
  /** Token after the last office word, when there is one. */
  titleEnd?: number;
  /** Tokens of the honorific and offices ("Prime", "Minister", "Mr."). */
  tokens: number[];
}

function officeOf(sentence: Sentence, run: Span, ref: ExtractReference): Office {
  const { tokens, text } = sentence;
  const office: Office = { nameStart: run.from, tokens: [] };
  const claim = (length: number): void => {
    for (let index = office.nameStart; index < office.nameStart + length; index++) office.tokens.push(index);
    office.nameStart += length;
  };
  for (;;) {
    const cursor = office.nameStart;
    const address = ref.honorifics.match(tokens, cursor, run.to);
    if (address && cursor + address.length < run.to) {
      office.honorific = { text: text.slice(tokens[cursor]!.start, tokens[cursor + address.length - 1]!.end), role: address.value };
      claim(address.length);
      continue;
    }
    const title = ref.titles.match(tokens, cursor, run.to);
    if (title) {
      claim(title.length);
      office.titleEnd = office.nameStart;
      continue;
    }
    // "Qatari Prime Minister", "US Assistant Secretary of State": a qualifier of the office after it.
    const qualifier = qualifierLength(tokens, cursor, run.to, ref);
    if (qualifier > 0 && ref.titles.match(tokens, cursor + qualifier, run.to)) {
      office.nameStart += qualifier;
      continue;
    }
    return office;
  }
}

function candidateFrom(sentence: Sentence, index: number, run: Span, orgTaken: readonly boolean[], ref: ExtractReference): NameCandidate | undefined {
  const { tokens, text } = sentence;
  const office = officeOf(sentence, run, ref);
  // "Marjorie Taylor Greene of Georgia": "of" joins the words of an office or a body, not a name.
  const of = tokens.findIndex((token, position) => position > office.nameStart && position < run.to && token.lower === "of");
  const span: Span = { from: office.nameStart, to: of > 0 ? of : run.to };
  if (span.from >= span.to || !isNameLike(tokens, span, ref)) return undefined;
  const hasOffice = office.titleEnd !== undefined;
  // A country or region named alone is a place, whatever else the sentence says.
  const known = ref.gazetteer.matchKnown(tokens, span.from, span.to);
  if (!office.honorific && !hasOffice && known && known.length === span.to - span.from) return undefined;

  const officeStart = officeStartBefore(tokens, run.from, orgTaken, ref, hasOffice);
  const officeRole = officeStart === undefined ? undefined : text.slice(tokens[officeStart]!.start, tokens[(office.titleEnd ?? run.from) - 1]!.end);
  const apposition = appositionRole(text, tokens, span.to, ref) ?? roleBeforeComma(text, tokens, span.from, ref);
  const role = officeRole ?? apposition;
  const nameText = spanTextBare(text, tokens, span.from, span.to);
  const keys = tokens.slice(span.from, span.to).map((token, position, all) => (position === all.length - 1 ? token.bare : token.key));
  const last = tokens[span.to - 1]!;
  return {
    sentence: index,
    span,
    keys,
    words: keys.map((key) => key.toLowerCase()),
    text: nameText,
    surface: office.honorific ? `${office.honorific.text} ${nameText}` : nameText,
    office: office.tokens,
    ...(role === undefined ? {} : { role }),
    ...(office.honorific?.role ? { honorificRole: office.honorific.role } : {}),
    evidence: evidenceFor(tokens, span, { honorific: office.honorific !== undefined, office: officeRole !== undefined, apposition: apposition !== undefined }, ref),
    sPossessive: last.possessive && /s'$/.test(last.key),
  };
}

/**
 * Not an organisation's head word ("Department"), and not only ordinary words ("General
 * Assembly") unless a first name or a known alias says otherwise ("Bill Burns"). A single word
 * may be an ordinary one ("Burns"): it is a person only as the surname of one.
 */
function isNameLike(tokens: readonly Token[], span: Span, ref: ExtractReference): boolean {
  const words = tokens.slice(span.from, span.to);
  if (words.some((token) => ref.organizationHeads.has(token.bare) || ref.gazetteer.isBuildingWord(token.bare))) return false;
  if (!words.some((token) => token.bare.replace(/\./g, "").length > 1)) return false; // initials alone ("Y.")
  if (words.length === 1 || words.some((token) => !ref.lexicon.commonWords.has(token.bare.toLowerCase()))) return true;
  return isFirstName(words[0]!, ref) || ref.people.match(tokens, span.from, span.to) !== undefined;
}

/** "David", "Bill", and "Jean-Luc" by its parts. */
function isFirstName(token: Token, ref: ExtractReference): boolean {
  return token.key
    .toLowerCase()
    .split("-")
    .some((part) => ref.lexicon.firstNames.has(part) || ref.nicknames.has(part));
}

/** Words that qualify an office inside a run: a demonym, a country, a capitalised modifier. */
function qualifierLength(tokens: readonly Token[], index: number, limit: number, ref: ExtractReference): number {
  const token = tokens[index];
  if (!token) return 0;
  if (ref.gazetteer.demonymCountry(token.bare) || ref.roleModifiers.has(token.lower)) return 1;
  return ref.gazetteer.matchKnown(tokens, index, limit)?.length ?? 0;
}

function evidenceFor(
  tokens: readonly Token[],
  span: Span,
  found: { honorific: boolean; office: boolean; apposition: boolean },
  ref: ExtractReference,
): Evidence {
  if (found.honorific) return "honorific";
  if (found.office) return "title";
  if (span.to - span.from === 1 && PLACE_PREPOSITIONS.has(tokens[span.from - 1]?.lower ?? "")) return "none";
  const alias = ref.people.match(tokens, span.from, span.to);
  if (alias && alias.length === span.to - span.from) return "alias";
  if (span.to - span.from >= 2 && isFirstName(tokens[span.from]!, ref)) return "first-name";
  if (found.apposition) return "apposition";
  const after = tokens[span.to]?.lower ?? "";
  const before = tokens[span.from - 1]?.lower ?? "";
  const clauseEnds = span.to >= tokens.length || [".", ",", "!", "?"].includes(tokens[span.to]!.text);
  if (SPEECH_VERBS.has(after) || (SPEECH_VERBS.has(before) && clauseEnds)) return "speech";
  return "none";
}
