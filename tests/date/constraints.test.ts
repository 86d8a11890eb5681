/** Each kind of constraint, with fixed event and reference days. */
import { describe, expect, it } from "vitest";
import { articleConstraints } from "../../src/date/constraints/index.ts";
import { occurrences, resolveYearless, yearlessConstraint } from "../../src/date/constraints/calendar.ts";
import { durationDays } from "../../src/date/constraints/durations.ts";
import { figureConstraint } from "../../src/date/constraints/figures.ts";
import { historyConstraint } from "../../src/date/constraints/history.ts";
import { titleConstraint } from "../../src/date/constraints/people.ts";
import { articleDaysFor } from "../../src/date/constraints/relations.ts";
import { sentenceConstraints } from "../../src/date/constraints/sentence.ts";
import { contains, type DaySet } from "../../src/date/day-set.ts";
import { fromIso, toIso } from "../../src/date/days.ts";
import { findExpressions } from "../../src/date/expressions/index.ts";
import type { DurationExpression, YearlessExpression } from "../../src/date/expressions/types.ts";
import { findEventMentions } from "../../src/date/mentions/events.ts";
import { findFigureMentions } from "../../src/date/mentions/figures.ts";
import { findTitleMentions } from "../../src/date/mentions/titles.ts";
import { findHistories } from "../../src/date/expressions/anniversaries.ts";
import { cleanFromText, story } from "./helpers.ts";

const day = fromIso;
const spans = (set: DaySet) => set.map(([first, last]) => `${toIso(first)}..${toIso(last)}`);

function sentence(text: string) {
  return sentenceConstraints(text, findExpressions(text, story), findEventMentions(text, story), story);
}

describe("relative phrases counted from an event", () => {
  it("'last month' of an event on a month's first day allows the month it ends too", () => {
    // The truce collapsed on 1 Dec 2023; ±1 day reaches 30 Nov, so "last month" is December or January.
    expect(spans(articleDaysFor("last month", day("2023-12-01")))).toEqual(["2023-12-01..2024-01-31"]);
    expect(spans(articleDaysFor("last month", day("2024-05-15")))).toEqual(["2024-06-01..2024-06-30"]);
  });

  it("'earlier this month', 'last week' and 'yesterday'", () => {
    expect(spans(articleDaysFor("earlier this month", day("2023-12-02")))).toEqual(["2023-12-02..2023-12-31"]);
    expect(spans(articleDaysFor("last week", day("2024-05-24")))).toEqual(["2024-05-24..2024-06-07"]);
    expect(spans(articleDaysFor("yesterday", day("2024-05-24")))).toEqual(["2024-05-24..2024-05-26"]);
  });
});

describe("durations", () => {
  const duration = (amount: number, unit: DurationExpression["unit"], qualifier: DurationExpression["qualifier"], completed = false): DurationExpression =>
    ({ kind: "duration", text: "", index: 0, tense: "past", amount, unit, qualifier, completed });

  it("'nearly eight months' after 7 Oct 2023 ends on 7 June 2024", () => {
    expect(spans(durationDays(day("2023-10-07"), duration(8, "month", "nearly")))).toEqual(["2024-05-23..2024-06-07"]);
  });

  it("an exact count of days is that day, give or take one; a finished span only bounds from below", () => {
    expect(spans(durationDays(day("2023-10-07"), duration(470, "day", "exactly")))).toEqual(["2025-01-18..2025-01-20"]);
    expect(spans(durationDays(day("2023-10-07"), duration(471, "day", "exactly", true)))[0]).toMatch(/^2025-01-19\.\./);
  });

  it("'more than a year' reaches from one to two years", () => {
    expect(spans(durationDays(day("2023-10-07"), duration(1, "year", "more than")))).toEqual(["2024-10-07..2025-10-07"]);
  });
});

describe("dates without a year", () => {
  const october7: YearlessExpression = { kind: "yearless", text: "Oct. 7", index: 0, tense: "past", month: 10, firstDay: 7, lastDay: 7 };

  it("resolve to the most recent occurrence before the article, never a later one", () => {
    // chrono's default reads "Oct. 7" from May 2024 as October 2024; news reports the past.
    expect(toIso(resolveYearless(october7, day("2024-05-25"))!)).toBe("2023-10-07");
    expect(toIso(resolveYearless(october7, day("2023-10-07"))!)).toBe("2023-10-07");
  });

  it("point ahead when the tense does", () => {
    expect(toIso(resolveYearless({ ...october7, tense: "future" }, day("2024-05-25"))!)).toBe("2024-10-07");
  });

  it("with a weekday, keep only the years the weekday fits, each for the year after it", () => {
    const march5Wednesday: YearlessExpression = { kind: "yearless", text: "Wednesday, March 5", index: 0, tense: "past", month: 3, firstDay: 5, lastDay: 5, weekday: 3 };
    const years = occurrences(march5Wednesday).map(([first]) => toIso(first).slice(0, 4));
    expect(years).toContain("2025");
    expect(years).not.toContain("2024");
    const set = yearlessConstraint(march5Wednesday).set;
    expect(spans(set)).toContain("2025-03-05..2026-03-05");
    expect(contains(set, day("2024-06-01"))).toBe(false);
  });
});

