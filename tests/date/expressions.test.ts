/** One test group per expression kind: what each parser finds, verbatim, and what it reads. */
import { describe, expect, it } from "vitest";
import { toIso } from "../../src/date/days.ts";
import { findAbsoluteDates } from "../../src/date/expressions/absolute.ts";
import { findAnniversaries, findHistories } from "../../src/date/expressions/anniversaries.ts";
import { chronoMatches } from "../../src/date/expressions/chrono.ts";
import { findDatelines } from "../../src/date/expressions/datelines.ts";
import { findDurations } from "../../src/date/expressions/durations.ts";
import { findExpressions } from "../../src/date/expressions/index.ts";
import { findPeriods } from "../../src/date/expressions/periods.ts";
import { findRelativePhrases } from "../../src/date/expressions/relative.ts";
import { findPageDates } from "../../src/date/expressions/scraped.ts";
import { findWeekdays } from "../../src/date/expressions/weekdays.ts";
import type { PeriodExpression } from "../../src/date/expressions/types.ts";
import { findYearlessDates } from "../../src/date/expressions/yearless.ts";
import { cleanFromText, story } from "./helpers.ts";

const absolute = (text: string) => findAbsoluteDates(text, chronoMatches(text));
const yearless = (text: string) => findYearlessDates(text, chronoMatches(text));
const weekdays = (text: string) => findWeekdays(text, chronoMatches(text));

function asPeriod(expression: ReturnType<typeof findPeriods>[number] | undefined): PeriodExpression {
  if (expression?.kind !== "period") throw new Error(`expected a period, got ${JSON.stringify(expression)}`);
  return expression;
}

describe("absolute dates", () => {
  it("reads full dates with their year, verbatim", () => {
    const [found] = absolute("Hamas attacked Israel on Oct. 7, 2023, killing about 1,200 people.");
    expect(found?.text).toBe("Oct. 7, 2023");
    expect(toIso(found!.first)).toBe("2023-10-07");
    expect(found?.tense).toBe("past");
  });

  it("reads day-first dates with weekdays and spans", () => {
    expect(toIso(absolute("Tuesday 12 March 2024")[0]!.first)).toBe("2024-03-12");
    const [span] = absolute("The pause lasted from November 24-30, 2023.");
    expect([toIso(span!.first), toIso(span!.last)]).toEqual(["2023-11-24", "2023-11-30"]);
  });

  it("ignores relative phrases chrono would resolve against its own clock", () => {
    expect(absolute("Talks resume next week, and last week Burns was in Paris; now they wait.")).toEqual([]);
  });

  it("marks dates in a future clause", () => {
    expect(absolute("The truce is set to expire on Dec. 1, 2023, officials said.")[0]?.tense).toBe("future");
  });
});

describe("dates without a year", () => {
  it("keeps month and day and leaves the year open", () => {
    const [found] = yearless("People look at photographs taken in Tel Aviv on October 18.");
    expect(found).toMatchObject({ kind: "yearless", text: "October 18", month: 10, firstDay: 18, lastDay: 18 });
    expect(yearless("since 7 October")[0]).toMatchObject({ month: 10, firstDay: 7 });
  });

  it("keeps a weekday written with the date", () => {
    expect(yearless("On Wednesday, March 5, negotiators met.")[0]).toMatchObject({ month: 3, firstDay: 5, weekday: 3 });
  });
});

describe("weekdays", () => {
  it("finds a bare weekday of the past week", () => {
    expect(weekdays("The families met President Joe Biden on Wednesday.")).toMatchObject([{ text: "on Wednesday", weekday: 3, tense: "past" }]);
    expect(weekdays("during an address to Congress on Tuesday night")[0]?.weekday).toBe(2);
  });

  it("skips 'next Tuesday' and sees the future in 'will meet on Monday'", () => {
    expect(weekdays("They meet next Tuesday.")).toEqual([]);
    expect(weekdays("Negotiators will meet on Monday.")[0]?.tense).toBe("future");
  });
});

describe("periods", () => {
  it("reads parts of years", () => {
    const late = asPeriod(findPeriods("Greater than 100 were freed during a weeklong truce in late 2023.")[0]);
    expect(late.text).toBe("late 2023");
    expect([toIso(late.first), toIso(late.last)]).toEqual(["2023-09-01", "2023-12-31"]);
    expect(findPeriods("after it seized control of Gaza in 2007")[0]).toMatchObject({ text: "2007" });
    expect(findPeriods("the 2023 attacks")[0]).toMatchObject({ text: "2023" });
  });

  it("reads parts of months with and without a year", () => {
    expect(findPeriods("A round in Cairo ended in early May without progress.")[0]).toMatchObject({ kind: "yearless", text: "early May", month: 5, firstDay: 1, lastDay: 10 });
    expect(findPeriods("the cease-fire began in mid-January")[0]).toMatchObject({ kind: "yearless", text: "mid-January", month: 1, firstDay: 11, lastDay: 20 });
    const withYear = asPeriod(findPeriods("talks in late May 2024 stalled")[0]);
    expect(withYear.text).toBe("late May 2024");
    expect([toIso(withYear.first), toIso(withYear.last)]).toEqual(["2024-05-21", "2024-05-31"]);
  });

  it("never reads the verb 'may' or a day-numbered date as a period", () => {
    expect(findPeriods("blockades, which may restrict supplies in the region")).toEqual([]);
    expect(findPeriods("on May 25, 2024")).toEqual([]);
  });
});

