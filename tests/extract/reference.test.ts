import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseExtractReference } from "../../src/extract/reference.ts";
import { tokenize } from "../../src/extract/tokens.ts";
import { projectRoot } from "./helpers.ts";

const placesYaml = readFileSync(path.join(projectRoot, "content", "reference", "places.yaml"), "utf8");
const aliasesYaml = readFileSync(path.join(projectRoot, "content", "reference", "aliases.yaml"), "utf8");
const files = { aliases: "content/reference/aliases.yaml", places: "content/reference/places.yaml" };

describe("parseExtractReference", () => {
  it("reads the project's reference files", () => {
    const ref = parseExtractReference(aliasesYaml, placesYaml, files);
    expect(ref.people.get(["Bill", "Burns"])).toBe("William Burns");
    expect(ref.nicknames.get("bill")).toEqual(["william"]);
    expect(ref.organizations.get(["State", "Division"])).toBe("State Department");
    expect(ref.gazetteer.demonymCountry("Qatari")).toBe("QA");
  });

  it("resolves aliases of people and organisations given in the file", () => {
    const ref = parseExtractReference("people:\n  Olaf Scholz: [Scholz]\norganizations:\n  Bundestag: [Bundestag, German parliament]\n", "");
    expect(ref.people.match(tokenize("Scholz said", ref.abbreviations), 0)).toEqual({ value: "Olaf Scholz", length: 1 });
    expect(ref.organizations.get(["German", "parliament"])).toBe("Bundestag");
  });

  it("names the file and the key of an unknown key", () => {
    expect(() => parseExtractReference("peoples: {}\n", "", files)).toThrow("content/reference/aliases.yaml: peoples: unknown key");
  });

  it("names the file and the key of a value of the wrong shape", () => {
    expect(() => parseExtractReference("people:\n  Joe Biden: Biden\n", "", files)).toThrow("content/reference/aliases.yaml: people.Joe Biden: must be a list of strings");
    expect(() => parseExtractReference("honorifics:\n  Mr.: [x]\n", "", files)).toThrow("aliases.yaml: honorifics.Mr.: must be a role (string) or ~");
  });

  it("names the place, the field and what is allowed for a bad place entry", () => {
    expect(() => parseExtractReference("", "places:\n  - {name: Gaza Strip, kind: strip, lat: 31.4, lon: 34.4}\n", files)).toThrow(
      "content/reference/places.yaml: places[0] (Gaza Strip).kind: must be one of country, city, territory, region",
    );
    expect(() => parseExtractReference("", "places:\n  - {name: Gaza Strip, kind: territory, lat: 131.4, lon: 34.4}\n", files)).toThrow("places[0] (Gaza Strip).lat");
    expect(() => parseExtractReference("", "places:\n  - {name: X, kind: city, lat: 1, lon: 1, area: 3}\n", files)).toThrow("places[0].area: unknown field");
  });

  it("refuses a country alias for a country world-countries does not know", () => {
    expect(() => parseExtractReference("", "countryAliases:\n  Ruritania: Ruritania\n", files)).toThrow("places.yaml: countryAliases.Ruritania");
  });

  it("refuses text that is not YAML, naming the file", () => {
    expect(() => parseExtractReference("people: [unclosed\n", "", files)).toThrow("content/reference/aliases.yaml: (file): not valid YAML");
  });
});
