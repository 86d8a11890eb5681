import { expect, test } from "vitest";
import { groupByYearAndMonth } from "../../src/site/groups.ts";
import { makeEntry } from "../support/entries.ts";

const entries = [
  makeEntry("oct-a", { date: { date: "2023-10-20" } }),
  makeEntry("oct-b", { date: { date: "2023-10-28" } }),
  makeEntry("dec", { date: { date: "2023-12-13" } }),
  makeEntry("may", { date: { date: "2024-05-25" } }),
];

test("groups by year, then month, keeping the given order", () => {
  const groups = groupByYearAndMonth(entries);
  expect(groups.map((y) => y.year)).toEqual([2023, 2024]);
  expect(groups[0]?.months.map((m) => [m.key, m.label, m.entries.map((e) => e.id)])).toEqual([
    ["2023-10", "October 2023", ["oct-a", "oct-b"]],
    ["2023-12", "December 2023", ["dec"]],
  ]);
  expect(groups[1]?.months.map((m) => m.label)).toEqual(["May 2024"]);
});

test("newest-first entries give newest-first groups", () => {
  const groups = groupByYearAndMonth([...entries].reverse());
  expect(groups.map((y) => y.year)).toEqual([2024, 2023]);
  expect(groups[1]?.months.map((m) => [m.key, m.entries.map((e) => e.id)])).toEqual([
    ["2023-12", ["dec"]],
    ["2023-10", ["oct-b", "oct-a"]],
  ]);
});

test("no entries, no groups", () => {
  expect(groupByYearAndMonth([])).toEqual([]);
});
