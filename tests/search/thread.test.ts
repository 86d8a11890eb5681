/**
 * Which shards' entries the search thread is given at start: all those it will likely index when
 * they are few (a rebuild's), so that none waits for the build's thread; a bounded share when
 * they are many (a full build's). And which it asks for ahead while indexing one: only the likely
 * ones after it.
 */
import { expect, test } from "vitest";
import { ENTRIES_AHEAD, ENTRIES_AT_START, keysAfter, keysAtStart } from "../../src/search/thread.ts";
import type { SearchShardPlan } from "../../src/search/plan.ts";

/** A plan of shards with the given numbers of pages. */
function planOf(sizes: Record<string, number>): SearchShardPlan {
  return new Map(Object.entries(sizes).map(([key, size]) => [key, Array.from({ length: size }, (_, i) => ({ file: `entries/${key}-${i}/index.html`, date: "2024-01-01" }))]));
}

test("a rebuild's changed shards all go with the start, though together over ENTRIES_AHEAD", () => {
  const plan = planOf({ "2021": 900, "2022": 850, "2023": 900 });
  expect(900 + 850).toBeGreaterThan(ENTRIES_AHEAD);
  expect(keysAtStart(["2021", "2022"], plan)).toEqual(["2021", "2022"]);
});

test("a full build's shards go ENTRIES_AHEAD's worth at a time, at least one", () => {
  const sizes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String(2018 + i), 600]));
  const plan = planOf(sizes);
  expect(8 * 600).toBeGreaterThan(ENTRIES_AT_START);
  expect(keysAtStart(Object.keys(sizes), plan)).toEqual(["2018"]);
  expect(keysAtStart(["2020", "2021"], planOf({ "2020": 5000, "2021": 10 }))).toEqual(["2020"]);
});

test("while indexing a shard, the thread asks ahead only for the likely shards after it, ENTRIES_AHEAD's worth", () => {
  const plan = planOf({ "2020": 400, "2021": 400, "2022": 400, "2023": 400, "2024": 400 });
  // 2022 will be reused: its entries are not asked for.
  expect(keysAfter("2021", ["2021", "2023", "2024"], plan)).toEqual(["2023", "2024"]);
  expect(keysAfter("2024", ["2021", "2023", "2024"], plan)).toEqual([]);
  // A shard indexed against the guess: the likely ones after it, never one before.
  expect(keysAfter("2022", ["2021", "2023", "2024"], plan)).toEqual(["2023", "2024"]);
  expect(keysAfter("2020", ["2020", "2021", "2022", "2023", "2024"], plan)).toEqual(["2021", "2022"]);
  expect(2 * 400).toBeLessThanOrEqual(ENTRIES_AHEAD);
  expect(3 * 400).toBeGreaterThan(ENTRIES_AHEAD);
});
