/**
 * Places: capitalised words that no person or organisation claimed, resolved against the
 * gazetteer. Countries and reference places are taken as named; a city name must look like a
 * place ("in Tenafly", "Tenafly, N.J.", or a large or local city) and, when several cities share
 * it, the one chosen is the largest, favouring the countries the article talks about.
 */
import type { Place } from "../model.ts";
import type { PlaceCandidate } from "./gazetteer.ts";
import { isCommonWord } from "./lexicon.ts";
import type { ExtractReference } from "./reference.ts";
import type { Sentence } from "./sentences.ts";
import { compoundParts, spanTextBare, type Token } from "./tokens.ts";

interface PlaceHit {
  sentence: number;
  surface: string;
  candidates: PlaceCandidate[];
  /** The country or state written after a city ("Tenafly, N.J."), and as written. */
  qualifier?: PlaceCandidate;
  qualifierSurface?: string;
  /** Preceded by a preposition of place ("in", "to", "from" …). */
  locative: boolean;
  /** The first word of its sentence (its capital letter says nothing). */
  sentenceStart: boolean;
  tokenCount: number;
}

const LOCATIVES = new Set(["in", "at", "to", "from", "near", "into", "outside", "inside", "toward", "towards", "via", "across", "through", "around", "within", "throughout", "visited", "visit", "visiting", "leave", "left", "reached"]);
/**
 * How much a city in a country the article names outweighs a larger city elsewhere, and a
 * capital or state seat a town of the same name ("Paris" in a story that names the U.S. is still
 * Paris, France; "Birmingham" in it is Birmingham, Alabama).
 */
const ARTICLE_COUNTRY_WEIGHT = 10;
const SEAT_WEIGHT = 3;
/** A city this large may be meant in any story. */
const WORLD_CITY = 1_000_000;
/** A city this large is a place even without a preposition of place. */
const LARGE_CITY = 100_000;
/** A city in a country the article names, this large, is a place without a preposition. */
const LOCAL_CITY = 20_000;
/** A city of several words ("Tel Aviv", "West Point") this large is unlikely a coincidence. */
const MULTI_WORD_CITY = 5_000;

/** `free[s][t]`: token t of sentence s is not part of a person, organisation or office. */
export function resolvePlaces(sentences: readonly Sentence[], free: readonly (readonly boolean[])[], ref: ExtractReference): Place[] {
  const hits = sentences.flatMap((sentence, index) => placeHits(sentence, index, free[index]!, ref));
  const context = articleCountries(sentences, hits, ref);
  const places = new Map<string, Place>();
  for (const hit of hits) {
    const chosen = choosePlace(hit, context, ref);
    if (!chosen) continue;
    addMention(places, chosen, hit.surface, sentences[hit.sentence]!.text);
    if (hit.qualifier) addMention(places, hit.qualifier, hit.qualifierSurface ?? hit.qualifier.name, sentences[hit.sentence]!.text);
  }
  return [...places.values()];
}

function placeHits(sentence: Sentence, index: number, free: readonly boolean[], ref: ExtractReference): PlaceHit[] {
  const { tokens, text } = sentence;
  const firstWord = tokens.findIndex((token) => token.kind === "word");
  const hits: PlaceHit[] = [];
  let position = 0;
  while (position < tokens.length) {
    const token = tokens[position]!;
    if (!free[position] || token.kind !== "word" || !token.capitalized) {
      position++;
      continue;
    }
    let limit = position;
    while (limit < tokens.length && free[limit]) limit++;
    const known = ref.gazetteer.matchKnown(tokens, position, limit);
    const city = ref.gazetteer.matchCity(tokens, position, limit);
    const match = known && (!city || known.length >= city.length) ? known : city;
    if (!match) {
      hits.push(...compoundHits(token, index, ref));
      position++;
      continue;
    }
    const end = position + match.length;
    const next = tokens[end];
    if (next?.capitalized && ref.gazetteer.isBuildingWord(next.bare)) {
      position = end + 1; // "Buckingham Palace": a building, not the town
      continue;
    }
    const hit: PlaceHit = {
      sentence: index,
      surface: spanTextBare(text, tokens, position, end),
      candidates: match.candidates,
      locative: LOCATIVES.has(tokens[position - 1]?.lower ?? ""),
      sentenceStart: position === firstWord,
      tokenCount: match.length,
    };
    // "Tenafly, N.J.", "Tel Aviv, Israel": the second name says which city, and is a place too.
    const qualifier = tokens[end]?.text === "," && free[end + 1] ? ref.gazetteer.matchAfterCity(tokens, end + 1) : undefined;
    const qualifying = qualifier?.candidates.find((candidate) => match.candidates.some((place) => isWithin(place, candidate)));
    if (qualifier && qualifying) {
      hit.qualifier = qualifying;
      hit.qualifierSurface = spanTextBare(text, tokens, end + 1, end + 1 + qualifier.length);
      hits.push(hit);
      position = end + 1 + qualifier.length;
      continue;
    }
    hits.push(hit);
    position = end;
  }
  return hits;
}

