/**
 * The reference the extractor reads articles against: name knowledge from `aliases.yaml`, places
 * from `places.yaml` plus the gazetteer, and compromise's word lists. Built once per build.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Gazetteer } from "./gazetteer.ts";
import { wordLexicon, type WordLexicon } from "./lexicon.ts";
import { PhraseIndex } from "./phrases.ts";
import { parseAliasesFile, parsePlacesFile } from "./reference-files.ts";
import { abbreviationSet, matchingKey, phraseKeys } from "./tokens.ts";

export interface ExtractReference {
  /** Words that keep their period ("Mr.", "Gen.", "Oct."). */
  abbreviations: ReadonlySet<string>;
  lexicon: WordLexicon;
  /** Any name of a known person → canonical name. */
  people: PhraseIndex<string>;
  /** Short first name (lower case) → formal first names (lower case): "bill" → ["william"]. */
  nicknames: ReadonlyMap<string, readonly string[]>;
  /** Form of address → the role it implies, or null ("Mr." → null, "Gen." → "General"). */
  honorifics: PhraseIndex<string | null>;
  /** Offices before a name, any case. */
  titles: PhraseIndex<true>;
  /** Lower-case words that qualify an office ("former", "war", "cabinet"). */
  roleModifiers: ReadonlySet<string>;
  /** Lower-case nouns that make an apposition a role ("adviser", "father"). */
  roleNouns: ReadonlySet<string>;
  /** Any name of an organisation (news organisations included) → canonical name. */
  organizations: PhraseIndex<string>;
  /** Words that end an organisation's name ("Ministry", "Department"). */
  organizationHeads: ReadonlySet<string>;
  /** Any name of a news organisation → canonical name. */
  outlets: PhraseIndex<string>;
  gazetteer: Gazetteer;
}

export interface ReferenceFileNames {
  aliases: string;
  places: string;
}

/** Reads `aliases.yaml` and `places.yaml` from the reference folder. */
export function loadExtractReference(referenceDir: string): ExtractReference {
  const files = { aliases: path.join(referenceDir, "aliases.yaml"), places: path.join(referenceDir, "places.yaml") };
  return parseExtractReference(readFileSync(files.aliases, "utf8"), readFileSync(files.places, "utf8"), files);
}

/** Pure: the reference from the two files' texts (file names only label error messages). */
export function parseExtractReference(
  aliasesYaml: string,
  placesYaml: string,
  files: ReferenceFileNames = { aliases: "aliases.yaml", places: "places.yaml" },
): ExtractReference {
  const aliases = parseAliasesFile(aliasesYaml, files.aliases);
  const places = parsePlacesFile(placesYaml, files.places);
  const abbreviations = abbreviationSet(Object.keys(aliases.honorifics).flatMap((form) => form.split(" ")));
  const keysOf = (phrase: string): string[] => phraseKeys(phrase, abbreviations);

  const people = new PhraseIndex<string>();
  for (const [canonical, names] of Object.entries(aliases.people)) {
    for (const name of [canonical, ...names]) people.add(keysOf(name), canonical);
  }
  const nicknames = new Map<string, string[]>();
  for (const [formal, shorts] of Object.entries(aliases.nicknames)) {
    for (const short of shorts) nicknames.set(short.toLowerCase(), [...(nicknames.get(short.toLowerCase()) ?? []), formal.toLowerCase()]);
  }
  const honorifics = new PhraseIndex<string | null>();
  for (const [form, role] of Object.entries(aliases.honorifics)) honorifics.add(keysOf(form), role);
  const titles = new PhraseIndex<true>(true);
  for (const title of aliases.titles) titles.add(keysOf(title), true);
  const outlets = new PhraseIndex<string>();
  const organizations = new PhraseIndex<string>();
  for (const [canonical, names] of Object.entries(aliases.outlets)) {
    for (const name of [canonical, ...names]) {
      outlets.add(keysOf(name), canonical);
      organizations.add(keysOf(name), canonical);
    }
  }
  for (const [canonical, names] of Object.entries(aliases.organizations)) {
    for (const name of [canonical, ...names]) organizations.add(keysOf(name), canonical);
  }

  return {
    abbreviations,
    lexicon: wordLexicon(),
    people,
    nicknames,
    honorifics,
    titles,
    roleModifiers: lowerSet(aliases.roleModifiers),
    roleNouns: lowerSet(aliases.roleNouns),
    organizations,
    organizationHeads: new Set(aliases.organizationHeads),
    outlets,
    gazetteer: new Gazetteer(places, abbreviations, files.places),
  };
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => matchingKey(word).toLowerCase()));
}
