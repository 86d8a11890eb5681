import { describe, expect, it } from "vitest";
import { extractBody, placeNamed } from "./helpers.ts";

const places = (...paragraphs: string[]) => extractBody(...paragraphs).places.map((place) => [place.name, place.kind, place.country]);

describe("places", () => {
  it("resolves countries, cities and reference regions with coordinates", () => {
    const extraction = extractBody("Strikes hit Kharkiv and the Donbas overnight, Ukraine said.");
    expect(placeNamed(extraction, "Kharkiv")).toMatchObject({ kind: "city", country: "UA" });
    expect(placeNamed(extraction, "Kharkiv")?.lat).toBeCloseTo(49.98, 1);
    expect(placeNamed(extraction, "Donbas")).toMatchObject({ kind: "region", country: "UA" });
    expect(placeNamed(extraction, "Ukraine")).toMatchObject({ kind: "country", country: "UA", lat: 49, lon: 32 });
  });

  it("makes one place of the names of one country or territory", () => {
    const extraction = extractBody("The U.S. and the USA are the United States, the US said. Gaza is the Gaza Strip. Kiev is Kyiv.");
    expect(placeNamed(extraction, "United States")?.mentions).toEqual(["U.S.", "USA", "United States", "US"]);
    expect(placeNamed(extraction, "Gaza Strip")?.mentions).toEqual(["Gaza", "Gaza Strip"]);
    expect(placeNamed(extraction, "Kyiv")?.mentions).toEqual(["Kiev", "Kyiv"]);
    expect(extraction.places).toHaveLength(3);
  });

  it("takes no place from demonyms and adjectives", () => {
    expect(places("Qatari and Egyptian mediators met Middle Eastern and British envoys.")).toEqual([]);
  });

  it("chooses among cities of one name by size and the countries the article names", () => {
    expect(places("Talks moved to Paris.")).toEqual([["Paris", "city", "FR"]]);
    expect(places("The rally in Paris, Texas drew crowds.")).toEqual([["Paris", "city", "US"], ["Texas", "region", "US"]]);
    expect(places("Officials in Washington said so.")).toEqual([["Washington, D.C.", "city", "US"]]);
    expect(places("He left for Springfield, Ill., on Monday.")).toEqual([["Springfield", "city", "US"], ["Illinois", "region", "US"]]);
  });

  it("takes a small town only where the text places something in it", () => {
    expect(places("He grew up in Tenafly, N.J., near New York.")[0]).toEqual(["Tenafly", "city", "US"]);
    expect(placeNamed(extractBody("He grew up in Tenafly, N.J."), "New Jersey")?.mentions).toEqual(["N.J."]);
    expect(places("Burns said Hope and Progress mattered.")).toEqual([]);
  });

  it("takes no town from a building's name", () => {
    expect(places("The King spoke at Buckingham Palace in London.")).toEqual([["London", "city", "GB"]]);
  });

  it("leaves a person's name to the person", () => {
    const extraction = extractBody("CIA Director William Burns flew to Cairo. Burns met Egyptian officials.");
    expect(extraction.places.map((place) => place.name)).toEqual(["Cairo"]);
  });

  it("finds places inside compounds and possessives", () => {
    expect(places("The Israel-Hamas truce held, and Gaza's hospitals reopened.")).toEqual([["Israel", "country", "IL"], ["Gaza Strip", "territory", "PS"]]);
  });
});

describe("choosing among cities of one name", () => {
  it("weighs size, capitals and the countries the article names", () => {
    const city = (text: string, name: string) => placeNamed(extractBody(text), name)?.country;
    expect(city("U.S. and Iranian envoys met in Geneva.", "Geneva")).toBe("CH");
    expect(city("U.S. officials flew to Athens and Moscow.", "Athens")).toBe("GR");
    expect(city("The U.S. senator spoke in Birmingham on Friday.", "Birmingham")).toBe("US");
    expect(city("Britain's chancellor spoke in Birmingham on Friday.", "Birmingham")).toBe("GB");
    // Only British towns of that name compete in a British story: none is large enough to be sure.
    expect(city("Britain's prime minister spoke in his seat of Richmond.", "Richmond")).toBeUndefined();
  });
});
