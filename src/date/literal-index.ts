/**
 * Which of many patterns can match a text, from one scan for the literals they need
 * (literals.ts): most of the engine's patterns match in few sentences, and a regex run over a
 * sentence costs about the same whether it matches or not, so patterns whose literals are absent
 * are skipped. Skipping is exact: a skipped pattern could not have matched.
 */
import { eitherClause, requiredLiterals, type Clause } from "./literals.ts";

/** Shorter literals occur nearly everywhere: looking for them would cost more than it saves. */
const MIN_LITERAL_LENGTH = 3;

/** Which literals of an index a text holds: a flag for each, by number. */
export type FoundLiterals = Uint8Array;

export class LiteralIndex {
  /** Each regex's clauses, literals by number. */
  private readonly clauses = new Map<RegExp, readonly (readonly number[])[]>();
  /** All the literals in one alternation, longest first, searched in lowercased text (see literalsIn). */
  private readonly scanner: RegExp | undefined;
  /** For each literal, the numbers of the literals that are its prefixes: found at the same position. */
  private readonly prefixes = new Map<string, readonly number[]>();

  constructor(regexes: Iterable<RegExp>) {
    const needs = new Map<RegExp, Clause[]>();
    for (const regex of regexes) {
      needs.set(regex, requiredLiterals(regex).filter((clause) => clause.every((literal) => literal.length >= MIN_LITERAL_LENGTH)));
    }
    const literals = [...new Set([...needs.values()].flat(2))].sort((a, b) => b.length - a.length);
    const numbers = new Map(literals.map((literal, number) => [literal, number]));
    for (const [regex, clauses] of needs) this.clauses.set(regex, clauses.map((clause) => clause.map((literal) => numbers.get(literal)!)));
    for (const literal of literals) {
      this.prefixes.set(literal, literals.flatMap((other, number) => (literal.startsWith(other) ? [number] : [])));
    }
    this.scanner = literals.length > 0 ? new RegExp(literals.map(escapeLiteral).join("|"), "g") : undefined;
  }

  /**
   * The literals that occur in the text, ignoring case. Each hit is the longest literal starting
   * there, so the shorter ones starting there are its prefixes; the scan resumes one character
   * on, so that literals starting inside the hit are found too.
   */
  literalsIn(text: string): FoundLiterals {
    const found = new Uint8Array(this.prefixes.size);
    if (!this.scanner) return found;
    const folded = fold(text);
    this.scanner.lastIndex = 0;
    for (let match = this.scanner.exec(folded); match; match = this.scanner.exec(folded)) {
      for (const number of this.prefixes.get(match[0])!) found[number] = 1;
      this.scanner.lastIndex = match.index + 1;
    }
    return found;
  }

  /** False only when `regex` (one of the index's) cannot match a text holding just `found`. */
  mayMatch(regex: RegExp, found: FoundLiterals): boolean {
    const clauses = this.clauses.get(regex);
    if (clauses === undefined) throw new Error(`not an indexed pattern: /${regex.source}/`);
    // Plain loops: this runs for every indexed pattern on every sentence.
    for (const clause of clauses) {
      let some = false;
      for (const number of clause) if ((some = found[number] === 1)) break;
      if (!some) return false;
    }
    return true;
  }
}

/**
 * A quick test that is false only when none of the regexes can match the text: one search for
 * literals they need. Always true when one of them needs none.
 */
export function literalFilter(regexes: readonly RegExp[]): (text: string) => boolean {
  const needs = regexes.map(requiredLiterals);
  if (needs.some((clauses) => clauses.length === 0)) return () => true;
  // Case-insensitive with Unicode folding: the literals are found wherever the patterns could match.
  const search = new RegExp(eitherClause(needs).map(escapeLiteral).join("|"), "iu");
  return (text) => search.test(text);
}

/**
 * Lowercase, as a case-insensitive pattern sees ASCII letters: besides their capitals, only "ſ"
 * (matched by "s") and the Kelvin sign (matched by "k", and lowercased to it) fold to them.
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

function escapeLiteral(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
