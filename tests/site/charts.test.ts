/**
 * The pictures drawn at build time: the time axis, the visual timeline (marks for a few entries,
 * months for thousands), figure charts. Positions are percentages, so the tests read them back.
 */
import { describe, expect, test } from "vitest";
import type { Entry } from "../../src/model.ts";
import { figureChart } from "../../src/site/figure-chart.ts";
import { groupFigureSeries } from "../../src/site/figure-series.ts";
import { renderTimeAxis, timeAxisFor } from "../../src/site/time-axis.ts";
import { timelineChart } from "../../src/site/timeline-chart.ts";
import { makeEntry } from "../support/entries.ts";

const hrefForMonth = (key: string) => `/#month-${key}`;
const percents = (svg: string, attribute: string) => [...svg.matchAll(new RegExp(` ${attribute}="([\\d.-]+)%"`, "g"))].map((m) => Number(m[1]));

/** `count` entries spread over `months` months from October 2023, a third with estimated dates. */
function manyEntries(count: number, months = 18): Entry[] {
  return Array.from({ length: count }, (_, i) => {
    const month = (i * months) / count;
    const year = 2023 + Math.floor((9 + month) / 12);
    const monthOfYear = (Math.floor(9 + month) % 12) + 1;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const date = `${year}-${String(monthOfYear).padStart(2, "0")}-${day}`;
    const estimated = i % 3 === 0;
    return makeEntry(`e${i}`, {
      date: estimated ? { date, precision: "week", range: { earliest: date.slice(0, 8) + "01", latest: date.slice(0, 8) + "28" }, source: "inferred" } : { date },
    });
  });
}