describe("relative phrases", () => {
  it("reads each relation once, longest first", () => {
    expect(findRelativePhrases("talks in Doha broke down earlier this month").map((found) => found.relation)).toEqual(["earlier this month"]);
    expect(findRelativePhrases("the truce collapsed last month; last week Burns flew").map((found) => found.relation)).toEqual(["last month", "last week"]);
    expect(findRelativePhrases("After a recent assault on Israel")[0]?.relation).toBe("recent");
    expect(findRelativePhrases("expected to resume next week")[0]).toMatchObject({ relation: "next week", tense: "future" });
  });
});

describe("durations", () => {
  it("reads a duration of a named state with its qualifier", () => {
    expect(findDurations("to bring them home after nearly eight months of captivity.")).toMatchObject([
      { text: "nearly eight months of captivity", amount: 8, unit: "month", qualifier: "nearly", state: "captivity", completed: false },
    ]);
  });

  it("reads 'held for N days' as captivity, and a release as a finished span", () => {
    expect(findDurations("She was held for 470 days.")[0]).toMatchObject({ amount: 470, unit: "day", qualifier: "exactly", state: "held", completed: false });
    expect(findDurations("They were released after 471 days in captivity.")[0]).toMatchObject({ amount: 471, completed: true });
  });

  it("reads durations counted from an event named next to them", () => {
    expect(findDurations("more than two weeks after the attack")[0]).toMatchObject({ amount: 2, unit: "week", qualifier: "more than", completed: false });
    expect(findDurations("Mr. Alexander, a 21-year-old Israeli soldier")).toEqual([]);
  });
});

describe("anniversaries", () => {
  it("reads an N-year history from a founding in the story reference", () => {
    const [history] = findHistories("the deadliest attack in Israel's 75-year history", story.foundings);
    expect(history).toMatchObject({ text: "Israel's 75-year history", years: 75 });
    expect(history?.founding.date).toBe("1948-05-14");
  });

  it("reads ordinal anniversaries and whether the article comes ahead of them", () => {
    expect(findAnniversaries("Israelis marked the first anniversary of the attack.")[0]).toMatchObject({ years: 1, ahead: false });
    expect(findAnniversaries("ahead of the second anniversary of the attack")[0]).toMatchObject({ years: 2, ahead: true });
  });
});

describe("datelines and page dates", () => {
  it("reads a dateline opening the first paragraph", () => {
    const clean = cleanFromText("DOHA, Qatar, Nov. 24, 2023 — The first hostages were released on Friday.");
    expect(findDatelines(clean)).toMatchObject([{ text: "DOHA, Qatar, Nov. 24, 2023", kind: "published" }]);
    expect(toIso(findDatelines(clean)[0]!.day)).toBe("2023-11-24");
  });

  it("reads publication and update lines", () => {
    const published = cleanFromText("Talks went on.", { publicationLines: ["Published: Tuesday 12 March 2024"] });
    expect(findDatelines(published)).toMatchObject([{ kind: "published" }]);
    expect(toIso(findDatelines(published)[0]!.day)).toBe("2024-03-12");
    const updated = cleanFromText("Talks went on.", { publicationLines: ["Updated 9:41 AM EST, Sat May 25, 2024"] });
    expect(findDatelines(updated)).toMatchObject([{ kind: "updated" }]);
  });

  it("does not take a date inside a sentence for a dateline", () => {
    expect(findDatelines(cleanFromText("Hamas attacked Israel on Oct. 7, 2023, killing 1,200."))).toEqual([]);
  });

  it("reads scraped page dates", () => {
    const [page] = findPageDates(cleanFromText("x", { scrapedDates: ["Date:2025-04-17 08:41:39"] }));
    expect(page?.text).toBe("Date:2025-04-17 08:41:39");
    expect(toIso(page!.day)).toBe("2025-04-17");
  });
});

describe("all expressions of a sentence", () => {
  it("keeps the longer of overlapping expressions", () => {
    const found = findExpressions("On Wednesday, March 5, the talks in Doha resumed.", story);
    expect(found.map((expression) => expression.kind)).toEqual(["yearless"]);
  });
});