/** "Israel-Hamas": each part of a compound of names may be a country or known place. */
function compoundHits(token: Token, index: number, ref: ExtractReference): PlaceHit[] {
  return compoundParts(token).flatMap((part) => {
    const match = ref.gazetteer.matchKnown([part], 0);
    return match ? [{ sentence: index, surface: part.text, candidates: match.candidates, locative: false, sentenceStart: false, tokenCount: 1 }] : [];
  });
}

/** The countries the article is about: countries and regions it names, and its demonyms. */
function articleCountries(sentences: readonly Sentence[], hits: readonly PlaceHit[], ref: ExtractReference): Set<string> {
  const countries = new Set<string>();
  for (const hit of hits) {
    // Only names that say one thing: "Georgia" (state or country) says nothing yet.
    const known = hit.candidates.filter((candidate) => candidate.from !== "city");
    if (known.length === 1 && known[0]!.country) countries.add(known[0]!.country);
    if (hit.qualifier?.country) countries.add(hit.qualifier.country);
  }
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const country = token.capitalized ? ref.gazetteer.demonymCountry(token.bare) : undefined;
      if (country) countries.add(country);
    }
  }
  return countries;
}

function choosePlace(hit: PlaceHit, context: ReadonlySet<string>, ref: ExtractReference): PlaceCandidate | undefined {
  if (hit.qualifier) {
    const within = hit.candidates.filter((candidate) => isWithin(candidate, hit.qualifier!));
    return largest(within, context);
  }
  const known = hit.candidates.filter((candidate) => candidate.from !== "city");
  // "Georgia": the state in an American story, the country otherwise.
  if (known.length > 0) {
    return known.find((candidate) => candidate.country && context.has(candidate.country)) ?? known.find((candidate) => candidate.kind === "country") ?? known[0];
  }
  const best = largest(hit.candidates, context);
  if (!best) return undefined;
  const population = best.population ?? 0;
  const common = hit.tokenCount === 1 && isCommonWord(hit.surface, ref.lexicon);
  if (hit.sentenceStart && common) return undefined;
  if (hit.locative) return best;
  if (common) return undefined;
  const local = best.country !== undefined && context.has(best.country);
  if (population >= LARGE_CITY || (local && population >= LOCAL_CITY) || (hit.tokenCount > 1 && population >= MULTI_WORD_CITY)) return best;
  return undefined;
}

/**
 * The likeliest city: only cities in the countries the article names compete, and capitals and
 * cities of a million or more from anywhere ("Richmond" in a British story is not Richmond,
 * Virginia; "Paris" in an American story can still be Paris, France). Then by size and weights.
 */
function largest(candidates: readonly PlaceCandidate[], context: ReadonlySet<string>): PlaceCandidate | undefined {
  const plausible = candidates.filter((candidate) => (candidate.country !== undefined && context.has(candidate.country)) || candidate.capital || (candidate.population ?? 0) >= WORLD_CITY);
  let best: PlaceCandidate | undefined;
  let bestWeight = -1;
  for (const candidate of plausible.length > 0 ? plausible : candidates) {
    const local = candidate.country !== undefined && context.has(candidate.country);
    const weight = (candidate.population ?? 0) * (local ? ARTICLE_COUNTRY_WEIGHT : 1) * (candidate.seat ? SEAT_WEIGHT : 1);
    if (weight > bestWeight) [best, bestWeight] = [candidate, weight];
  }
  return best;
}

/** A city lies within a country, or within a state or nation (same admin code). */
function isWithin(city: PlaceCandidate, area: PlaceCandidate): boolean {
  if (city.country !== area.country) return false;
  return area.kind === "country" || (area.admin !== undefined && area.admin === city.admin);
}

function addMention(places: Map<string, Place>, candidate: PlaceCandidate, surface: string, sentence: string): void {
  const key = `${candidate.name}|${candidate.country ?? ""}|${candidate.kind}`;
  const place = places.get(key) ?? {
    name: candidate.name,
    mentions: [],
    kind: candidate.kind,
    ...(candidate.country === undefined ? {} : { country: candidate.country }),
    lat: candidate.lat,
    lon: candidate.lon,
    sentences: [],
  };
  if (!place.mentions.includes(surface)) place.mentions.push(surface);
  if (!place.sentences.includes(sentence)) place.sentences.push(sentence);
  places.set(key, place);
}
