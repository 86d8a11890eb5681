/**
 * Organisations: names from the reference lexicon (Hamas, Mossad, CIA, "State Division" …) and
 * names shaped like one: "Ministry of Health", "Palestinian Health Ministry", "Justice
 * Department", "Channel 13". Found first, so their words are never read as people or places.
 */
import type { ExtractReference } from "./reference.ts";
import type { Span } from "./runs.ts";
import type { Sentence } from "./sentences.ts";
import { compoundParts, type Token } from "./tokens.ts";

export interface OrganizationHit extends Span {
  canonical: string;
  /** The name as written, without a possessive ending. */
  surface: string;
  /** Part of a compound ("Israel-Hamas"): the token's other parts may name other things. */
  partial: boolean;
}

/** The organisations named in one sentence, left to right. */
export function findOrganizations(sentence: Sentence, ref: ExtractReference): OrganizationHit[] {
  const { tokens } = sentence;
  const hits: OrganizationHit[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const length = token.kind === "word" && token.capitalized ? organizationAt(tokens, index, ref) : 0;
    if (length > 0) {
      const surface = surfaceOf(sentence.text, tokens, index, index + length);
      const lexicon = ref.organizations.match(tokens, index, index + length);
      const canonical = lexicon && lexicon.length === length ? lexicon.value : surface;
      hits.push({ from: index, to: index + length, canonical, surface, partial: false });
      index += length;
      continue;
    }
    // "Israel-Hamas cease-fire": an organisation inside a compound of names.
    for (const part of compoundParts(token)) {
      const match = ref.organizations.match([part], 0);
      if (match) hits.push({ from: index, to: index + 1, canonical: match.value, surface: part.text, partial: true });
    }
    index++;
  }
  return hits;
}

/** How many tokens from `index` name an organisation (0 when none does). */
function organizationAt(tokens: readonly Token[], index: number, ref: ExtractReference): number {
  const lexicon = ref.organizations.match(tokens, index);
  const shaped = shapedOrganization(tokens, index, ref);
  return Math.max(lexicon?.length ?? 0, shaped);
}

/**
 * "[Demonym] Ministry of Health …" or "[Demonym] Health Ministry": capitalised words ending in
 * a head word, or a head word followed by "of" and capitalised words ("Bank of Israel"). Not a
 * known place ("West Bank"), and not led by a country ("U.S. State Department" leaves "U.S." to
 * places). "Channel 13" too.
 */
function shapedOrganization(tokens: readonly Token[], index: number, ref: ExtractReference): number {
  const first = tokens[index]!;
  if (first.key === "Channel" && tokens[index + 1]?.kind === "number") return 2;
  if (ref.gazetteer.matchKnown(tokens, index)) return 0;
  const start = ref.gazetteer.demonymCountry(first.key) ? index + 1 : index;
  const head = tokens[start];
  if (head && ref.organizationHeads.has(head.bare) && !head.possessive && tokens[start + 1]?.key === "of") {
    return headFirstLength(tokens, start + 2, index);
  }
  // Head word last: "Health Ministry", "Human Rights Council".
  for (let end = start; end < tokens.length && end - start < 5; end++) {
    const token = tokens[end]!;
    if (!isCapitalisedWord(token) || ref.gazetteer.matchKnown([token], 0)) return 0;
    if (ref.organizationHeads.has(token.bare)) return end > start ? end + 1 - index : 0;
    if (token.possessive) return 0;
  }
  return 0;
}

/** Length from `index` of "… of Foreign Affairs": capitalised words joined by of/and/for. */
function headFirstLength(tokens: readonly Token[], from: number, index: number): number {
  let end = from;
  let accepted = from;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (isCapitalisedWord(token)) {
      end++;
      accepted = end;
      if (token.possessive) break;
      continue;
    }
    const next = tokens[end + 1];
    if ((token.key === "of" || token.key === "and" || token.key === "for") && next && isCapitalisedWord(next)) {
      end++;
      continue;
    }
    break;
  }
  return accepted > from ? accepted - index : 0;
}

/** "Justice" of "Justice Department" may be an office elsewhere: here it names the body. */
function isCapitalisedWord(token: Token): boolean {
  return token.kind === "word" && token.capitalized && token.key !== "The";
}

function surfaceOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const last = tokens[to - 1]!;
  const raw = text.slice(tokens[from]!.start, last.end);
  return last.possessive ? raw.replace(/['’]s$|['’]$/, "") : raw;
}
