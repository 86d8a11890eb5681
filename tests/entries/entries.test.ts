import { createHash } from "node:crypto";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/index.ts";
import { buildEntries, compareEntries, entryToMarkdown, markdownToEntry, type ProcessedArticle } from "../../src/entries/index.ts";
import { bodyToMarkdown } from "../../src/entries/markdown.ts";
import type { ArticleDate, Entry, Extraction } from "../../src/model.ts";
import { sentenceFingerprint } from "../../src/text/fingerprint.ts";
import { articleFrom } from "../clean/helpers.ts";

const noEntities: Extraction = { people: [], places: [], organizations: [], figures: [], outlet: null };
const dated = (date: string, earliest = date, latest = date): ArticleDate => ({
  date,
  precision: earliest === latest ? "day" : "month",
  range: { earliest, latest },
  source: "inferred",
  evidence: [{ text: "on Monday", reading: "a Monday" }],
  conflicts: [],
});
const processed = (text: string, source: string, date: ArticleDate): ProcessedArticle => {
  const clean = cleanArticle(articleFrom(text, source));
  return { clean, extraction: noEntities, date, fingerprint: sentenceFingerprint(clean.body) };
};

describe("buildEntries", () => {
  it("orders entries chronologically, ties broken by the narrower range", () => {
    const entries = buildEntries([
      processed("Late story here\nText.\n", "c.txt", dated("2024-05-01")),
      processed("Vague story here\nText.\n", "b.txt", dated("2024-03-15", "2024-03-01", "2024-03-31")),
      processed("Exact story here\nText.\n", "a.txt", dated("2024-03-15")),
    ]);
    expect(entries.map((entry) => entry.title)).toEqual(["Exact story here", "Vague story here", "Late story here"]);
    expect([...entries].sort(compareEntries)).toEqual(entries);
  });

  it("uses the headline, the front-matter title, or a generated title marked as such", () => {
    const [withHeadline, corrected, generated] = buildEntries([
      processed("Talks resume in Cairo\nNegotiators met on Monday.\n", "a.txt", dated("2024-01-01")),
      processed("---\ntitle: Editor's title\n---\nTalks resume in Cairo\nText.\n", "b.txt", dated("2024-01-02")),
      processed("Negotiators met in Cairo on Monday to resume talks on a truce. More text.\n", "c.txt", dated("2024-01-03")),
    ]);
    expect(withHeadline).toMatchObject({ title: "Talks resume in Cairo", titleGenerated: false, lead: "Negotiators met on Monday." });
    expect(corrected).toMatchObject({ title: "Editor's title", titleGenerated: false });
    expect(generated).toMatchObject({ title: "Negotiators met in Cairo on Monday to resume talks on a truce", titleGenerated: true });
  });

  describe("titles that slugify alike", () => {
    const suffixed = (slug: string, source: string) => `${slug}-${createHash("sha256").update(source).digest("hex").slice(0, 8)}`;
    const idsBySource = (entries: Entry[]) => new Map(entries.map((entry) => [entry.sources[0]!, entry.id]));

    it("leave the earliest entry the plain slug and suffix the later one with a hash of its source", () => {
      // The later article comes first in the input and its path sorts first: neither decides.
      const later = processed("Talks Resume\nText two.\n", "content/articles/a-later.txt", dated("2024-01-02"));
      const earlier = processed("Talks resume!\nText one.\n", "content/articles/b-earlier.txt", dated("2024-01-01"));
      const ids = idsBySource(buildEntries([later, earlier]));
      expect(ids.get("content/articles/b-earlier.txt")).toBe("talks-resume");
      expect(ids.get("content/articles/a-later.txt")).toBe(suffixed("talks-resume", "content/articles/a-later.txt"));
    });

    it("keep the published entry's id and url when a later article with the same title is added", () => {
      const published = processed("Talks resume\nText one.\n", "content/articles/one.txt", dated("2024-01-01"));
      const added = processed("Talks resume\nText two.\n", "content/articles/two.txt", dated("2024-01-05"));
      const [before] = buildEntries([published]);
      const after = buildEntries([published, added]).find((entry) => entry.sources[0] === "content/articles/one.txt");
      expect(after).toMatchObject({ id: before!.id, url: before!.url });
      expect(after!.url).toBe("/entries/talks-resume/");
    });

    it("give the same ids whatever the input order, ties broken by the narrower range, then by source path", () => {
      const articles = [
        processed("Talks resume\nText one.\n", "content/articles/a-month.txt", dated("2024-03-15", "2024-03-01", "2024-03-31")),
        processed("Talks resume\nText two.\n", "content/articles/c-day.txt", dated("2024-03-15")),
        processed("Talks resume\nText three.\n", "content/articles/d-day.txt", dated("2024-03-15")),
        processed("Talks resume\nText four.\n", "content/articles/b-later.txt", dated("2024-04-01")),
      ];
      const expected = new Map([
        ["content/articles/a-month.txt", suffixed("talks-resume", "content/articles/a-month.txt")],
        ["content/articles/c-day.txt", "talks-resume"],
        ["content/articles/d-day.txt", suffixed("talks-resume", "content/articles/d-day.txt")],
        ["content/articles/b-later.txt", suffixed("talks-resume", "content/articles/b-later.txt")],
      ]);
      const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]];
      for (const order of orders) expect(idsBySource(buildEntries(order.map((index) => articles[index]!)))).toEqual(expected);
    });

    it("suffix every entry whose title has no usable slug, the earliest too", () => {
      const entries = buildEntries([
        processed("مفاوضات الرهائن في الدوحة\nنص المقال هنا.\n", "ar-1.txt", dated("2024-01-01")),
        processed("محادثات الهدنة في القاهرة\nنص آخر هنا.\n", "ar-2.txt", dated("2024-01-02")),
      ]);
      expect(entries.map((entry) => entry.id)).toEqual([suffixed("entry", "ar-1.txt"), suffixed("entry", "ar-2.txt")]);
    });
  });

  it("gives a title without Latin letters a hashed id", () => {
    const [entry] = buildEntries([processed("مفاوضات الرهائن في الدوحة\nنص المقال هنا.\n", "ar.txt", dated("2024-01-01"))]);
    expect(entry!.id).toMatch(/^entry-[0-9a-f]{8}$/);
    expect(entry!.url).toBe(`/entries/${entry!.id}/`);
  });
});

