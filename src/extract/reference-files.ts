/**
 * Reads and validates the extractor's reference files, `aliases.yaml` and `places.yaml`. Every
 * error names the file and the offending key, so an editor can fix it without reading code.
 */
import { parse } from "yaml";
import type { PlaceKind } from "../model.ts";

export interface AliasesFile {
  /** Canonical full name → other names. */
  people: Record<string, string[]>;
  /** Formal first name → short forms. */
  nicknames: Record<string, string[]>;
  /** Form of address → the role it implies, or null. */
  honorifics: Record<string, string | null>;
  titles: string[];
  roleModifiers: string[];
  roleNouns: string[];
  organizations: Record<string, string[]>;
  organizationHeads: string[];
  outlets: Record<string, string[]>;
}

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  country?: string;
  lat: number;
  lon: number;
  aliases: string[];
  /** Admin-1 code the gazetteer's cities carry (US state code, "ENG"). */
  admin?: string;
  /** Short forms recognised only after a city name ("Tenafly, N.J."). */
  abbreviations: string[];
}

export interface PlacesFile {
  countryAliases: Record<string, string>;
  /** Adjectives of countries world-countries does not list ("Saudi") → country code. */
  demonyms: Record<string, string>;
  notPlaces: string[];
  /** Words that make the name before them a building or site ("Palace", "Airport"). */
  buildingWords: string[];
  places: PlaceEntry[];
}

export class ReferenceFileError extends Error {
  constructor(file: string, key: string, problem: string) {
    super(`${file}: ${key}: ${problem}`);
    this.name = "ReferenceFileError";
  }
}

const ALIASES_KEYS = ["people", "nicknames", "honorifics", "titles", "roleModifiers", "roleNouns", "organizations", "organizationHeads", "outlets"] as const;
const PLACES_KEYS = ["countryAliases", "demonyms", "notPlaces", "buildingWords", "places"] as const;
const PLACE_KEYS = new Set(["name", "kind", "country", "lat", "lon", "aliases", "admin", "abbreviations"]);
const PLACE_KINDS: readonly PlaceKind[] = ["country", "city", "territory", "region"];

export function parseAliasesFile(text: string, file: string): AliasesFile {
  const data = topLevel(text, file, ALIASES_KEYS);
  return {
    people: nameLists(data.people, file, "people"),
    nicknames: nameLists(data.nicknames, file, "nicknames"),
    honorifics: honorifics(data.honorifics, file),
    titles: stringList(data.titles, file, "titles"),
    roleModifiers: stringList(data.roleModifiers, file, "roleModifiers"),
    roleNouns: stringList(data.roleNouns, file, "roleNouns"),
    organizations: nameLists(data.organizations, file, "organizations"),
    organizationHeads: stringList(data.organizationHeads, file, "organizationHeads"),
    outlets: nameLists(data.outlets, file, "outlets"),
  };
}

export function parsePlacesFile(text: string, file: string): PlacesFile {
  const data = topLevel(text, file, PLACES_KEYS);
  const countryAliases: Record<string, string> = {};
  for (const [alias, country] of Object.entries(mapping(data.countryAliases, file, "countryAliases"))) {
    if (typeof country !== "string" || country.trim() === "") throw new ReferenceFileError(file, `countryAliases.${alias}`, "must name a country");
    countryAliases[alias] = country;
  }
  const demonyms: Record<string, string> = {};
  for (const [demonym, code] of Object.entries(mapping(data.demonyms, file, "demonyms"))) {
    if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code)) throw new ReferenceFileError(file, `demonyms.${demonym}`, "must be an ISO 3166-1 alpha-2 code such as SA");
    demonyms[demonym] = code;
  }
  const places = data.places ?? [];
  if (!Array.isArray(places)) throw new ReferenceFileError(file, "places", "must be a list of places");
  return {
    countryAliases,
    demonyms,
    notPlaces: stringList(data.notPlaces, file, "notPlaces"),
    buildingWords: stringList(data.buildingWords, file, "buildingWords"),
    places: places.map((entry: unknown, index) => placeEntry(entry, file, `places[${index}]`)),
  };
}

function placeEntry(entry: unknown, file: string, key: string): PlaceEntry {
  if (!isRecord(entry)) throw new ReferenceFileError(file, key, "must be a mapping with name, kind, lat, lon");
  for (const field of Object.keys(entry)) {
    if (!PLACE_KEYS.has(field)) throw new ReferenceFileError(file, `${key}.${field}`, `unknown field (allowed: ${[...PLACE_KEYS].join(", ")})`);
  }
  const name = entry.name;
  if (typeof name !== "string" || name.trim() === "") throw new ReferenceFileError(file, `${key}.name`, "must be a non-empty string");
  const named = `${key} (${name})`;
  const kind = entry.kind;
  if (typeof kind !== "string" || !PLACE_KINDS.includes(kind as PlaceKind)) {
    throw new ReferenceFileError(file, `${named}.kind`, `must be one of ${PLACE_KINDS.join(", ")}`);
  }
  const lat = entry.lat;
  const lon = entry.lon;
  if (typeof lat !== "number" || lat < -90 || lat > 90) throw new ReferenceFileError(file, `${named}.lat`, "must be a number from -90 to 90");
  if (typeof lon !== "number" || lon < -180 || lon > 180) throw new ReferenceFileError(file, `${named}.lon`, "must be a number from -180 to 180");
  const country = entry.country;
  if (country !== undefined && (typeof country !== "string" || !/^[A-Z]{2}$/.test(country))) {
    throw new ReferenceFileError(file, `${named}.country`, "must be an ISO 3166-1 alpha-2 code such as PS");
  }
  const admin = entry.admin;
  if (admin !== undefined && typeof admin !== "string") throw new ReferenceFileError(file, `${named}.admin`, "must be a string");
  return {
    name,
    kind: kind as PlaceKind,
    ...(country === undefined ? {} : { country }),
    lat,
    lon,
    aliases: stringList(entry.aliases, file, `${named}.aliases`),
    ...(admin === undefined ? {} : { admin }),
    abbreviations: stringList(entry.abbreviations, file, `${named}.abbreviations`),
  };
}

function topLevel(text: string, file: string, allowed: readonly string[]): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ReferenceFileError(file, "(file)", `not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw new ReferenceFileError(file, "(file)", "must be a mapping of keys");
  for (const key of Object.keys(data)) {
    if (!allowed.includes(key)) throw new ReferenceFileError(file, key, `unknown key (allowed: ${allowed.join(", ")})`);
  }
  return data;
}

function mapping(value: unknown, file: string, key: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new ReferenceFileError(file, key, "must be a mapping");
  return value;
}

function nameLists(value: unknown, file: string, key: string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, names] of Object.entries(mapping(value, file, key))) {
    lists[name] = stringList(names, file, `${key}.${name}`);
  }
  return lists;
}

function honorifics(value: unknown, file: string): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const [form, role] of Object.entries(mapping(value, file, "honorifics"))) {
    if (role !== null && typeof role !== "string") throw new ReferenceFileError(file, `honorifics.${form}`, "must be a role (string) or ~");
    result[form] = role;
  }
  return result;
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ReferenceFileError(file, key, "must be a list of strings");
  return value.map((item, index) => {
    if (typeof item !== "string" || item.trim() === "") throw new ReferenceFileError(file, `${key}[${index}]`, "must be a non-empty string");
    return item;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
