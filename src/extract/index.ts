/**
 * The extract stage: CleanArticle → people, places, organisations, figures and outlet. Pure:
 * rules, lexicons and gazetteer look-ups over the article's sentences (no parser runs over the
 * text). Organisations are found first, then people, and places among the words left over, so
 * no word is two entities. A reporters' credit still in the body is read for the outlet only.
 * The front matter's corrections apply last.
 */
import type { CleanArticle, Extraction } from "../model.ts";
import { applyCorrections } from "./corrections.ts";
import { isCreditSentence } from "./credits.ts";
import { findFigures } from "./figures.ts";
import { groupOrganizations } from "./organization-list.ts";
import { findOrganizations, type OrganizationHit } from "./organizations.ts";
import { findOutlet } from "./outlet.ts";
import { resolvePeople } from "./people-merge.ts";
import { nameCandidates, type NameCandidate } from "./people.ts";
import { resolvePlaces } from "./places.ts";
import type { ExtractReference } from "./reference.ts";
import { articleSentences, type Sentence } from "./sentences.ts";

export type { ExtractReference } from "./reference.ts";

export function extractEntities(clean: CleanArticle, ref: ExtractReference): Extraction {
  const all = articleSentences(clean, ref.abbreviations);
  // A credit left in the body names reporters: read for the outlet only.
  const credits = all.filter((sentence) => isCreditSentence(sentence.text)).map((sentence) => sentence.text);
  const sentences = all.filter((sentence) => !isCreditSentence(sentence.text));
  const organizationHits = sentences.map((sentence) => findOrganizations(sentence, ref));
  const orgTaken = sentences.map((sentence, index) => coverage(sentence, organizationHits[index]!));
  const candidates = sentences.flatMap((sentence, index) => nameCandidates(sentence, index, orgTaken[index]!, ref));
  const { people, used } = resolvePeople(candidates, sentences, [...clean.byline, ...clean.contributors], ref);
  const free = sentences.map((sentence, index) => freeTokens(sentence, orgTaken[index]!, candidates.filter((candidate) => candidate.sentence === index), used));
  const outlet = findOutlet(sentences, [...clean.creditLines, ...credits], ref);
  const extraction: Extraction = {
    people,
    places: resolvePlaces(sentences, free, ref),
    organizations: groupOrganizations(organizationHits, sentences),
    figures: findFigures(sentences),
    outlet: outlet?.outlet ?? null,
    ...(outlet ? { outletEvidence: outlet.evidence } : {}),
  };
  return applyCorrections(extraction, clean.article.frontMatter, all, ref.gazetteer);
}

function coverage(sentence: Sentence, hits: readonly OrganizationHit[]): boolean[] {
  const taken = sentence.tokens.map(() => false);
  for (const hit of hits) if (!hit.partial) for (let index = hit.from; index < hit.to; index++) taken[index] = true;
  return taken;
}

/** Tokens left for places: not an organisation, an office or honorific, or a person's name. */
function freeTokens(sentence: Sentence, orgTaken: readonly boolean[], candidates: readonly NameCandidate[], used: ReadonlySet<NameCandidate>): boolean[] {
  const free = orgTaken.map((taken) => !taken);
  for (const candidate of candidates) {
    for (const index of candidate.office) free[index] = false;
    if (!used.has(candidate)) continue;
    for (let index = candidate.span.from; index < candidate.span.to; index++) free[index] = false;
  }
  return free;
}
