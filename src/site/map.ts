/**
 * Static SVG maps drawn at build time with d3-geo (no tiles, no script): the places index map,
 * every located place as a circle sized by how often the articles mention it, linked to its page,
 * countries named in the articles shaded; and the close-up inset on a place's page. Coordinates
 * are rounded to a tenth of a pixel so that the output is small and the same every build.
 */
import { geoAzimuthalEqualArea, geoCircle, geoDistance, geoEqualEarth, geoPath } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import type { PlaceKind } from "../model.ts";
import { compareCodeUnits } from "../text/compare.ts";
import { compactPath } from "./compact-path.ts";
import { atlas, numericCountryCode, type BoundedShape } from "./geo-data.ts";
import { formatNumber } from "./numbers.ts";
import { num, tag, text } from "./svg.ts";

export interface MapPlace {
  name: string;
  url: string;
  kind: PlaceKind;
  country?: string;
  lat?: number;
  lon?: number;
  /** How often the articles mention it: the circle's area. */
  mentions: number;
}

type Located = MapPlace & { lat: number; lon: number };

/** Whether a place can be drawn: finite coordinates. */
export const isLocated = <P extends { lat?: number | undefined; lon?: number | undefined }>(place: P): place is P & { lat: number; lon: number } =>
  typeof place.lat === "number" && typeof place.lon === "number" && Number.isFinite(place.lat) && Number.isFinite(place.lon);

const WORLD_WIDTH = 960;
/** The world map shows at most this many places, the most mentioned: enough to read, small to load. */
export const MAX_MAP_PLACES = 300;
const LABEL_SIZE = 14;
const MAX_LABELS = 12;

/** The places index map, or "" when no place has coordinates; at most MAX_MAP_PLACES places. */
export function worldMap(places: readonly MapPlace[]): string {
  const located = places
    .filter(isLocated)
    .sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.name, b.name))
    .slice(0, MAX_MAP_PLACES);
  if (located.length === 0) return "";
  const extent = extentOf(located);
  const projection = geoEqualEarth().rotate([extent.wholeWorld ? 0 : -(extent.west + extent.east) / 2, 0]);
  projection.fitWidth(WORLD_WIDTH, extent.outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent.outline);
  const height = Math.round(Math.min(560, Math.max(260, bottom - top)));
  projection.fitExtent([[4, 4], [WORLD_WIDTH - 4, height - 4]], extent.outline).clipExtent([[0, 0], [WORLD_WIDTH, height]]);
  const path = (shape: BoundedShape) => compactPath(projection, shape.feature);
  const world = atlas("110m");

  const land = tag("path", { class: "map-land", d: world.land.map(path).join("") });
  const named = located.flatMap((place) => {
    const shape = place.kind === "country" && place.country ? countryShape(world.countries, place.country) : undefined;
    const d = shape ? path(shape) : "";
    return d ? [tag("a", { href: place.url, tabindex: "-1" }, [tag("title", {}, text(place.name)), tag("path", { class: "map-country-named", d })])] : [];
  });
  const radius = scaleSqrt().domain([0, Math.max(...located.map((p) => p.mentions))]).range([0, 16]);
  const dots: { place: Located; x: number; y: number; r: number }[] = [];
  for (const place of located) {
    const point = projection([place.lon, place.lat]);
    if (!point || point[0] < 0 || point[0] > WORLD_WIDTH || point[1] < 0 || point[1] > height) continue;
    dots.push({ place, x: point[0], y: point[1], r: Math.max(3, radius(place.mentions)) });
  }
  const circles = dots.map(({ place, x, y, r }) =>
    tag("a", { href: place.url, tabindex: "-1" }, [
      tag("title", {}, text(`${place.name}: ${formatNumber(place.mentions)} ${place.mentions === 1 ? "mention" : "mentions"}`)),
      tag("circle", { class: "map-place", cx: num(x), cy: num(y), r: num(r) }),
    ]),
  );
  const labels = placeLabels(dots.slice(0, MAX_LABELS * 2), WORLD_WIDTH, height);
  return tag("svg", { class: "chart map world-map", viewBox: `0 0 ${WORLD_WIDTH} ${height}`, "aria-hidden": "true" }, [
    land,
    ...named,
    ...circles,
    ...labels,
  ]);
}

