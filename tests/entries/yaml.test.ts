/**
 * The front-matter writer must produce exactly what gray-matter's `stringify` (js-yaml 3) writes,
 * so entry files stay byte-identical: random JSON data full of YAML-hostile strings, at every
 * depth, compared with gray-matter itself; and whole entries compared with the former
 * `matter.stringify` path.
 */
import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { bodyToMarkdown, entryToMarkdown } from "../../src/entries/markdown.ts";
import { frontMatterYaml } from "../../src/entries/yaml.ts";
import type { BodyBlock, Entry } from "../../src/model.ts";

/** What gray-matter puts between the `---` lines for `data` (via its JSON form, as entries did). */
function grayMatterYaml(data: Record<string, unknown>): string {
  const file = matter.stringify("body\n", JSON.parse(JSON.stringify(data)) as Record<string, unknown>);
  return file.slice("---\n".length, file.length - "\n---\nbody\n".length);
}

/** Pieces that each exercise a different YAML rule: indicators, comments, types, folding, escapes. */
const PIECES = [
  "talks", "Doha", "the", " ", " ", "  ", "   ", "\n", "\n\n", "\n ", " \n", "\t", "\r", "\r\n", ":", ": ", " #", "#", "-", "- ", "? ",
  "'", '"', "\\", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "=", "true", "False", "null", "~", "yes", "No",
  "on", "y", "0", "012", "0x1F", "0b101", "1_000", "-7", "+3", "1e3", ".5", ".inf", "-.Inf", ".NaN", "3:25:45", "2024-01-01",
  "2001-12-14t21:59:43.10-05:00", "<<", "…", "’", "“", "—", "é", "İ", "\u00a0", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe",
  "\u0000", "\u0007", "\u001b", "\u007f", "😀", "\ud800", "\udc00", "\u3000", "x".repeat(45), "supercalifragilisticexpialidocious",
];
const hostileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const prose = fc
  .array(fc.constantFrom("Negotiators", "met", "in", "Cairo", "on", "Monday,", "officials", "said.", "“We", "are", "close,”", "he", "added:", "a"), { minLength: 1, maxLength: 70 })
  .chain((words) => fc.constantFrom(" ", "  ", " \n", "\n").map((gap) => words.join(gap)));
const text = fc.oneof(hostileText, prose, fc.string({ unit: "binary", maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 120 }));
const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom("id", "title", "sentences", "reading", "lat") }, { weight: 2, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constant("k".repeat(1030)) });
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 5e-7, 1e21, 0.1, -2.5e-300, Number.MAX_SAFE_INTEGER));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 4 }),
  ),
}));
const document = fc.dictionary(key, fc.oneof(value, fc.constant(undefined)), { minKeys: 1, maxKeys: 6 }).filter((data) => Object.values(data).some((item) => item !== undefined));

describe("front-matter YAML", () => {
  it("is exactly gray-matter's for random JSON data with hostile strings at every depth", () => {
    fc.assert(
      fc.property(document, (data) => {
        expect(frontMatterYaml(data)).toBe(grayMatterYaml(data));
      }),
      { numRuns: 2000, seed: 8 },
    );
  });

  it("folds long lines, keeps more-indented lines and chooses the same block headers", () => {
    const samples = [
      `${"word ".repeat(40)}end`,
      `${"long".repeat(30)} ${"x".repeat(100)} tail`,
      ` leading space ${"and more ".repeat(12)}`,
      `first\n\n  indented ${"w ".repeat(50)}\nlast ${"v ".repeat(50)}\n`,
      "\n\nstarts with blank lines\n\n\n",
      `trailing spaces   ${"s ".repeat(50)}   `,
      "  ",
      "\n",
    ];
    for (const sample of samples) {
      const data = { a: sample, deep: { deeper: [{ deepest: [sample, { last: sample }] }] } };
      expect(frontMatterYaml(data)).toBe(grayMatterYaml(data));
    }
  });
});

describe("entryToMarkdown", () => {
  const block = fc.record({ kind: fc.constantFrom<BodyBlock["kind"]>("paragraph", "subhead"), text });
  const entry = fc.record({ id: fc.constant("talks"), title: text, body: fc.array(block, { maxLength: 4 }), lead: text, people: fc.array(fc.record({ name: text, sentences: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }), outletEvidence: fc.option(text, { nil: undefined }) });

  it("writes the file matter.stringify wrote, body and all (a body starting with a byte-order mark included)", () => {
    fc.assert(
      fc.property(entry, fc.boolean(), (generated, withMark) => {
        const whole = { ...generated, body: withMark ? [{ kind: "paragraph" as const, text: "\ufeffMark" }, ...generated.body] : generated.body } as unknown as Entry;
        const { body, ...data } = whole;
        const former = matter.stringify(`${bodyToMarkdown(body)}\n`, JSON.parse(JSON.stringify({ ...data, bodyBlocks: body })) as Record<string, unknown>);
        expect(entryToMarkdown(whole)).toBe(former);
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