describe("entry Markdown", () => {
  const hostile = "<script>alert(1)</script> [x](javascript:alert(1)) ![i](a.png) {{ 7*7 }} {% raw %} ${x} *b* _c_ `d` &amp; <img src=x onerror=alert(1)>";

  it("round-trips an entry through its Markdown file", () => {
    const [entry] = buildEntries([processed(`Talks resume in Cairo\nDate: 2024-05-25 — ${hostile}\n`, "a.txt", dated("2024-05-25"))]);
    const back = markdownToEntry(entryToMarkdown(entry!));
    expect(back).toEqual(entry);
    expect(typeof back.date.date).toBe("string");
  });

  it("escapes the body so markdown-it renders article text literally", () => {
    const markdown = bodyToMarkdown([
      { kind: "paragraph", text: hostile },
      { kind: "paragraph", text: "1. Not a list\n# not a heading" },
      { kind: "subhead", text: "- Not a bullet" },
    ]);
    const html = new MarkdownIt({ html: false }).render(markdown);
    expect(html).not.toMatch(/<(script|img|a|em|strong|code|ol|ul|h1)\b/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
    expect(html).toContain("&amp;amp;");
    expect(html).toContain("<h2>- Not a bullet</h2>");
  });
});

describe("duplicate articles", () => {
  const text = [
    "Talks resume in Cairo",
    "Negotiators from Egypt and Qatar met Hamas officials in Cairo on Monday to discuss a truce.",
    "The talks were the first since the collapse of the previous round of negotiations in Doha.",
    "Officials said a proposal for a six-week pause in fighting was on the table for both sides.",
    "Israel did not send a delegation, according to two officials familiar with the talks.",
    "Read more: our full coverage of the negotiations is available on the website at any time.",
  ].join("\n");

  it("merges the same article saved twice (other line endings, trimmed footer) into one entry with both sources", () => {
    const entries = buildEntries([
      processed(text, "content/articles/a.txt", dated("2024-01-01")),
      processed(text.split("\n").slice(0, -1).join("\r\n"), "content/articles/b.txt", dated("2024-01-01")),
      processed("Another story\nA completely different article about the weather in the mountains this week.\n", "content/articles/c.txt", dated("2024-01-02")),
    ]);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.sources).toEqual(["content/articles/a.txt", "content/articles/b.txt"]);
    expect(entries[1]!.sources).toEqual(["content/articles/c.txt"]);
  });

  it("keeps articles that merely quote the same sentence apart", () => {
    const other = [
      "Truce talks stall",
      "Negotiators from Egypt and Qatar met Hamas officials in Cairo on Monday to discuss a truce.",
      "But by Wednesday the talks had stalled over the question of a permanent end to the war.",
      "Hamas said it would not accept any deal that did not include a full Israeli withdrawal.",
      "Israel's prime minister said the war would continue until all of its aims were achieved.",
    ].join("\n");
    const entries = buildEntries([processed(text, "a.txt", dated("2024-01-01")), processed(other, "b.txt", dated("2024-01-03"))]);
    expect(entries).toHaveLength(2);
  });
});

