/**
 * The terminal summary of a build: counts, skipped files and warnings, but never thousands of
 * lines: past MAX_PRINTED_WARNINGS it says how many more the report holds.
 */
import { expect, test } from "vitest";
import { buildReport, MAX_PRINTED_WARNINGS, summarise } from "../../src/cli/report.ts";
import { makeEntry } from "../support/entries.ts";

const vague = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeEntry(`vague-${i}`, { title: `Vague ${i}`, date: { date: "2024-07-01", precision: "year", range: { earliest: "2024-01-01", latest: "2024-12-31" } } }),
  );
const summaryOf = (count: number) => summarise(buildReport({ entries: vague(count), written: [], skipped: [], searchPages: count, rendered: 0, times: {} }));

test("prints every warning of a small build", () => {
  const summary = summaryOf(3);
  expect(summary.match(/^ {2}warning: /gm)).toHaveLength(3);
  expect(summary).not.toContain("more warnings");
});

test("prints the first warnings of a large build and counts the rest", () => {
  const summary = summaryOf(MAX_PRINTED_WARNINGS + 30);
  expect(summary.match(/^ {2}warning: /gm)).toHaveLength(MAX_PRINTED_WARNINGS);
  expect(summary).toContain("… and 30 more warnings in the report");
  expect(summary).toContain(`${MAX_PRINTED_WARNINGS + 30} warning(s)`);
});
