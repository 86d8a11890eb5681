/**
 * The date engine skips a pattern on a sentence when the sentence lacks a word every match of
 * the pattern must contain. That is only safe if the analysis never names a word a real match
 * can lack: property-tested here on random regexes and random texts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralIndex, literalFilter } from "../../src/date/literal-index.ts";
import { requiredLiterals } from "../../src/date/literals.ts";

const LEAF = ["a", "b", "s", "k", "ab", "sk", "ba", "\\.", "-", " ", "é", "[ab]", "[^a]", "\\s", "\\w", "\\d", ".", "\\p{L}", "\\x61", "\\u0073", "\\b", "^", "$"];
const QUANTIFIER = ["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "??", "+?"];
const TEXT_CHARS = ["a", "b", "s", "k", "S", "K", "ſ", "\u212a", " ", "-", ".", "é", "1"];

const regexSource: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...LEAF),
    fc.tuple(tie("sequence"), tie("sequence")).map(([a, b]) => `(?:${String(a)}|${String(b)})`),
    tie("sequence").map((inner) => `(${String(inner)})`),
    fc.tuple(fc.constantFrom("=", "!", "<=", "<!"), tie("sequence")).map(([kind, inner]) => `(?${kind}${String(inner)})`),
  ),
  sequence: fc.array(fc.tuple(tie("atom"), fc.constantFrom(...QUANTIFIER)), { minLength: 1, maxLength: 4 }).map((parts) =>
    parts.map(([atom, quantifier]) => `${String(atom)}${quantifier}`).join(""),
  ),
})).sequence as fc.Arbitrary<string>;

const fold = (text: string) => text.toLowerCase().replace(/ſ/g, "s");

describe("required literals", () => {
  it("never rule out a regex on a text it matches", () => {
    fc.assert(
      fc.property(regexSource, fc.constantFrom("iu", "i", "u", ""), fc.array(fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 8 }).map((chars) => chars.join("")), { minLength: 1, maxLength: 20 }), (source, flags, texts) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, flags);
        } catch {
          return; // not a valid pattern under these flags: nothing to check
        }
        const clauses = requiredLiterals(regex);
        const index = new LiteralIndex([regex]);
        const filter = literalFilter([regex]);
        for (const text of texts) {
          if (!regex.test(text)) continue;
          expect(clauses.every((clause) => clause.some((literal) => fold(text).includes(literal)))).toBe(true);
          expect(index.mayMatch(regex, index.literalsIn(text))).toBe(true);
          expect(filter(text)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the words a simple title pattern requires", () => {
    expect(requiredLiterals(/President\s+(?:Joe\s+)?Biden/iu)).toEqual(expect.arrayContaining([["president"], ["biden"]]));
  });
});
