/**
 * Inputs the read, clean and entries stages must handle (every common encoding, line endings,
 * odd file names, very long articles and lines) and inputs they must refuse clearly (empty,
 * binary, malformed front matter, invalid dates, unknown keys): the exact message, the line,
 * every problem of every file at once.
 */
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/index.ts";
import { buildEntries } from "../../src/entries/index.ts";
import type { Article, Extraction } from "../../src/model.ts";
import { discoverArticles, formatProblem, InputError, parseArticle, readArticleFiles, type InputProblem } from "../../src/read/index.ts";
import { fixture } from "./support.ts";

const SOURCE = "content/articles/a.txt";
const parse = (bytes: Uint8Array | string) => parseArticle(typeof bytes === "string" ? Buffer.from(bytes) : bytes, SOURCE);
const article = (bytes: Uint8Array | string): Article => {
  const result = parse(bytes);
  if (Array.isArray(result)) throw new Error(`refused: ${result.map(formatProblem).join("; ")}`);
  return result;
};
const problems = (bytes: Uint8Array | string): InputProblem[] => {
  const result = parse(bytes);
  if (!Array.isArray(result)) throw new Error("accepted an input it should refuse");
  return result;
};
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

describe("encodings", () => {
  let text = "";
  beforeAll(async () => {
    text = await fixture("encoded-article.txt");
  });

  it("reads the same text from UTF-8 (with and without BOM), UTF-16 LE/BE with BOM and Windows-1252, and names each encoding", () => {
    const variants: [string, Buffer][] = [
      ["utf-8", Buffer.from(text, "utf8")],
      ["utf-8-bom", withBom([0xef, 0xbb, 0xbf], Buffer.from(text, "utf8"))],
      ["utf-16le", withBom([0xff, 0xfe], iconv.encode(text, "utf-16le"))],
      ["utf-16be", withBom([0xfe, 0xff], iconv.encode(text, "utf-16be"))],
      ["windows-1252", iconv.encode(text, "windows-1252")],
    ];
    for (const [encoding, bytes] of variants) {
      const read = article(bytes);
      expect(read.encoding, encoding).toBe(encoding);
      expect(read.text, encoding).toBe(text);
    }
    // The Windows-1252 bytes really are single-byte curly quotes, dash and euro sign.
    expect([...iconv.encode("“—€’", "windows-1252")]).toEqual([0x93, 0x97, 0x80, 0x92]);
  });

  it("keeps curly quotes and accents from Windows-1252 and Latin-1 files through cleaning", async () => {
    const clean = cleanArticle(article(iconv.encode(text, "windows-1252")));
    expect(clean.headline).toBe("Mediators in Doha weigh a new “pause” proposal for Gaza");
    expect(clean.body.map((block) => block.text)).toEqual([
      "Qatar’s prime minister said on Tuesday that mediators had received a “serious” response — and that talks would resume in Doha’s diplomatic quarter.",
      "A café owner near the Corniche, Zoë Müller, said the mood was “cautiously hopeful”; she had followed the négociations since the naïve early days of the war.",
      "Officials said the €120 million aid package, first floated in Zürich, would be discussed at the next round of talks later this week.",
    ]);
    const latin1 = await fixture("latin1-article.txt");
    const read = article(iconv.encode(latin1, "latin1"));
    expect(read).toMatchObject({ encoding: "windows-1252", text: latin1 });
  });

  it("reads CRLF and lone-CR line endings as LF: same text, same content hash, same cleaned article", () => {
    const lf = article(text);
    for (const ending of ["\r\n", "\r"]) {
      const other = article(text.replace(/\n/g, ending));
      expect(other.text).toBe(lf.text);
      expect(other.contentHash).toBe(lf.contentHash);
      expect(cleanArticle(other).body).toEqual(cleanArticle(lf).body);
    }
  });

  it("reads UTF-16 with BOM and CRLF endings (Windows Notepad's 'Unicode')", () => {
    const read = article(withBom([0xff, 0xfe], iconv.encode(text.replace(/\n/g, "\r\n"), "utf-16le")));
    expect(read).toMatchObject({ encoding: "utf-16le", text });
  });

  it("composes decomposed accents (a name saved as NFD reads the same as NFC)", () => {
    expect(article(text.normalize("NFD")).text).toBe(text);
  });

  it("ignores a doubled byte-order mark", () => {
    expect(article(withBom([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], Buffer.from(text))).text).toBe(text);
  });
});

