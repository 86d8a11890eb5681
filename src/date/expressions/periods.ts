/**
 * Stretches of a month or a year: "in late 2023", "the 2023 attacks", "mid-January", "early May",
 * "in March 2024", "since 2007". With a year they are periods; without one, yearless days of a
 * month. Month names must be capitalised, so the verb "may" is never May.
 */
import { dayOf, endOfMonth } from "../days.ts";
import { literalFilter } from "../literal-index.ts";
import { matchesIn } from "../regex.ts";
import { tenseAt } from "../tense.ts";
import type { PeriodExpression, YearlessExpression } from "./types.ts";

const MONTHS: Record<string, number> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, April: 4, May: 5, June: 6, July: 7,
  August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10, November: 11, Nov: 11,
  December: 12, Dec: 12,
};

const PART = "(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+first\\s+week\\s+of|the\\s+last\\s+week\\s+of)";
const SEASON = "(?:spring|summer|fall|autumn)";
const CUE = "(?:in|since|during|until|through|throughout|by|from|of|the|last)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** "(early|mid-) Month (year)" after a part word or a preposition; not followed by a day number. */
const MONTH_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<part>${PART})[\\s-]+(?:of\\s+)?|(?<cue>${CUE})\\s+)(?<month>${MONTH})(?:,?\\s+(?<year>(?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])(?!\\.?\\s+\\d{1,2}(?!\\d))`,
  "giu",
);

/** "(late) 2023" after a part word, a season or a cue word; not part of a longer number. */
const YEAR_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<part>${PART}|${SEASON})[\\s-]+(?:of\\s+)?|${CUE}\\s+)(?<year>(?:19|20)\\d\\d)(?!\\p{N}|,\\d|-year)`,
  "giu",
);

/** False for a sentence without a month name or a year's first digits. */
const mayHoldPeriod = literalFilter([MONTH_PERIOD, YEAR_PERIOD]);

export function findPeriods(sentence: string): (PeriodExpression | YearlessExpression)[] {
  const found: (PeriodExpression | YearlessExpression)[] = [];
  if (!mayHoldPeriod(sentence)) return found;
  for (const match of matchesIn(MONTH_PERIOD, sentence)) {
    const monthWord = match.groups!.month!.replace(/\.$/, "");
    const month = MONTHS[monthWord];
    if (month === undefined || !/^\p{Lu}/u.test(monthWord)) continue; // "may" is a verb
    const part = match.groups!.part?.toLowerCase().replace(/\s+/g, " ");
    const [firstDay, lastDay] = daysOfMonthPart(part);
    const text = trimCue(match[0], match.groups!.cue);
    const index = match.index + match[0].indexOf(text);
    const tense = tenseAt(sentence, index, text);
    const year = match.groups!.year;
    if (year === undefined) {
      found.push({ kind: "yearless", text, index, tense, month, firstDay, lastDay });
    } else {
      const first = dayOf(Number(year), month, firstDay);
      const last = lastDay === null ? endOfMonth(first) : dayOf(Number(year), month, lastDay);
      found.push({ kind: "period", text, index, tense, first, last });
    }
  }
  for (const match of matchesIn(YEAR_PERIOD, sentence)) {
    const year = Number(match.groups!.year);
    const part = match.groups!.part?.toLowerCase().replace(/\s+/g, " ");
    const [firstMonth, lastMonth] = monthsOfYearPart(part);
    const text = part ? match[0] : match.groups!.year!;
    const index = match.index + match[0].length - text.length;
    const first = dayOf(year, firstMonth, 1);
    found.push({ kind: "period", text, index, tense: tenseAt(sentence, index, text), first, last: endOfMonth(dayOf(year, lastMonth, 1)) });
  }
  return found;
}

/** The quoted text keeps the part word ("early May") but not a bare preposition ("in"). */
function trimCue(text: string, cue: string | undefined): string {
  return cue === undefined ? text : text.slice(cue.length).trimStart();
}

function daysOfMonthPart(part: string | undefined): [number, number | null] {
  switch (part) {
    case "early":
    case "the beginning of":
    case "the start of":
      return [1, 10];
    case "mid":
    case "the middle of":
      return [11, 20];
    case "late":
    case "the end of":
      return [21, null];
    case "the first half of":
      return [1, 15];
    case "the second half of":
      return [16, null];
    case "the first week of":
      return [1, 7];
    case "the last week of":
      return [22, null];
    default:
      return [1, null];
  }
}

function monthsOfYearPart(part: string | undefined): [number, number] {
  switch (part) {
    case "early":
      return [1, 4];
    case "mid":
      return [5, 8];
    case "late":
      return [9, 12];
    case "the end of":
      return [10, 12];
    case "the beginning of":
    case "the start of":
      return [1, 3];
    case "the middle of":
      return [4, 9];
    case "the first half of":
      return [1, 6];
    case "the second half of":
      return [7, 12];
    case "spring":
      return [3, 5];
    case "summer":
      return [6, 8];
    case "fall":
    case "autumn":
      return [9, 11];
    default:
      return [1, 12];
  }
}
