import { describe, expect, test } from "vitest";
import { insetInputs, placeInset, worldMap, type MapPlace } from "../../src/site/map.ts";

const place = (name: string, lat: number | undefined, lon: number | undefined, mentions: number, extra: Partial<MapPlace> = {}): MapPlace => ({
  name,
  url: `/places/${name.toLowerCase().replace(/\W+/g, " ").trim().replace(/ /g, "-")}/`,
  kind: "city",
  ...(lat === undefined ? {} : { lat }),
  ...(lon === undefined ? {} : { lon }),
  mentions,
  ...extra,
});

const places = [
  place("Doha", 25.29, 51.53, 7),
  place("Cairo", 30.06, 31.25, 1),
  place("Israel", 31.47, 35.13, 43, { kind: "country", country: "IL" }),
  place("Washington, D.C.", 38.9, -77.04, 2),
  place("Nowhere", undefined, undefined, 5, { kind: "region" }),
];

describe("world map", () => {
  const svg = worldMap(places);
  const circles = [...svg.matchAll(/<a href="([^"]+)" tabindex="-1"><title>[^<]*<\/title><circle class="map-place" cx="[\d.-]+" cy="[\d.-]+" r="([\d.]+)"/g)].map(
    (m) => [m[1], Number(m[2])] as const,
  );

  test("every located place is a circle linked to its page, larger for more mentions", () => {
    expect(circles.map(([url]) => url).sort()).toEqual(["/places/cairo/", "/places/doha/", "/places/israel/", "/places/washington-d-c/"]);
    const radius = new Map(circles);
    expect(radius.get("/places/israel/")!).toBeGreaterThan(radius.get("/places/doha/")!);
    expect(radius.get("/places/doha/")!).toBeGreaterThan(radius.get("/places/cairo/")!);
    // Area grows with mentions: 43 vs 7 mentions.
    expect((radius.get("/places/israel/")! / radius.get("/places/doha/")!) ** 2).toBeCloseTo(43 / 7, 0);
  });

  test("countries named in the articles are shaded and linked; land is drawn; no place has no coordinates", () => {
    expect(svg).toMatch(/<a href="\/places\/israel\/" tabindex="-1"><title>Israel<\/title><path class="map-country-named" d="M/);
    expect(svg).toMatch(/<path class="map-land" d="M[^"]{1000,}"\/>/);
    expect(svg).not.toContain("Nowhere");
  });

  test("deterministic and small", () => {
    expect(worldMap([...places])).toBe(svg);
    expect(svg.length).toBeLessThan(40_000);
    expect(worldMap([place("Nowhere", undefined, undefined, 1)])).toBe("");
  });
});

describe("place inset", () => {
  test("centres on the place, names it and shows other places in view as linked dots", () => {
    const svg = placeInset(places[0]!, places);
    expect(svg).toContain('<circle class="map-marker" cx="160" cy="100" r="6"/>');
    expect(svg).toContain(">Doha</text>");
    expect(svg).not.toContain('href="/places/washington-d-c/"');
    expect(svg.length).toBeLessThan(20_000);
    // Cairo is 20° away: in view only on a wider map, such as Israel's (a country).
    expect(placeInset(places[2]!, places)).toContain('<a href="/places/cairo/" tabindex="-1"><title>Cairo</title><circle class="map-neighbour"');
    expect(placeInset(places[2]!, places)).toContain('class="map-country-named"');
  });

  test("a place without coordinates has no inset", () => {
    expect(placeInset(places[4]!, places)).toBe("");
    expect(insetInputs(places[4]!, places)).toBe("");
  });

  test("what an inset is drawn from names every place it shows (and few it does not)", () => {
    // Places every few degrees around Doha, Israel and Paris (some regions, some countries), and far away.
    const centres = [
      place("Doha", 25.29, 51.53, 1),
      place("Israel", 31.47, 35.13, 1, { kind: "country", country: "IL" }),
      place("Russia", 61.5, 105.3, 1, { kind: "country", country: "RU" }),
      place("Ile-de-France", 48.85, 2.35, 1, { kind: "region" }),
    ];
    const around = centres.flatMap((centre) =>
      Array.from({ length: 60 }, (_, i) => place(`${centre.name} ${i}`, Math.max(-85, Math.min(85, centre.lat! + ((i * 7) % 41) - 20)), centre.lon! + ((i * 13) % 81) - 40, 1)),
    );
    // And each centre's antipode: on no inset of it.
    const antipodes = centres.map((centre) => place(`${centre.name} antipode`, -centre.lat!, centre.lon! - 180, 1));
    const all = [...centres, ...around, ...antipodes];
    for (const centre of centres) {
      const drawn = [...placeInset(centre, all).matchAll(/<a href="([^"]+)" tabindex="-1"><title>[^<]*<\/title><circle class="map-neighbour"/g)].map((m) => m[1]!);
      const listed = (JSON.parse(insetInputs(centre, all)) as unknown[])[6] as [string][];
      expect(drawn.length, centre.name).toBeGreaterThan(0);
      expect(listed.map(([url]) => url), centre.name).toEqual(expect.arrayContaining(drawn));
      expect(listed.map(([url]) => url)).not.toContain(`/places/${centre.name.toLowerCase()}-antipode/`);
    }
  });

  test("what an inset is drawn from changes with a place in view, not with one far away", () => {
    const doha = places[0]!;
    const before = insetInputs(doha, places);
    const near = place("Manama", 26.23, 50.59, 1);
    expect(insetInputs(doha, [...places, near])).not.toBe(before);
    expect(insetInputs(doha, [...places, { ...near, name: "Al Manamah" }])).not.toBe(insetInputs(doha, [...places, near]));
    expect(insetInputs(doha, [...places, place("Honolulu", 21.3, -157.86, 1)])).toBe(before);
    expect(insetInputs(doha, places.map((other) => (other.name === "Washington, D.C." ? { ...other, name: "Washington" } : other)))).toBe(before);
  });
});

test("the world map shows at most the 300 most mentioned places", () => {
  const many = Array.from({ length: 400 }, (_, i) => place(`Town ${i}`, 10 + (i % 50), (i * 7) % 170, 1 + i));
  const svg = worldMap(many);
  expect(svg.match(/class="map-place"/g)).toHaveLength(300);
  expect(svg).toContain("Town 399");
  expect(svg).not.toContain("<title>Town 99:");
});
