import { describe, expect, it } from "vitest";
import { comparableName, forbiddenNames, missingFigures, parseGold, scoreNames } from "../../src/extract/evaluate.ts";
import type { Extraction, Figure } from "../../src/model.ts";

const gold = [
  { name: "David Barnea", mentions: ["Barnea"] },
  { name: "United States", mentions: ["U.S.", "US"] },
];

describe("gold scoring", () => {
  it("compares names without case, accents, possessives, edge punctuation or a form of address", () => {
    expect(comparableName("Mr. Barnea’s")).toBe("barnea");
    expect(comparableName("Doha,")).toBe("doha");
    expect(comparableName("U.S.")).toBe("u.s.");
    expect(comparableName("Khān Yūnis")).toBe("khan yunis");
  });

  it("scores precision over distinct predictions and recall over gold entities", () => {
    const score = scoreNames(["Barnea", "David Barnea", "Salem", "Salem"], gold);
    expect(score).toMatchObject({ predicted: 3, correct: 2, found: 1, wrong: ["Salem"], missed: ["United States"] });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBe(0.5);
  });

  it("finds a gold figure only with the same value and qualifier, counting the same noun, once", () => {
    const figure = (value: number, counts: string, qualifier?: Figure["qualifier"]): Figure => ({ value, counts, text: "", sentence: "", ...(qualifier ? { qualifier } : {}) });
    const expected = [
      { text: "36 Palestinians", value: 36, noun: "Palestinians", counts: "Palestinians" },
      { text: "another 36 Palestinians", value: 36, noun: "Palestinians", counts: "Palestinians" },
      { text: "at least 5 boats", value: 5, qualifier: "at least" as const, noun: "boats", counts: "boats" },
    ];
    expect(missingFigures([figure(36, "Palestinians released"), figure(5, "boats")], expected).map((item) => item.text)).toEqual(["another 36 Palestinians", "at least 5 boats"]);
  });

  it("reports forbidden names found among the extraction's names, as whole words", () => {
    const extraction: Extraction = {
      people: [{ name: "Mostafa Salem", mentions: ["Salem"], sentences: [] }],
      places: [],
      organizations: [{ name: "Salem Group", mentions: ["Salem Group"], sentences: [] }],
      figures: [],
      outlet: null,
    };
    expect(forbiddenNames(extraction, ["Salem", "Jolie"])).toEqual(["Salem"]);
  });

  it("refuses a gold file of the wrong shape, naming file and key", () => {
    expect(() => parseGold("outlet: null\npeople:\n  - {name: X}\nfigures:\n  - {text: t, value: two, noun: n, counts: c}\n", "g.yaml")).toThrow("g.yaml: figures[0].value: must be a number");
  });
});
