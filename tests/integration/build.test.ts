/**
 * The whole build on the seed articles, into a temporary folder: entries, pages, timeline.json,
 * the Pagefind index; every body sentence on its page; and a failed build that leaves the
 * previous site untouched.
 */
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import "../support/eleventy.ts"; // registers tsx so Eleventy can load .eleventy.ts inside vitest
import { cleanArticle } from "../../src/clean/index.ts";
import { build, type BuildReport } from "../../src/cli/build.ts";
import { discoverArticles, InputError, readArticleFile } from "../../src/read/index.ts";
import { splitSentences } from "../../src/text/sentences.ts";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = path.join(root, "content", "articles");

interface ExportedEntry {
  id: string;
  url: string;
  source: string;
  title: string;
  date: string;
  datePrecision: string;
  dateRange: { earliest: string; latest: string };
  people: { name: string }[];
  places: { name: string; lat?: number; lon?: number }[];
  contributors: string[];
  [key: string]: unknown;
}

let site: string;
let work: string;
let report: BuildReport;

beforeAll(async () => {
  const temp = await mkdtemp(path.join(tmpdir(), "timeline-build-"));
  site = path.join(temp, "_site");
  work = path.join(temp, "work");
  report = await build({ projectRoot: root, outDir: site, workDir: work });
});

/** The visible text of an HTML page, entities decoded, white space collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("build on the seeds", () => {
  it("writes report.json: the report the build returns (all but the time the report itself took)", async () => {
    const written = JSON.parse(await readFile(path.join(work, "report.json"), "utf8")) as BuildReport;
    const { report: reportTime, ...times } = report.times;
    expect(reportTime).toBeGreaterThanOrEqual(0);
    expect(written).toEqual({ ...report, times });
    expect(written.searchPages).toBe(5);
    expect(written.searchShards.rebuilt.length).toBeGreaterThan(0);
    expect(written.times.pagefind).toBeGreaterThan(0);
    expect((await readdir(work)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the home page, five entry pages, the search index and timeline.json", async () => {
    expect((await stat(path.join(site, "index.html"))).isFile()).toBe(true);
    const exported = JSON.parse(await readFile(path.join(site, "timeline.json"), "utf8")) as { entries: ExportedEntry[] };
    expect(exported.entries).toHaveLength(5);
    for (const entry of exported.entries) {
      expect((await stat(path.join(site, entry.url, "index.html"))).isFile()).toBe(true);
    }
    const pagefind = await readdir(path.join(site, "pagefind"));
    expect(pagefind).toEqual(expect.arrayContaining(["pagefind-ui.js", "pagefind-ui.css", "shards.json"]));
    // One Pagefind bundle per period, newest first, holding every entry between them.
    const list = JSON.parse(await readFile(path.join(site, "pagefind", "shards.json"), "utf8")) as { shards: { key: string; bundle: string; pages: number }[] };
    const years = [...new Set(exported.entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse();
    expect(list.shards.map((shard) => shard.key)).toEqual(years);
    expect(list.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(5);
    for (const shard of list.shards) expect(await readdir(path.join(site, "pagefind", shard.bundle))).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json"]));
    expect(report.searchPages).toBe(5);
  });

  it("exports entries in chronological order with the documented fields", async () => {
    const { entries } = JSON.parse(await readFile(path.join(site, "timeline.json"), "utf8")) as { entries: ExportedEntry[] };
    const dates = entries.map((entry) => entry.date);
    expect([...dates].sort()).toEqual(dates);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(["id", "url", "source", "title", "titleGenerated", "date", "datePrecision", "dateRange", "dateSource", "dateEvidence", "outlet", "byline", "contributors", "people", "places", "organizations", "figures"]),
      );
      expect(entry.source).toMatch(/^content\/articles\/.+\.txt$/);
      expect(entry.dateRange.earliest <= entry.date && entry.date <= entry.dateRange.latest).toBe(true);
      expect(["day", "week", "month", "year"]).toContain(entry.datePrecision);
      const peopleNames = entry.people.map((person) => person.name);
      for (const contributor of entry.contributors) expect(peopleNames).not.toContain(contributor);
    }
  });

  it("shows every sentence of every article's body on its entry page", async () => {
    const { entries } = JSON.parse(await readFile(path.join(site, "timeline.json"), "utf8")) as { entries: ExportedEntry[] };
    const { articles } = await discoverArticles(seeds, root);
    for (const file of articles) {
      const clean = cleanArticle(await readArticleFile(file, root));
      const entry = entries.find((candidate) => candidate.source === clean.article.source);
      expect(entry, clean.article.source).toBeDefined();
      const page = visibleText(await readFile(path.join(site, entry!.url, "index.html"), "utf8"));
      const blocks = [...clean.body.map((block) => block.text), ...clean.captions.map((caption) => caption.text)];
      for (const sentence of blocks.flatMap(splitSentences)) {
        expect(page, `${clean.article.source}: ${sentence}`).toContain(sentence.replace(/\s+/g, " "));
      }
    }
  });

  it("never publishes names from scraped link lists", async () => {
    const html = await readFile(path.join(site, "index.html"), "utf8");
    const exported = await readFile(path.join(site, "timeline.json"), "utf8");
    for (const name of ["Angelina Jolie", "Fran Drescher", "Taylor Swift", "Jim Harbaugh"]) {
      expect(html).not.toContain(name);
      expect(exported).not.toContain(name);
    }
  });
});

describe("a build with bad input", () => {
  it("reports every problem, names the files, and leaves the previous site as it was", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "timeline-bad-"));
    const articles = path.join(temp, "articles");
    await cp(seeds, articles, { recursive: true });
    await writeFile(path.join(articles, "empty.txt"), "\n  \n");
    await writeFile(path.join(articles, "bad-yaml.txt"), "---\ntitle: [oops\n---\nText.\n");
    const outDir = path.join(temp, "_site");
    await cp(site, outDir, { recursive: true });
    const before = await readFile(path.join(outDir, "index.html"), "utf8");

    const failure = await build({ projectRoot: root, outDir, workDir: path.join(temp, "work"), articlesDir: articles }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    const files = (failure as InputError).problems.map((problem) => path.basename(problem.file)).sort();
    expect(files).toEqual(["bad-yaml.txt", "empty.txt"]);
    expect(await readFile(path.join(outDir, "index.html"), "utf8")).toBe(before);
    expect((await readdir(temp)).filter((name) => name.includes(".building-"))).toEqual([]);
  });
});