describe("events bound to the dates next to them", () => {
  it("a past event puts the article after it", () => {
    const [constraint] = sentence("Hamas attacked Israel in the Hamas-led assault.").constraints;
    expect(spans(constraint!.set)[0]).toMatch(/^2023-10-07\.\./);
  });

  it("a date next to an ambiguous phrase picks the event it fits", () => {
    const { constraints } = sentence("30 others have been released since the present cease-fire started in mid-January.");
    const ongoing = constraints.find((constraint) => constraint.text === "present cease-fire");
    expect(spans(ongoing!.set)).toEqual(["2025-01-19..2025-03-18"]);
    const began = constraints.find((constraint) => constraint.text === "cease-fire started");
    expect(spans(began!.set)[0]).toMatch(/^2025-01-19\.\./);
  });

  it("a relative phrase places the article relative to the event", () => {
    const { constraints } = sentence("Negotiations have not resumed since the breakdown of hostage talks in Doha earlier this month.");
    const relative = constraints.find((constraint) => constraint.kind === "relative");
    expect(relative?.text).toBe("breakdown of hostage talks in Doha earlier this month");
    expect(spans(relative!.set)).toEqual(["2023-12-02..2023-12-31"]);
  });

  it("a weekday that fits the event's day keeps the article within a week of it", () => {
    const { constraints } = sentence("Israel resumed fighting on Friday after the truce expired.");
    const weekday = constraints.find((constraint) => constraint.text.includes("Friday"));
    expect(weekday && spans(weekday.set)).toEqual(["2023-12-01..2023-12-08"]);
  });

  it("a duration of a state counts from the event that began it", () => {
    const [constraint] = sentence("Families want them home after nearly eight months of captivity.").constraints;
    expect(constraint?.kind).toBe("duration");
    expect(spans(constraint!.set)).toEqual(["2024-05-23..2024-06-07"]);
  });

  it("an anniversary counts whole years from the event", () => {
    const { constraints } = sentence("Israelis marked the first anniversary of the Hamas attack.");
    const anniversary = constraints.find((constraint) => constraint.kind === "anniversary");
    expect(spans(anniversary!.set)).toEqual(["2024-10-04..2024-11-06"]);
  });
});

describe("titles", () => {
  it("bound the article by the term, with a week's grace", () => {
    const [mention] = findTitleMentions("Secretary of State Antony Blinken spoke with Gantz.", story);
    expect(spans(titleConstraint(mention!).set)).toEqual(["2021-01-26..2025-01-27"]);
  });

  it("a title held twice allows both terms", () => {
    const [mention] = findTitleMentions("President Trump posted on social media.", story);
    expect(spans(titleConstraint(mention!).set)).toEqual(["2017-01-20..2021-01-27", "2025-01-20..2100-12-31"]);
  });
});

describe("histories", () => {
  it("'75-year history' of Israel (founded 14 May 1948) is about 2023", () => {
    const [history] = findHistories("Israel's 75-year history", story.foundings);
    expect(spans(historyConstraint(history!).set)).toEqual(["2022-11-13..2024-05-13"]);
  });
});

describe("death tolls", () => {
  const constraintFor = (text: string) => figureConstraint(findFigureMentions(text, story)[0]!);

  it("an exact count dates the article to the days it was current", () => {
    expect(spans(constraintFor("strikes caused the deaths of at least 7,028 Palestinians")!.set)).toEqual(["2023-10-26..2023-11-01"]);
  });

  it("a rounded 'more than' count allows the toll to have grown half as much again", () => {
    expect(spans(constraintFor("Israeli strikes resulted in the deaths of more than 500 Palestinians")!.set)).toEqual(["2023-10-09..2023-10-13"]);
  });

  it("a revised official figure matches the stretches when it was reported", () => {
    expect(spans(constraintFor("On October 7, Hamas caused the demise of 1,400 people")!.set)).toEqual(["2023-10-13..2023-11-23"]);
  });
});

describe("an article's constraints", () => {
  it("include the story's span, datelines and scraped page dates", () => {
    const clean = cleanFromText("DOHA, Qatar, Nov. 24, 2023 — Hostages were released.", { scrapedDates: ["Date:2025-04-17 08:41:39"] });
    const kinds = articleConstraints(clean, story).constraints.map((constraint) => constraint.kind);
    expect(kinds).toEqual(expect.arrayContaining(["coverage", "dateline", "page-date"]));
  });
});
