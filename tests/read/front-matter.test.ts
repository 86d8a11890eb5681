import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/read/index.ts";
import type { InputProblem } from "../../src/read/index.ts";

const parse = (text: string) => parseArticle(Buffer.from(text), "content/articles/a.txt");

describe("front matter", () => {
  it("is optional", () => {
    const article = parse("Headline\n\nBody text.\n");
    expect(article).toMatchObject({ frontMatter: {}, text: "Headline\n\nBody text.\n", firstLine: 1, fileName: "a.txt" });
  });

  it("reads the documented corrections and says where the text starts", () => {
    const article = parse(
      "---\ntitle: Talks resume\ndate: 2024-05-25\noutlet: CBS News\npeople:\n  add: [Jane Roe]\n  drop: [Salem]\n---\nBody text.\n",
    );
    expect(article).toMatchObject({
      frontMatter: { title: "Talks resume", date: "2024-05-25", outlet: "CBS News", people: { add: ["Jane Roe"], drop: ["Salem"] } },
      text: "Body text.\n",
      firstLine: 9,
    });
  });

  it("accepts a quoted date and an explicit null outlet", () => {
    expect(parse('---\ndate: "2023-10-09"\noutlet: null\n---\nBody.\n')).toMatchObject({ frontMatter: { date: "2023-10-09", outlet: null } });
  });

  it("reports malformed YAML with its line", () => {
    const problems = parse("---\ntitle: ok\ndate: [unclosed\n---\nBody.\n") as InputProblem[];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/articles/a.txt", reason: expect.stringMatching(/not valid YAML/) });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("rejects an impossible date, naming the format", () => {
    const problems = parse("---\ndate: 2024-02-30\n---\nBody.\n") as InputProblem[];
    expect(problems).toEqual([expect.objectContaining({ reason: expect.stringContaining('"date"'), fix: expect.stringContaining("YYYY-MM-DD") })]);
  });

  it("rejects unknown keys and lists the allowed ones, all problems at once", () => {
    const problems = parse("---\nheadline: x\ntitel: y\ndate: soon\n---\nBody.\n") as InputProblem[];
    expect(problems.map((problem) => problem.reason)).toEqual([
      'unknown front-matter key "headline"',
      'unknown front-matter key "titel"',
      expect.stringContaining('"date"'),
    ]);
    expect(problems[0]!.fix).toContain("title, date, outlet, people, places, organizations");
  });

  it("rejects front matter that is not a map", () => {
    expect(parse("---\njust a sentence\n---\nBody.\n")).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining("key: value") })]);
  });

  it("rejects badly shaped entity corrections", () => {
    const problems = parse("---\npeople: [Jane Roe]\n---\nBody.\n") as InputProblem[];
    expect(problems).toEqual([expect.objectContaining({ reason: expect.stringContaining('"people"') })]);
  });

  it("refuses front matter with no text after it", () => {
    expect(parse("---\ntitle: x\n---\n\n")).toEqual([expect.objectContaining({ reason: expect.stringContaining("no text") })]);
  });

  it("changes the content hash when the text or the corrections change", () => {
    const plain = parse("Body.\n");
    const corrected = parse("---\ntitle: x\n---\nBody.\n");
    const edited = parse("Body!\n");
    const hashes = [plain, corrected, edited].map((article) => (article as { contentHash: string }).contentHash);
    expect(new Set(hashes).size).toBe(3);
  });
});