describe("time axis", () => {
  test("spans whole months, time to scale", () => {
    const axis = timeAxisFor([{ earliest: "2023-10-09", latest: "2023-10-13" }, { earliest: "2025-01-20", latest: "2025-03-18" }])!;
    expect(axis.months.map((m) => m.key)).toHaveLength(18);
    expect(axis.months[0]?.key).toBe("2023-10");
    expect(axis.months.at(-1)?.key).toBe("2025-03");
    // A 31-day month is wider than February; positions grow with time.
    const width = (key: string) => axis.months.find((m) => m.key === key)!.end - axis.months.find((m) => m.key === key)!.start;
    expect(width("2024-03") / width("2024-02")).toBeCloseTo(31 / 29, 5);
    expect(axis.x("2024-01-01")).toBeCloseTo(axis.months.find((m) => m.key === "2024-01")!.start, 5);
  });

  test("a single day still gets a few months around it", () => {
    expect(timeAxisFor([{ earliest: "2024-05-22", latest: "2024-05-22" }])!.months.map((m) => m.key)).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(timeAxisFor([])).toBeNull();
  });

  test("labels every month on a short axis, only the years on a long one", () => {
    const short = renderTimeAxis(timeAxisFor([{ earliest: "2023-10-01", latest: "2024-03-31" }])!, 50);
    expect(short.match(/class="axis-month[^"]*"/g)).toHaveLength(6);
    expect([...short.matchAll(/class="axis-year"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(["2023", "2024"]);
    const long = renderTimeAxis(timeAxisFor([{ earliest: "1990-01-01", latest: "2024-12-31" }])!, 50);
    expect(long).not.toContain("axis-month");
    expect(long.match(/class="axis-year"/g)!.length).toBeLessThanOrEqual(13);
  });
});

describe("visual timeline", () => {
  const few = [
    makeEntry("oct", { title: "October talks", date: { date: "2023-10-09", precision: "week", range: { earliest: "2023-10-09", latest: "2023-10-13" }, source: "inferred" } }),
    makeEntry("dec", { title: "December talks", date: { date: "2023-12-13" } }),
    makeEntry("dec-b", { title: "Same day", date: { date: "2023-12-13" } }),
    makeEntry("may", { title: "May talks", date: { date: "2024-05-25" } }),
    makeEntry("jan", { title: "January talks", date: { date: "2025-01-22", precision: "month", range: { earliest: "2025-01-20", latest: "2025-03-18" }, source: "inferred" } }),
  ];

  test("five entries: one mark each, linked to its page, gaps to scale, estimates drawn as ranges", () => {
    const chart = timelineChart(few, { hrefForMonth });
    expect(chart.mode).toBe("marks");
    expect([...chart.svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(few.map((e) => e.url));
    const dots = percents(chart.svg, "cx");
    // Dec → May is about twice Oct → Dec... in days: 164 vs 65.
    expect((dots[3]! - dots[1]!) / (dots[1]! - dots[0]!)).toBeCloseTo(164 / 65, 1);
    expect(chart.svg.match(/class="tl-range"/g)).toHaveLength(2);
    // The two entries of the same day do not sit on each other.
    const cy = [...chart.svg.matchAll(/ cy="([\d.]+)"/g)].map((m) => m[1]);
    expect(cy[1]).not.toBe(cy[2]);
  });

  test("the same entries always give the same bytes", () => {
    expect(timelineChart([...few], { hrefForMonth }).svg).toBe(timelineChart(few, { hrefForMonth }).svg);
  });

  test("5,000 entries: counted per month, each month linked, small enough for the home page", () => {
    const entries = manyEntries(5000);
    const chart = timelineChart(entries, { hrefForMonth });
    expect(chart.mode).toBe("months");
    expect(chart.months.reduce((sum, m) => sum + m.count, 0)).toBe(5000);
    expect(chart.months.reduce((sum, m) => sum + m.estimated, 0)).toBe(Math.ceil(5000 / 3));
    const links = [...chart.svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(chart.months.filter((m) => m.count > 0).map((m) => `/#month-${m.key}`));
    expect(chart.svg.length).toBeLessThan(15_000);
  });

  test("too many lanes of marks also switch to months", () => {
    const crowded = Array.from({ length: 30 }, (_, i) => makeEntry(`same-${i}`, { date: { date: "2024-05-25" } }));
    expect(timelineChart(crowded, { hrefForMonth }).mode).toBe("months");
    expect(timelineChart([], { hrefForMonth })).toEqual({ svg: "", mode: "marks", months: [] });
  });
});

describe("figure chart", () => {
  const killed = (id: string, date: string, value: number) =>
    makeEntry(id, { date: { date }, figures: [{ value, text: `${value} people`, counts: "people killed", sentence: `${value} people were killed.` }] });
  const entries = [killed("a", "2023-10-26", 1400), killed("b", "2024-05-25", 1200), killed("c", "2024-06-10", 1250)];
  const axis = timeAxisFor(entries.map((e) => e.date.range))!;
  const [series] = groupFigureSeries(entries);

  test("each report is a dot linked to its sentence, higher values higher up, disagreements as rings", () => {
    const svg = figureChart(series!, axis);
    expect([...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/entries/a/#figure-1", "/entries/b/#figure-1", "/entries/c/#figure-1"]);
    const cy = [...svg.matchAll(/<circle class="([^"]+)" cx="[\d.]+%" cy="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(cy[0]![1]).toBeLessThan(cy[2]![1]);
    expect(cy[2]![1]).toBeLessThan(cy[1]![1]);
    expect(cy.map(([cls]) => cls)).toEqual(["fig-dot fig-disputed", "fig-dot fig-disputed", "fig-dot fig-disputed"]);
    expect(svg).toContain(">1,400</text>");
  });

  test("a dense series is drawn per month, from lowest to highest", () => {
    const dense = Array.from({ length: 90 }, (_, i) => killed(`d${i}`, `2024-0${1 + (i % 3)}-${String(1 + (i % 27)).padStart(2, "0")}`, 1000 + i));
    const [denseSeries] = groupFigureSeries(dense);
    const svg = figureChart(denseSeries!, timeAxisFor(dense.map((e) => e.date.range))!);
    expect(svg.match(/class="fig-span"/g)).toHaveLength(3);
    expect(svg.match(/<a href=/g)).toHaveLength(3);
  });
});
