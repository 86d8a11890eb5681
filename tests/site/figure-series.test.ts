import { describe, expect, test } from "vitest";
import type { Figure } from "../../src/model.ts";
import { groupFigureSeries } from "../../src/site/figure-series.ts";
import { makeEntry } from "../support/entries.ts";

const figure = (value: number, counts: string, text = `${value} ${counts}`): Figure => ({ value, text, counts, sentence: `Some said ${text}.` });
const weekOf = (date: string, earliest: string, latest: string) => ({ date, precision: "week" as const, range: { earliest, latest }, source: "inferred" as const });

const entries = [
  makeEntry("oct", { date: { date: "2023-10-26" }, figures: [figure(2, "Americans"), figure(1400, "people killed"), figure(200, "individuals abducted")] }),
  makeEntry("dec", { date: { date: "2023-12-06" }, figures: [figure(135, "hostages still in Gaza")] }),
  makeEntry("may", { date: { date: "2024-05-25" }, figures: [figure(120, "hostages believed still held"), figure(1200, "people killed"), figure(250, "people taken captive")] }),
  makeEntry("may-b", { date: weekOf("2024-05-27", "2024-05-22", "2024-06-02"), figures: [figure(99, "hostages held")] }),
  makeEntry("jan", { date: { date: "2025-01-22" }, figures: [figure(250, "captives seized"), figure(7, "Americans")] }),
];
const series = groupFigureSeries(entries);
const byLabel = new Map(series.map((s) => [s.label, s]));

describe("groupFigureSeries", () => {
  test("groups what several articles count alike, in date order, with an anchor to each sentence", () => {
    expect(series.map((s) => s.label)).toEqual(["hostages still held", "hostages taken", "people killed"]);
    const taken = byLabel.get("hostages taken")!;
    expect(taken.points.map((p) => [p.entry.id, p.figure.value, p.anchor])).toEqual([
      ["oct", 200, "figure-3"],
      ["may", 250, "figure-3"],
      ["jan", 250, "figure-1"],
    ]);
    expect(taken.slug).toBe("hostages-taken");
  });

  test("a later, lower report of a count that only grows is a disagreement", () => {
    const killed = byLabel.get("people killed")!;
    expect(killed.kind).toBe("cumulative");
    expect(killed.disputes).toHaveLength(1);
    expect(killed.disputeCount).toBe(1);
    expect(killed.disputes[0]).toMatchObject({ kind: "falls", first: { figure: { text: "1400 people killed" }, entry: { url: "/entries/oct/" }, anchor: "figure-2" }, second: { entry: { url: "/entries/may/" }, anchor: "figure-2" } });
    expect(killed.points.map((p) => p.disagreements.map((d) => d.relation))).toEqual([["higher than"], ["lower than"]]);
    expect(byLabel.get("hostages taken")!.disputes).toEqual([]);
  });

  test("a count that goes up and down may fall, but reports of the same days must agree", () => {
    const held = byLabel.get("hostages still held")!;
    expect(held.kind).toBe("level");
    // 135 → 120 is no disagreement; 120 and 99 in overlapping days are.
    expect(held.disputes.map((d) => [d.kind, d.first.figure.text, d.second.figure.text])).toEqual([["differs", "120 hostages believed still held", "99 hostages held"]]);
    expect(held.points.find((p) => p.entry.id === "dec")!.disagreements).toEqual([]);
  });

  test("a count in one article only, or with nothing happening to it, forms no series", () => {
    expect(groupFigureSeries([entries[0]!])).toEqual([]);
    expect(series.some((s) => s.label.includes("Americans"))).toBe(false);
  });
});