const INSET_WIDTH = 320;
const INSET_HEIGHT = 200;

/** The farthest a country's inset reaches, in degrees of arc; other places' reach less. */
const MAX_INSET_REACH = 30;

/** How far around a place its inset shows, in degrees of arc. */
function insetRadius(place: Located): number {
  if (place.kind === "country" && place.country) {
    const shape = countryShape(atlas("50m").countries, place.country);
    if (shape) {
      const [[west, south], [east, north]] = shape.bounds;
      const lonSpan = (east - west + 360) % 360 || 360;
      const span = Math.max(north - south, lonSpan * Math.cos((place.lat * Math.PI) / 180));
      return Math.min(MAX_INSET_REACH, Math.max(3, span * 0.7));
    }
    return 10;
  }
  return place.kind === "region" ? 6 : 3;
}

/**
 * What a place's inset (`placeInset`) is drawn from, as text, without drawing it: the place and
 * every place that may be in its view. The view's corners are under twice its reach from the
 * place (three times is used, to be safe), and a country's reach is at most MAX_INSET_REACH.
 * Cheap: the site data holds this for every place, for the page fingerprints, and draws an inset
 * only for a page being rendered. "" when the place has no inset.
 */
export function insetInputs(place: MapPlace, others: readonly MapPlace[]): string {
  if (!isLocated(place)) return "";
  const reach = place.kind === "country" ? MAX_INSET_REACH : insetRadius(place);
  const degrees = (other: Located) => (geoDistance([place.lon, place.lat], [other.lon, other.lat]) * 180) / Math.PI;
  const near = others.filter(isLocated).filter((other) => other.url !== place.url && other.kind !== "country" && degrees(other) <= 3 * reach);
  return JSON.stringify([place.name, place.url, place.kind, place.country ?? null, place.lat, place.lon, near.map((other) => [other.url, other.name, other.lat, other.lon])]);
}

/**
 * A close-up map around one place: land and borders nearby, the place marked and named (its
 * shape shaded when it is a country), and the site's other places in view as small linked dots.
 * "" when the place has no coordinates.
 */
export function placeInset(place: MapPlace, others: readonly MapPlace[] = []): string {
  if (!isLocated(place)) return "";
  const reach = insetRadius(place);
  const projection = geoAzimuthalEqualArea()
    .rotate([-place.lon, -place.lat])
    .fitExtent([[6, 6], [INSET_WIDTH - 6, INSET_HEIGHT - 6]], geoCircle().center([place.lon, place.lat]).radius(reach)())
    .clipExtent([[0, 0], [INSET_WIDTH, INSET_HEIGHT]]);
  // Close-ups of small places need the detailed shapes; a country-sized view does not.
  const shapes = atlas(reach > 4 ? "110m" : "50m").countries;
  // A country's own shape is drawn twice (with its neighbours, then shaded): projected once.
  const drawn = new Map<BoundedShape, string>();
  const path = (shape: BoundedShape) => {
    let d = drawn.get(shape);
    if (d === undefined) drawn.set(shape, (d = compactPath(projection, shape.feature)));
    return d;
  };
  const near = (shape: BoundedShape) => boundsNear(shape.bounds, place, reach);
  // Country shapes cover the land, so drawing them (filled, outlined) draws land and borders at once.
  const countries = tag("path", { class: "map-land map-border", d: [...shapes.values()].filter(near).map(path).join("") });
  const own = place.kind === "country" && place.country ? countryShape(shapes, place.country) : undefined;
  const shaded = own ? tag("path", { class: "map-country-named", d: path(own) }) : "";
  const inView = (candidate: Located) => {
    const point = projection([candidate.lon, candidate.lat]);
    return point && point[0] > 2 && point[0] < INSET_WIDTH - 2 && point[1] > 2 && point[1] < INSET_HEIGHT - 2 ? point : null;
  };
  const neighbours = others.filter(isLocated).filter((other) => other.url !== place.url && other.kind !== "country").flatMap((other) => {
    const point = inView(other);
    return point
      ? [tag("a", { href: other.url, tabindex: "-1" }, [tag("title", {}, text(other.name)), tag("circle", { class: "map-neighbour", cx: num(point[0]), cy: num(point[1]), r: 3 })])]
      : [];
  });
  const centre = projection([place.lon, place.lat]) ?? [INSET_WIDTH / 2, INSET_HEIGHT / 2];
  const marker = tag("circle", { class: "map-marker", cx: num(centre[0]), cy: num(centre[1]), r: 6 });
  const label = placeLabels([{ place, x: centre[0], y: centre[1], r: 6 }], INSET_WIDTH, INSET_HEIGHT);
  return tag("svg", { class: "chart map place-inset", viewBox: `0 0 ${INSET_WIDTH} ${INSET_HEIGHT}`, "aria-hidden": "true" }, [
    countries,
    shaded,
    ...neighbours,
    marker,
    ...label,
  ]);
}

