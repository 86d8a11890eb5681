import { expect, test } from "vitest";
import { sortChronologically } from "../../src/site/order.ts";
import { makeEntry } from "../support/entries.ts";

test("orders by best-estimate date, oldest first", () => {
  const entries = [
    makeEntry("c", { date: { date: "2025-03-05" } }),
    makeEntry("a", { date: { date: "2023-10-20" } }),
    makeEntry("b", { date: { date: "2024-05-25" } }),
  ];
  expect(sortChronologically(entries).map((e) => e.id)).toEqual(["a", "b", "c"]);
});

test("on the same day the narrower range comes first, then the id", () => {
  const wide = makeEntry("a-wide", { date: { date: "2024-05-25", precision: "week", range: { earliest: "2024-05-14", latest: "2024-06-21" } } });
  const exactZ = makeEntry("z-exact", { date: { date: "2024-05-25" } });
  const exactM = makeEntry("m-exact", { date: { date: "2024-05-25" } });
  expect(sortChronologically([wide, exactZ, exactM]).map((e) => e.id)).toEqual(["m-exact", "z-exact", "a-wide"]);
});

test("returns a new array and leaves the input alone", () => {
  const entries = [makeEntry("b", { date: { date: "2024-01-02" } }), makeEntry("a", { date: { date: "2024-01-01" } })];
  const sorted = sortChronologically(entries);
  expect(sorted).not.toBe(entries);
  expect(entries.map((e) => e.id)).toEqual(["b", "a"]);
});
