/**
 * Runs of capitalised words: the candidates for names of people and places. "Mohammed bin
 * Abdulrahman bin Jassim Al Thani", "Secretary of State Antony Blinken" and "Abdel Fattah el-Sisi"
 * are one run each; a possessive ends a run ("Netanyahu's war cabinet").
 */
import type { Token } from "./tokens.ts";

/** Half-open token range `[from, to)` in a sentence. */
export interface Span {
  from: number;
  to: number;
}

/** Lower-case words that join the parts of one name. */
const CONNECTORS = new Set(["of", "bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "dos", "das"]);
/** "el-Sisi", "al-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|de|da|di|du|van|von|der|la|le)-\p{Lu}/u;
const CALENDAR_WORDS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);

export function isCalendarWord(token: Token): boolean {
  return CALENDAR_WORDS.has(token.bare);
}

/** A word that can be part of a name. */
function isNameWord(token: Token): boolean {
  if (token.kind !== "word" || isCalendarWord(token)) return false;
  return token.capitalized || PARTICLE_NAME.test(token.key);
}

/** Maximal runs of name words (and connectors between them) not covered by `taken`. */
export function nameRuns(tokens: readonly Token[], taken: readonly boolean[]): Span[] {
  const runs: Span[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (taken[index] || !isNameWord(tokens[index]!)) {
      index++;
      continue;
    }
    const from = index;
    let to = index + 1;
    while (to < tokens.length && !tokens[to - 1]!.possessive) {
      const token = tokens[to]!;
      if (!taken[to] && isNameWord(token)) {
        to++;
        continue;
      }
      // "bin Salman", "van der Berg": connectors, then a name word.
      let after = to;
      while (after < tokens.length && !taken[after] && CONNECTORS.has(tokens[after]!.key)) after++;
      if (after > to && after < tokens.length && !taken[after] && isNameWord(tokens[after]!)) {
        to = after + 1;
        continue;
      }
      break;
    }
    runs.push({ from, to });
    index = to;
  }
  return runs;
}
