/**
 * Numbers written in news copy, in digits or words: "1,200", "2.3 million", "eight",
 * "twenty-five", "two hundred", "a dozen", and vague amounts with a conventional value
 * ("dozens" → 24, "hundreds" → 200, "tens of thousands" → 20,000).
 */
import type { Token } from "./tokens.ts";

export interface NumberPhrase {
  value: number;
  /** Token range of the number words. */
  from: number;
  to: number;
  /** A vague amount ("dozens"): its value is conventional. */
  vague: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** Vague amounts and the value they conventionally stand for. */
const VAGUE: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2_000, millions: 2_000_000, billions: 2_000_000_000 };

/** Words a number in words can start with: most words are rejected by this one look-up. */
const STARTS = new Set([...Object.keys(UNITS), ...Object.keys(VAGUE), "a", "an", "tens"]);

/** The number starting at `tokens[index]`, if one does. */
export function numberAt(tokens: readonly Token[], index: number): NumberPhrase | undefined {
  const token = tokens[index];
  if (!token || token.kind === "punct") return undefined;
  if (token.kind === "number") return digitsAt(tokens, index);
  const word = token.lower;
  if (!STARTS.has(word) && !word.includes("-")) return undefined;
  if (word === "a" || word === "an") return articleAmount(tokens, index);
  if (word === "tens" || word === "hundreds") {
    // "tens of thousands", "hundreds of thousands"
    const scale = tokens[index + 2]?.lower;
    if (tokens[index + 1]?.key === "of" && (scale === "thousands" || scale === "millions")) {
      const base = word === "tens" ? 20 : 200;
      return { value: base * (scale === "thousands" ? 1_000 : 1_000_000), from: index, to: index + 3, vague: true };
    }
  }
  if (word in VAGUE) return { value: VAGUE[word]!, from: index, to: index + 1, vague: true };
  return wordsAt(tokens, index);
}

/** "1,200", "2.3 million", "35,000". */
function digitsAt(tokens: readonly Token[], index: number): NumberPhrase {
  const value = Number(tokens[index]!.text.replace(/,/g, ""));
  const scale = SCALES[tokens[index + 1]?.lower ?? ""];
  if (scale !== undefined && scale >= 1_000) return { value: value * scale, from: index, to: index + 2, vague: false };
  return { value, from: index, to: index + 1, vague: false };
}

/** "a dozen", "a hundred", "a million". */
function articleAmount(tokens: readonly Token[], index: number): NumberPhrase | undefined {
  const next = tokens[index + 1]?.lower ?? "";
  if (next === "dozen") return { value: 12, from: index, to: index + 2, vague: false };
  const scale = SCALES[next];
  return scale === undefined ? undefined : { value: scale, from: index, to: index + 2, vague: false };
}

/** "eight", "twenty-five", "two hundred and fifty", "three million". */
function wordsAt(tokens: readonly Token[], index: number): NumberPhrase | undefined {
  let total = 0;
  let current = 0;
  let end = index;
  let any = false;
  while (end < tokens.length) {
    const word = tokens[end]!.lower;
    const unit = unitValue(word);
    if (unit !== undefined) {
      current += unit;
      any = true;
      end++;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined && any) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      end++;
      continue;
    }
    // "two hundred and fifty"
    if (word === "and" && any && unitValue(tokens[end + 1]?.lower ?? "") !== undefined && SCALES[tokens[end - 1]!.lower] !== undefined) {
      end++;
      continue;
    }
    break;
  }
  return any ? { value: total + current, from: index, to: end, vague: false } : undefined;
}

/** "eight" → 8, "twenty-five" → 25. */
function unitValue(word: string): number | undefined {
  if (word in UNITS) return UNITS[word];
  const [tens, unit] = word.split("-");
  if (tens && unit && UNITS[tens] !== undefined && UNITS[tens]! >= 20 && UNITS[unit] !== undefined && UNITS[unit]! < 10) return UNITS[tens]! + UNITS[unit]!;
  return undefined;
}
