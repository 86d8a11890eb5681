/**
 * Tokens of one sentence for the extractors: words, abbreviations ("U.S.", "Mr."), numbers and
 * punctuation, each with its offsets in the sentence and a matching key (accents folded, curly
 * apostrophes straightened). A possessive ending is noted, not split off ("Barnea's", "Barneas'").
 */

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Matching key of the whole token. */
  key: string;
  /** The key in lower case. */
  lower: string;
  /** Matching key without a possessive ending ("Barnea's" → "Barnea"). */
  bare: string;
  possessive: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
}

/**
 * Dotted abbreviations (U.S., D.C., a.m.), words with apostrophes or hyphens inside, a plural
 * possessive apostrophe after s, numbers with separators, then any other single character.
 */
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|\d+(?:[.,]\d+)*|\S/gu;

/** Words that keep their period as part of the token ("Mr." "Oct." "St."), besides initials. */
const BUILT_IN_ABBREVIATIONS = [
  "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
  "Sept", "Oct", "Nov", "Dec", "No", "Mt", "Ft", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
  "Sen", "Rep", "Gov", "Rev", "Prof", "Inc", "Co", "Corp", "Ltd", "vs",
];

export function abbreviationSet(extra: Iterable<string> = []): Set<string> {
  const words = new Set(BUILT_IN_ABBREVIATIONS);
  for (const word of extra) if (word.endsWith(".")) words.add(word.slice(0, -1));
  return words;
}

export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let claimedUntil = 0;
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    const start = match.index;
    if (start < claimedUntil) continue; // the period of "Mr." taken below
    const kind = tokenKind(raw);
    // "Mr." and initials ("David E. Sanger") keep their period; a sentence's last word does not.
    if (kind === "word" && text[start + raw.length] === "." && (abbreviations.has(raw) || /^\p{Lu}$/u.test(raw))) {
      raw += ".";
      claimedUntil = start + raw.length;
    }
    if (kind === "word" && raw.includes("-") && isLabelledCompound(raw)) {
      // "Hamas-led", "Hamas-controlled": the name is a token of its own.
      const head = raw.slice(0, raw.indexOf("-"));
      tokens.push(makeToken(head, start, "word"), makeToken("-", start + head.length, "punct"), makeToken(raw.slice(head.length + 1), start + head.length + 1, "word"));
      continue;
    }
    tokens.push(makeToken(raw, start, kind));
  }
  return tokens;
}

function tokenKind(raw: string): TokenKind {
  const code = raw.charCodeAt(0);
  if (code >= 48 && code <= 57) return "number";
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "word";
  return /^\p{L}/u.test(raw) ? "word" : "punct";
}

/** A capitalised word joined to a lower-case one: "Hamas-led", not "el-Sisi" or "Israel-Hamas". */
function isLabelledCompound(word: string): boolean {
  const parts = word.split("-");
  return parts.length > 1 && /^\p{Lu}/u.test(parts[0]!) && parts.slice(1).some((part) => /^\p{Ll}/u.test(part));
}

/** The parts of a compound of names ("Israel-Hamas" → "Israel", "Hamas"), as tokens of their own. */
export function compoundParts(token: Token): Token[] {
  if (token.kind !== "word" || !token.text.includes("-")) return [];
  const parts: Token[] = [];
  let offset = token.start;
  for (const part of token.text.split("-")) {
    if (part !== "") parts.push(makeToken(part, offset, "word"));
    offset += part.length + 1;
  }
  return parts;
}

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const key = matchingKey(text);
  const possessive = kind === "word" && /(?:'s|s')$/.test(key) && key.length > 2;
  const bare = possessive ? key.replace(/'s$|'$/, "") : key;
  return { text, start, end: start + text.length, kind, key, lower: key.toLowerCase(), bare, possessive, capitalized: /^\p{Lu}/u.test(text) };
}

/** Accents folded, curly apostrophes and quotes straightened; case kept. */
export function matchingKey(text: string): string {
  // Only non-ASCII text needs folding or straightening; most tokens skip both.
  if (!/[^\x00-\x7f]/.test(text)) return text.includes("`") ? text.replace(/`/g, "'") : text;
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`´]/g, "'");
}

/** Plain words of ASCII letters between single spaces: each word is its own key. */
const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The words of a phrase from reference data, as the keys the tokenizer gives them. Most names
 * are plain words, split without the tokenizer: the gazetteer keys some 200,000 city names in
 * every process that extracts.
 */
export function phraseKeys(phrase: string, abbreviations: ReadonlySet<string>): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(" ");
  return tokenize(phrase, abbreviations).map((token) => token.key);
}

/** The text from the first to the last token, as written in the sentence. */
function spanText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return "";
  return sentence.slice(first.start, last.end);
}

/** The span's text without the last token's possessive ending ("Barnea's" → "Barnea"). */
export function spanTextBare(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  const text = spanText(sentence, tokens, from, to);
  const last = tokens[to - 1];
  return last?.possessive ? text.replace(/['’]s$|['’]$/, "") : text;
}
