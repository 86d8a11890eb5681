/**
 * Map data, read once per process from npm packages (never fetched): world-atlas country and land
 * shapes (Natural Earth, 1:110m for the world map, 1:50m for the close-up insets) as GeoJSON,
 * each shape with its bounding box, and the ISO 3166 alpha-2 → numeric table from world-countries
 * to find a country's shape from a place's `country` code.
 */
import { createRequire } from "node:module";
import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);

export type Scale = "110m" | "50m";

/** A shape with its bounds: [[west, south], [east, north]] in degrees (west > east across 180°). */
export interface BoundedShape {
  feature: Feature<Polygon | MultiPolygon>;
  bounds: [[number, number], [number, number]];
}

export interface Atlas {
  /** Land as separate polygons. */
  readonly land: BoundedShape[];
  /** Countries by ISO 3166-1 numeric code, e.g. "376". */
  countries: Map<string, BoundedShape>;
}

const atlases = new Map<Scale, Atlas>();

export function atlas(scale: Scale): Atlas {
  let loaded = atlases.get(scale);
  if (!loaded) atlases.set(scale, (loaded = loadAtlas(scale)));
  return loaded;
}

function loadAtlas(scale: Scale): Atlas {
  const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const countries = new Map<string, BoundedShape>();
  for (const country of (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features) {
    if (country.id === undefined || !isAreal(country)) continue;
    countries.set(String(country.id), bounded(country));
  }
  // Land is made on first use: the close-ups draw countries only, and the detailed land costs as much.
  let land: BoundedShape[] | undefined;
  return {
    get land() {
      return (land ??= (feature(topology, topology.objects.land) as FeatureCollection<Geometry>).features.flatMap(splitPolygons));
    },
    countries,
  };
}

function isAreal(shape: Feature<Geometry>): shape is Feature<Polygon | MultiPolygon> {
  return shape.geometry?.type === "Polygon" || shape.geometry?.type === "MultiPolygon";
}

function splitPolygons(shape: Feature<Geometry>): BoundedShape[] {
  if (!isAreal(shape)) return [];
  const polygons = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return polygons.map((coordinates) => bounded({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }));
}

function bounded(shape: Feature<Polygon | MultiPolygon>): BoundedShape {
  return { feature: shape, bounds: geoBounds(shape) };
}

let numericCodes: Map<string, string> | undefined;

/** ISO 3166-1 numeric code of an alpha-2 code ("IL" → "376"), if known. */
export function numericCountryCode(alpha2: string): string | undefined {
  if (!numericCodes) {
    const countries = require("world-countries") as { cca2: string; ccn3: string }[];
    numericCodes = new Map(countries.filter((c) => c.ccn3).map((c) => [c.cca2.toUpperCase(), c.ccn3]));
  }
  return numericCodes.get(alpha2.toUpperCase());
}
