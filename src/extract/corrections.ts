/**
 * The editor's corrections from the article's front matter, applied last: entities to drop (by
 * canonical name or any mention), entities to add (by name, with the sentences that name them),
 * and the outlet (`null` says "no outlet").
 */
import type { EntityCorrection, Extraction, FrontMatter, Organization, Person, Place } from "../model.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Sentence } from "./sentences.ts";

export function applyCorrections(extraction: Extraction, frontMatter: FrontMatter, sentences: readonly Sentence[], gazetteer: Gazetteer): Extraction {
  const people = corrected(extraction.people, frontMatter.people, (name) => ({ name, mentions: mentionsOf(name, sentences), sentences: sentencesNaming(name, sentences) }));
  const places = corrected(extraction.places, frontMatter.places, (name) => addedPlace(name, sentences, gazetteer));
  const organizations = corrected(extraction.organizations, frontMatter.organizations, (name): Organization => ({ name, mentions: mentionsOf(name, sentences), sentences: sentencesNaming(name, sentences) }));
  if (frontMatter.outlet === undefined) return { ...extraction, people, places, organizations };
  // The editor's outlet replaces the found one and its evidence.
  return { people, places, organizations, figures: extraction.figures, outlet: frontMatter.outlet };
}

function corrected<T extends Person | Place | Organization>(entities: readonly T[], correction: EntityCorrection | undefined, create: (name: string) => T): T[] {
  if (!correction) return [...entities];
  const dropped = new Set((correction.drop ?? []).map(comparable));
  const kept = entities.filter((entity) => ![entity.name, ...entity.mentions].some((name) => dropped.has(comparable(name))));
  for (const name of correction.add ?? []) {
    if (!kept.some((entity) => [entity.name, ...entity.mentions].some((other) => comparable(other) === comparable(name)))) kept.push(create(name));
  }
  return kept;
}

function addedPlace(name: string, sentences: readonly Sentence[], gazetteer: Gazetteer): Place {
  const [known] = gazetteer.lookUp(name).sort((a, b) => (b.population ?? Infinity) - (a.population ?? Infinity));
  const base = { mentions: mentionsOf(name, sentences), sentences: sentencesNaming(name, sentences) };
  // A name the gazetteer does not know is still the editor's word: a region without coordinates.
  if (!known) return { name, kind: "region", ...base };
  return { name: known.name, kind: known.kind, ...(known.country ? { country: known.country } : {}), lat: known.lat, lon: known.lon, ...base };
}

function sentencesNaming(name: string, sentences: readonly Sentence[]): string[] {
  return [...new Set(sentences.filter((sentence) => sentence.text.includes(name)).map((sentence) => sentence.text))];
}

function mentionsOf(name: string, sentences: readonly Sentence[]): string[] {
  return sentences.some((sentence) => sentence.text.includes(name)) ? [name] : [];
}

function comparable(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").trim();
}