function countryShape(countries: ReadonlyMap<string, BoundedShape>, alpha2: string): BoundedShape | undefined {
  const numeric = numericCountryCode(alpha2);
  return numeric ? countries.get(numeric) : undefined;
}

/**
 * Whether a shape's bounds reach into the inset around a place: `reach` degrees of latitude either
 * side, and as far in longitude as the inset's wider shape shows (wider still away from the equator).
 */
function boundsNear(bounds: BoundedShape["bounds"], place: Located, reach: number): boolean {
  const [[west, south], [east, north]] = bounds;
  const latReach = reach * 1.15;
  if (south > place.lat + latReach || north < place.lat - latReach) return false;
  const lonReach = Math.min(180, (reach * 1.15 * (INSET_WIDTH / INSET_HEIGHT)) / Math.max(0.2, Math.cos((Math.min(89, Math.abs(place.lat) + latReach) * Math.PI) / 180)));
  if (west > east) return true; // crosses 180°: rare, keep it
  const centre = (west + east) / 2;
  const half = (east - west) / 2;
  const gap = Math.abs(((place.lon - centre + 540) % 360) - 180);
  return gap <= half + lonReach;
}

interface Extent {
  west: number;
  east: number;
  wholeWorld: boolean;
  outline: GeoJSON.MultiPoint;
}

/** The area the world map shows: the places with a margin, never smaller than a region. */
function extentOf(places: readonly Located[]): Extent {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  let south = Math.max(-58, Math.min(...lats) - 8);
  let north = Math.min(80, Math.max(...lats) + 8);
  let west = Math.min(...lons) - 12;
  let east = Math.max(...lons) + 12;
  if (north - south < 24) [south, north] = [(south + north) / 2 - 12, (south + north) / 2 + 12];
  if (east - west < 40) [west, east] = [(west + east) / 2 - 20, (west + east) / 2 + 20];
  const wholeWorld = east - west > 200;
  if (wholeWorld) [west, east, south, north] = [-180, 180, Math.min(south, -50), Math.max(north, 72)];
  const coordinates: [number, number][] = [];
  for (let step = 0; step <= 8; step++) {
    const lon = west + ((east - west) * step) / 8;
    coordinates.push([lon, south], [lon, north]);
  }
  return { west, east, wholeWorld, outline: { type: "MultiPoint", coordinates } };
}

/** Names beside the largest circles, skipping any that would overlap a name already placed. */
function placeLabels(dots: readonly { place: MapPlace; x: number; y: number; r: number }[], width: number, height: number): string[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const labels: string[] = [];
  for (const { place, x, y, r } of dots) {
    if (labels.length === MAX_LABELS) break;
    const textWidth = place.name.length * LABEL_SIZE * 0.56;
    const right = x + r + 3 + textWidth <= width - 2;
    const left = right ? x + r + 3 : x - r - 3 - textWidth;
    const box = { left, right: left + textWidth, top: y - LABEL_SIZE * 0.8, bottom: y + LABEL_SIZE * 0.3 };
    if (box.left < 0 || box.top < 0 || box.bottom > height) continue;
    if (placed.some((b) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom)) continue;
    placed.push(box);
    labels.push(
      tag("text", { class: "map-label", x: num(right ? x + r + 3 : x - r - 3), y: num(y + LABEL_SIZE * 0.35), "text-anchor": right ? "start" : "end" }, text(place.name)),
    );
  }
  return labels;
}