describe("very long articles and lines", () => {
  it("reads and cleans a 1 MB article without losing a paragraph", () => {
    const lead = "The mediators released the full transcript of the November talks in Doha on Friday, and it runs to thousands of paragraphs.";
    const paragraphs = [lead, ...Array.from({ length: 7000 }, (_, index) => `Paragraph ${index + 1} of the transcript: the envoy said the talks in round ${index + 1} had covered the sequence of releases, the aid corridors and the next meeting.`)];
    const text = `A very long transcript of the negotiations\n\n${paragraphs.join("\n\n")}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    const clean = cleanArticle(article(text));
    expect(clean.headline).toBe("A very long transcript of the negotiations");
    expect(clean.body.map((block) => block.text)).toEqual(paragraphs);
  });

  it("keeps a 300 KB single-line paragraph whole", () => {
    const line = Array.from({ length: 2500 }, (_, index) => `Clause ${index + 1} of the draft was read out in full, word for word.`).join(" ");
    expect(line.length).toBeGreaterThan(150_000);
    const clean = cleanArticle(article(`The full draft, read aloud\n\n${line}\n\nThe reading ended after midnight.\n`));
    expect(clean.body.map((block) => block.text)).toEqual([line, "The reading ended after midnight."]);
  });
});

describe("inputs refused", () => {
  it("refuses empty and white-space-only files (spaces, tabs, blank CRLF lines, no-break and zero-width spaces, a lone BOM)", () => {
    const blanks: Uint8Array[] = [
      Buffer.alloc(0),
      Buffer.from(" \t\r\n\r\n   \n"),
      Buffer.from("\u00a0\u2009\n\u200b\u200d\n"),
      Buffer.from([0xef, 0xbb, 0xbf]),
      withBom([0xff, 0xfe], iconv.encode(" \r\n", "utf-16le")),
    ];
    for (const bytes of blanks) {
      expect(problems(bytes)).toEqual([{ file: SOURCE, reason: "the file is empty or holds only white space", fix: "write the article text into it, or delete it" }]);
    }
  });

  it("refuses binary files, naming the offset of the first control byte", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
    const textWithControl = Buffer.from("A headline of an article\n\nText \u0007 with a bell in it.\n");
    const expected = (offset: number): InputProblem => ({
      file: SOURCE,
      reason: `this is a binary file, not text (control byte at offset ${offset})`,
      fix: "save the article as plain text (.txt or .md), or move this file out of content/articles/",
    });
    expect(problems(png)).toEqual([expected(8)]);
    expect(problems(gzip)).toEqual([expected(3)]);
    expect(problems(textWithControl)).toEqual([expected(31)]);
  });

  it("refuses a file with a UTF-8 byte-order mark whose bytes are not UTF-8, naming the byte", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" talks\n")]);
    expect(problems(bytes)).toEqual([
      { file: SOURCE, reason: "the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (at byte 6)", fix: "open it in a text editor and save it again as UTF-8" },
    ]);
  });

  it("reports malformed YAML with the file line of each error", () => {
    const yamlFix = "fix the YAML between the two `---` lines at the top of the file, or remove them";
    expect(problems("---\ntitle: ok\ndate: [unclosed\n---\nBody.\n")).toEqual([
      { file: SOURCE, line: 3, reason: "the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (column 16)", fix: yamlFix },
    ]);
    expect(problems("---\ntitle: ok\noutlet: CNN\ntitle: again\n---\nBody.\n")).toEqual([
      { file: SOURCE, line: 4, reason: "the front matter is not valid YAML: Map keys must be unique (column 1)", fix: yamlFix },
    ]);
    expect(problems("---\n\ttitle: tab\n---\nBody.\n")).toEqual([
      { file: SOURCE, line: 2, reason: "the front matter is not valid YAML: Tabs are not allowed as indentation (column 1)", fix: yamlFix },
    ]);
    // CRLF files number their lines the same way.
    expect(problems("---\r\ntitle: ok\r\noutlet: CNN\r\ntitle: again\r\n---\r\nBody.\r\n")).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it("refuses a YAML alias bomb in the front matter instead of expanding it", () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [previous, name] of [..."abcdefgh"].map((letter, index) => [letter, "bcdefghi"[index]!])) levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    expect(problems(`---\n${levels.join("\n")}\n---\nBody.\n`)).toEqual([
      { file: SOURCE, line: 2, reason: "the front matter cannot be read (Excessive alias count indicates a resource exhaustion attack)", fix: "write plain `key: value` lines without YAML anchors or aliases" },
    ]);
  });

  it("refuses front matter that is never closed", () => {
    expect(problems("---\ntitle: Talks resume\nNegotiators met on Monday.\n")).toEqual([
      { file: SOURCE, line: 1, reason: "the front matter opened by `---` on line 1 is never closed", fix: "end the front matter with a `---` line, or remove the first line if it is not front matter" },
    ]);
  });

  it("refuses an invalid date, naming its line and the format", () => {
    const shown: [string, string][] = [
      ["2024-02-30", '"2024-02-30"'],
      ["2024-13-01", '"2024-13-01"'],
      ["25/05/2024", '"25/05/2024"'],
      ["May 25, 2024", '"May 25, 2024"'],
      ["2024-05-25T10:00:00Z", '"2024-05-25T10:00:00Z"'],
      ["20240525", "20240525"],
      ["", "null"],
    ];
    for (const [value, quoted] of shown) {
      expect(problems(`---\ntitle: Talks\ndate: ${value}\n---\nBody.\n`), value).toEqual([
        { file: SOURCE, line: 3, reason: `"date" is not a real calendar day (${quoted})`, fix: "write the day as YYYY-MM-DD, e.g. date: 2024-05-25" },
      ]);
    }
  });

  it("refuses unknown keys, listing the allowed ones, and reports every problem of the file at once", () => {
    expect(problems("---\nheadline: Talks\ntitle: ''\ndate: 2024-02-30\nauthor: Jane\npeople: [Jane Roe]\n---\nBody.\n")).toEqual([
      { file: SOURCE, line: 2, reason: 'unknown front-matter key "headline"', fix: 'use only: title, date, outlet, people, places, organizations (see README, "Corrections")' },
      { file: SOURCE, line: 5, reason: 'unknown front-matter key "author"', fix: 'use only: title, date, outlet, people, places, organizations (see README, "Corrections")' },
      { file: SOURCE, line: 3, reason: '"title" must be a non-empty text', fix: 'write e.g. title: "Talks resume in Doha"' },
      { file: SOURCE, line: 4, reason: '"date" is not a real calendar day ("2024-02-30")', fix: "write the day as YYYY-MM-DD, e.g. date: 2024-05-25" },
      { file: SOURCE, line: 6, reason: '"people" must be a map with "add" and/or "drop" lists of names', fix: 'write e.g. people:\n      add: ["Name One"]\n      drop: ["Name Two"]' },
    ]);
  });

  it("formats a problem as file:line, reason, then how to fix it", () => {
    const [problem] = problems("---\nheadline: Talks\n---\nBody.\n");
    expect(formatProblem(problem!)).toBe(`${SOURCE}:2: unknown front-matter key "headline"\n  → use only: title, date, outlet, people, places, organizations (see README, "Corrections")`);
  });

  it("refuses an article with no words left once page furniture is removed", () => {
    const none: Extraction = { people: [], places: [], organizations: [], figures: [], outlet: null };
    const date = { date: "2024-01-01", precision: "day" as const, range: { earliest: "2024-01-01", latest: "2024-01-01" }, source: "inferred" as const, evidence: [], conflicts: [] };
    const processed = (text: string, source: string) => ({ clean: cleanArticle(parseArticle(Buffer.from(text), source) as Article), extraction: none, date, fingerprint: [] });
    const attempt = () => buildEntries([processed("Advertisement\nShare\nBy Jane Doe\n", "content/articles/furniture.txt"), processed("…\n", "content/articles/dots.txt"), processed("Talks resume in Doha on Monday.\n", "content/articles/fine.txt")]);
    expect(attempt).toThrow(InputError);
    try {
      attempt();
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        { file: "content/articles/furniture.txt", reason: "no article text is left once page furniture is removed (removed: stray-word, credit line)", fix: "put the article's text into the file (not only a byline, a date or share buttons), or delete it" },
        { file: "content/articles/dots.txt", reason: "no article text is left once page furniture is removed", fix: "put the article's text into the file (not only a byline, a date or share buttons), or delete it" },
      ]);
    }
  });

  it("titles an article without a headline from its first paragraph that has words in it", () => {
    const none: Extraction = { people: [], places: [], organizations: [], figures: [], outlet: null };
    const date = { date: "2024-01-01", precision: "day" as const, range: { earliest: "2024-01-01", latest: "2024-01-01" }, source: "inferred" as const, evidence: [], conflicts: [] };
    const clean = cleanArticle(article("…\n\nNegotiators met in Doha on Monday to discuss a truce.\n"));
    const [entry] = buildEntries([{ clean, extraction: none, date, fingerprint: [] }]);
    expect(entry).toMatchObject({ title: "Negotiators met in Doha on Monday to discuss a truce", titleGenerated: true, lead: "Negotiators met in Doha on Monday to discuss a truce." });
  });
});

describe("the articles folder", () => {
  let root = "";
  let articles = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "timeline-folder-"));
    articles = path.join(root, "content", "articles");
    const files: Record<string, string | Buffer> = {
      "plain.txt": "Talks resume\n\nText.\n",
      "a story with spaces.md": "Talks resume\n\nText.\n",
      "Überblick – Verhandlungen in Kairo.txt": "Talks resume\n\nText.\n",
      "مفاوضات الرهائن.txt": "Talks resume\n\nText.\n",
      "UPPER CASE.TXT": "Talks resume\n\nText.\n",
      "2024/März/nested.txt": "Talks resume\n\nText.\n",
      ".DS_Store": Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
      "README": "Drop articles here.\n",
      "readme.md": "Drop articles here.\n",
      "photo.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      "notes.docx": Buffer.from([0x50, 0x4b, 3, 4]),
      "draft.txt~": "Talks\n",
      ".hidden.txt": "Talks resume\n\nText.\n",
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/objects/ab/cdef.txt": "x\n",
    };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(articles, name)), { recursive: true });
      await writeFile(path.join(articles, name), content);
    }
    await writeFile(path.join(root, "outside.txt"), "Outside the folder\n\nText.\n");
    await symlink(path.join(root, "outside.txt"), path.join(articles, "linked.txt"));
  });

  it("reads .txt and .md files in any sub-folder, with Unicode names and spaces, in a fixed order", async () => {
    const found = await discoverArticles(articles, root);
    expect(found.articles.map((file) => path.relative(articles, file))).toEqual([
      "2024/März/nested.txt",
      "a story with spaces.md",
      "plain.txt",
      "UPPER CASE.TXT",
      "Überblick – Verhandlungen in Kairo.txt",
      "مفاوضات الرهائن.txt",
    ]);
    const { articles: read, problems: found2 } = await readArticleFiles(found.articles, root);
    expect(found2).toEqual([]);
    expect(read.map((item) => item.source)).toContain("content/articles/Überblick – Verhandlungen in Kairo.txt");
    expect(read.map((item) => item.fileName)).toContain("a story with spaces.md");
  });

  it("skips everything else with a note: hidden files and folders (one note for .git), READMEs, other file types, links", async () => {
    const found = await discoverArticles(articles, root);
    expect(found.skipped).toEqual([
      { file: "content/articles/.DS_Store", note: "hidden file" },
      { file: "content/articles/.git", note: "hidden folder, not read" },
      { file: "content/articles/.hidden.txt", note: "hidden file" },
      { file: "content/articles/draft.txt~", note: "not an article (only .txt and .md files are read)" },
      { file: "content/articles/linked.txt", note: "a symbolic link, not followed (copy the article into the folder instead)" },
      { file: "content/articles/notes.docx", note: "not an article (only .txt and .md files are read)" },
      { file: "content/articles/photo.jpg", note: "not an article (only .txt and .md files are read)" },
      { file: "content/articles/README", note: "a README, not an article" },
      { file: "content/articles/readme.md", note: "a README, not an article" },
    ]);
  });

  it("reads every file before reporting, and reports the problems of all of them together", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "timeline-problems-"));
    const files: Record<string, string | Buffer> = {
      "empty.txt": "",
      "blank.txt": "  \r\n\t\n",
      "binary.txt": Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      "bad-yaml.md": "---\ntitle: [oops\n---\nText.\n",
      "bad-date.txt": "---\ndate: 2024-02-30\n---\nText.\n",
      "unknown-key.txt": "---\nauthor: Jane\n---\nText.\n",
      "good.txt": "Talks resume\n\nNegotiators met on Monday.\n",
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    const found = await discoverArticles(dir, dir);
    const result = await readArticleFiles(found.articles, dir);
    expect(result.articles.map((item) => item.source)).toEqual(["good.txt"]);
    expect(result.problems.map((problem) => [problem.file, problem.line ?? null, problem.reason.split(" (")[0]])).toEqual([
      ["bad-date.txt", 2, '"date" is not a real calendar day'],
      ["bad-yaml.md", 2, "the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"],
      ["binary.txt", null, "this is a binary file, not text"],
      ["blank.txt", null, "the file is empty or holds only white space"],
      ["empty.txt", null, "the file is empty or holds only white space"],
      ["unknown-key.txt", 2, 'unknown front-matter key "author"'],
    ]);
    for (const problem of result.problems) expect(problem.fix.length).toBeGreaterThan(10);
  });
});
