/** Counts written as digits ("1,200") or words ("eight", "a", "twenty-one"), and their qualifiers. */
import type { DurationQualifier } from "./types.ts";

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A regex source matching one count. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${Object.keys(TENS).join("|")})(?:[-\\s](?:${Object.keys(UNITS).filter((word) => word.length > 2).join("|")}))?|${Object.keys(UNITS).join("|")})`;

export function parseCount(text: string): number | undefined {
  const word = text.toLowerCase().trim();
  if (/^[\d,]+$/.test(word)) return Number(word.replace(/,/g, ""));
  if (word in UNITS) return UNITS[word];
  const [tens, unit] = word.split(/[-\s]/);
  if (tens === undefined || !(tens in TENS)) return undefined;
  return TENS[tens]! + (unit === undefined ? 0 : (UNITS[unit] ?? Number.NaN));
}

/** A regex source matching a qualifier before a count. */
export const QUALIFIER =
  "(?:nearly|almost|close\\s+to|just\\s+under|approaching|fewer\\s+than|less\\s+than|up\\s+to|more\\s+than|greater\\s+than|over|at\\s+least|a\\s+minimum\\s+of|upwards?\\s+of|in\\s+excess\\s+of|about|around|roughly|approximately|some|an\\s+estimated)";

export function parseQualifier(text: string | undefined): DurationQualifier {
  if (!text) return "exactly";
  const words = text.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:nearly|almost|close to|just under|approaching|fewer than|less than|up to)$/.test(words)) return "nearly";
  if (/^(?:more than|greater than|over|at least|a minimum of|upwards? of|in excess of)$/.test(words)) return "more than";
  return "about";
}
