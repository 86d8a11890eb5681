/**
 * The literal text a regular expression cannot match without: for a pattern, clauses of lowercase
 * ASCII strings such that every match contains at least one string of each clause
 * ("President\s+(?:Joe\s+)?Biden" → [["president"], ["biden"]]). A cheap search for these tells
 * when the pattern need not run at all; no clauses means nothing could be shown.
 *
 * The reading is conservative: classes, escapes, assertions, optional parts and non-ASCII
 * characters contribute nothing, and any syntax it does not know gives no clauses. Letters are
 * lowercased, so the literals hold for the pattern matched with or without the `i` flag.
 */

/** One of these strings occurs in every match. */
export type Clause = readonly string[];

class Unknown extends Error {}

export function requiredLiterals(regex: RegExp): Clause[] {
  if (regex.flags.includes("v")) return []; // set notation: nested classes are not read here
  try {
    const reader = new PatternReader(regex.source);
    const clauses = reader.disjunction();
    return reader.done() ? clauses.map(minimal) : [];
  } catch (error) {
    if (error instanceof Unknown) return [];
    throw error;
  }
}

/** Drops a literal that contains another of the clause: finding the shorter one is enough. */
function minimal(clause: Clause): string[] {
  const unique = [...new Set(clause)];
  return unique.filter((literal) => !unique.some((other) => other !== literal && literal.includes(other)));
}

/**
 * One clause that holds when any of several alternatives matches: a clause they all share
 * ("Biden" in "Joe Biden|Joseph Biden|Biden"), else the best clause of each, joined.
 */
export function eitherClause(alternatives: readonly (readonly Clause[])[]): Clause {
  const keyOf = (clause: Clause) => [...clause].sort().join("|");
  const shared = alternatives[0]!.filter((clause) => alternatives.every((clauses) => clauses.some((other) => keyOf(other) === keyOf(clause))));
  return shared.length > 0 ? best(shared) : alternatives.flatMap(best);
}

/** The most selective clause, by a rule of thumb: longest shortest literal, then fewest literals. */
function best(clauses: readonly Clause[]): Clause {
  const shortest = (clause: Clause) => Math.min(...clause.map((literal) => literal.length));
  return clauses.reduce((a, b) => (shortest(a) !== shortest(b) ? (shortest(a) > shortest(b) ? a : b) : a.length <= b.length ? a : b));
}

/** What follows the letter of a longer escape: "\p{L}", "\k<name>", "\x41", "\u2019", "\cJ", "\12". */
const ESCAPE_REST: Record<string, RegExp> = {
  p: /^\{[^}]*\}/,
  P: /^\{[^}]*\}/,
  k: /^<[^>]*>/,
  x: /^[\da-f]{1,2}/i,
  u: /^(?:\{[\da-f]*\}|[\da-f]{1,4})/i,
  c: /^[a-z]/i,
  ...Object.fromEntries([..."0123456789"].map((digit) => [digit, /^\d*/])),
};

type Atom = { kind: "char"; char: string } | { kind: "group"; clauses: Clause[] } | { kind: "other" };

/** Recursive descent over the pattern syntax: disjunction, alternative, term, atom, quantifier. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** One alternative's clauses; of several, one clause joining the best clause of each. */
  disjunction(): Clause[] {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === "|") {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    return alternatives.every((clauses) => clauses.length > 0) ? [eitherClause(alternatives)] : [];
  }

  /** Every literal run and every required group of a sequence is needed. */
  private alternative(): Clause[] {
    const clauses: Clause[] = [];
    let run = "";
    const endRun = () => {
      if (run !== "") clauses.push([run]);
      run = "";
    };
    while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const atom = this.atom();
      const min = this.quantifierMin();
      if (atom.kind === "char" && min === undefined) {
        run += atom.char;
      } else if (atom.kind === "char" && min !== undefined && min >= 1) {
        // "ab+c": every match holds "ab" and "bc".
        run += atom.char;
        endRun();
        run = atom.char;
      } else {
        endRun();
        if (atom.kind === "group" && (min === undefined || min >= 1)) clauses.push(...atom.clauses);
      }
    }
    endRun();
    return clauses;
  }

  private atom(): Atom {
    const char = this.source[this.at++]!;
    switch (char) {
      case "(":
        return this.group();
      case "[":
        this.skipClass();
        return { kind: "other" };
      case "\\":
        return this.escape();
      case ".":
      case "^":
      case "$":
        return { kind: "other" };
      case "*":
      case "+":
      case "?":
      case "{":
      case "}":
      case "]":
        throw new Unknown();
      default:
        return char >= " " && char <= "~" ? { kind: "char", char: char.toLowerCase() } : { kind: "other" };
    }
  }

  private group(): Atom {
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.source.slice(this.at));
    const opening = lookaround ?? /^(?:\?:|\?<[\p{L}\p{N}_$]+>|(?!\?))/u.exec(this.source.slice(this.at));
    if (!opening) throw new Unknown();
    this.at += opening[0].length;
    const clauses = this.disjunction();
    if (this.source[this.at++] !== ")") throw new Unknown();
    // A lookaround matches no text of its own.
    return lookaround ? { kind: "other" } : { kind: "group", clauses };
  }

  private skipClass(): void {
    while (!this.done() && this.source[this.at] !== "]") this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.done()) throw new Unknown();
    this.at++;
  }

  private escape(): Atom {
    const char = this.source[this.at++];
    if (char === undefined) throw new Unknown();
    if (/[\p{L}\p{N}_]/u.test(char)) {
      // Classes, assertions, control and numeric escapes, back-references: no literal read here,
      // but the whole escape is passed over ("\x41" is one character, not "x41").
      const rest = ESCAPE_REST[char]?.exec(this.source.slice(this.at));
      if (rest) this.at += rest[0].length;
      return { kind: "other" };
    }
    return char >= " " && char <= "~" ? { kind: "char", char } : { kind: "other" };
  }

  /** The quantifier's minimum count, or undefined when the atom is not quantified. */
  private quantifierMin(): number | undefined {
    const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) {
      if (this.source[this.at] === "{") throw new Unknown();
      return undefined;
    }
    this.at += quantifier[0].length;
    const symbol = quantifier[0][0];
    return symbol === "+" ? 1 : symbol === "{" ? Number(quantifier[1]) : 0;
  }
}