describe("writeEntries", () => {
  /** Two entries and an empty folder to write them to. */
  async function freshPair() {
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { writeEntries } = await import("../../src/entries/index.ts");
    const dir = await mkdtemp(path.join(tmpdir(), "timeline-entries-"));
    const [one, two] = buildEntries([
      processed("Talks resume in Cairo\nText one.\n", "a.txt", dated("2024-01-01")),
      processed("Truce holds in Gaza\nText two.\n", "b.txt", dated("2024-01-02")),
    ]);
    return { dir, one: one!, two: two!, fileOf: (entry: Entry) => path.join(dir, `${entry.id}.md`), writeEntries, path };
  }

  /** The same, already written. */
  async function writtenPair() {
    const pair = await freshPair();
    await pair.writeEntries([pair.one, pair.two], pair.dir);
    return pair;
  }

  it("writes only new or changed entries, restores deleted files and removes stale ones", async () => {
    const { readdir, rm, writeFile: write } = await import("node:fs/promises");
    const { dir, one, two, fileOf, writeEntries, path } = await freshPair();
    await write(path.join(dir, "stale.md"), "old");
    expect((await writeEntries([one, two], dir)).sort()).toEqual([one.id, two.id].sort());
    expect(await writeEntries([one, two], dir)).toEqual([]);
    await rm(fileOf(two));
    const edited = { ...one, title: "Talks resume in Cairo on Monday" };
    expect((await writeEntries([edited, two], dir)).sort()).toEqual([one.id, two.id].sort());
    expect((await readdir(dir)).sort()).toEqual([".entry-keys.json", ".manifest.json", `${one.id}.md`, `${two.id}.md`].sort());
  });

  it("keeps each file equal to its entry's Markdown when its records were cut short", async () => {
    const { readFile, writeFile: write } = await import("node:fs/promises");
    const { dir, one, two, fileOf, writeEntries, path } = await writtenPair();
    await write(path.join(dir, ".manifest.json"), "{");
    await write(path.join(dir, ".entry-keys.json"), '{"');
    const edited = { ...two, lead: "A new lead." };
    expect((await writeEntries([one, edited], dir)).sort()).toEqual([one.id, two.id].sort());
    expect(await readFile(fileOf(edited), "utf8")).toBe(entryToMarkdown(edited));
    expect(await readFile(fileOf(one), "utf8")).toBe(entryToMarkdown(one));
    expect(await writeEntries([one, edited], dir)).toEqual([]);
  });

  it("given origins, keys an entry by its first source's origin, id, URL and sources, not by its JSON", async () => {
    const { dir, one, two, writeEntries } = await freshPair();
    const { entryKeys } = await import("../../src/entries/index.ts");
    const origins = new Map([[one.sources[0]!, "cache-key-1"], [two.sources[0]!, "cache-key-2"]]);
    const first = await entryKeys([one, two], origins);
    await writeEntries([one, two], dir, first);
    expect(await entryKeys([one, two])).not.toEqual(first);
    // The same origins: taken as unchanged, nothing serialised or written.
    expect(await writeEntries([one, two], dir, await entryKeys([one, two], origins))).toEqual([]);
    // A new origin (the article or the processing changed) makes a new key and rewrites the file.
    const edited = { ...two, lead: "A new lead." };
    const keys = await entryKeys([one, edited], new Map([...origins, [two.sources[0]!, "cache-key-3"]]));
    expect(await writeEntries([one, edited], dir, keys)).toEqual([two.id]);
    expect(keys.get(two.id)).not.toBe(first.get(two.id));
    expect(keys.get(one.id)).toBe(first.get(one.id));
    // Another source merged in changes the key too.
    const merged = { ...one, sources: [...one.sources, "content/articles/copy.txt"] };
    expect((await entryKeys([merged, edited], origins)).get(one.id)).not.toBe(first.get(one.id));
    // Without an origin, the key is the entry's JSON again.
    expect((await entryKeys([one, edited])).get(one.id)).not.toBe(first.get(one.id));
  });

  it("drops its records when a write fails, so the next build trusts none of them", async () => {
    const { mkdir, readdir, rm } = await import("node:fs/promises");
    const { dir, one, two, fileOf, writeEntries } = await writtenPair();
    await rm(fileOf(two));
    await mkdir(fileOf(two)); // a folder where the file has to go
    const edited = { ...two, lead: "A new lead." };
    await expect(writeEntries([one, edited], dir)).rejects.toThrow();
    expect((await readdir(dir)).filter((name) => name.startsWith("."))).toEqual([]);
    await rm(fileOf(two), { recursive: true });
    expect((await writeEntries([one, edited], dir)).sort()).toEqual([one.id, two.id].sort());
  });
});
