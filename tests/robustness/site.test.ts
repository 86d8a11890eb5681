/**
 * One whole build (read → … → Eleventy → Pagefind) of a project full of awkward articles:
 * every common encoding, CRLF, Unicode and hostile file names, a 1 MB article and a very long
 * line, duplicates, titles that slugify alike, non-article files, and hostile text in every
 * field. Checks what an editor and a reader see: the report, the pages, the feed, the search
 * index, timeline.json; that nothing is written outside `_site/` and `.timeline/`; and that a
 * second build of the same inputs gives a byte-identical site.
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildReport } from "../../src/cli/build.ts";
import { summarise } from "../../src/cli/report.ts";
import { cleanArticle } from "../../src/clean/index.ts";
import type { CleanArticle } from "../../src/model.ts";
import { parseArticle } from "../../src/read/index.ts";
import { splitSentences } from "../../src/text/sentences.ts";
import {
  collapse,
  elementsNamed,
  findLiveMarkup,
  fixture,
  hashTree,
  listTree,
  makeProject,
  removeProject,
  searchFragments,
  textOf,
  visibleText,
  within,
  type SearchFragment,
  type TempProject,
} from "./support.ts";

const ARTICLES = "content/articles";
const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const withBom = (bom: number[], bytes: Uint8Array) => Buffer.concat([Buffer.from(bom), bytes]);

/** A short article of its own: distinct headline and sentences, so it is never taken for a duplicate. */
const smallArticle = (topic: string) =>
  `Envoys meet again over ${topic}\n\nThe envoys met in Doha to discuss ${topic}, officials said on Monday, and agreed to meet again.\n`;

const HOSTILE_NAMES = ["<img src=x onerror=alert('name')>.txt", "a..b.txt", "%2e%2e%2f%2e%2e%2fescape.txt", "x\\..\\..\\windows.txt", `${"hostage-talks-".repeat(17)}end.txt`];

let project: TempProject;
let report: BuildReport;
let treeBefore: string[];
/** Source (project-relative) → the article as the build read and cleaned it. */
const cleaned = new Map<string, CleanArticle>();
let hostileInputs: string[] = [];
let longLine = "";
let longParagraphs: string[] = [];

beforeAll(async () => {
  const [encoded, latin1, truce, talksA, talksB, hostileHeadline, hostileCorrected] = await Promise.all(
    ["encoded-article.txt", "latin1-article.txt", "truce-proposal.txt", "talks-resume-a.txt", "talks-resume-b.txt", "hostile-headline.txt", "hostile-corrected.txt"].map(fixture),
  );
  longParagraphs = Array.from({ length: 9200 }, (_, index) => `In session ${index + 1}, the envoys went through the draft line by line and agreed to return to it the next morning.`);
  longLine = Array.from({ length: 3000 }, (_, index) => `Clause ${index + 1} of the draft was read out in full.`).join(" ");
  // The same article saved again: other line endings, the page footer trimmed, stray spaces.
  const truceResaved = crlf(truce!.slice(0, truce!.indexOf("Related")).replace(/\.\n/g, ".  \n"));
  const articles: Record<string, string | Uint8Array> = {
    "Doha café “pause” talks.txt": iconv.encode(encoded!, "windows-1252"),
    "Zürich/envoys (latin-1).txt": iconv.encode(latin1!, "latin1"),
    "Zürich/envoys copy.txt": iconv.encode(latin1!, "latin1"),
    "truce-proposal.txt": truce!,
    "2024/März/truce-proposal (1).TXT": truceResaved,
    "talks resume a.txt": withBom([0xff, 0xfe], iconv.encode(crlf(talksA!), "utf-16le")),
    "talks resume b.md": withBom([0xef, 0xbb, 0xbf], Buffer.from(crlf(talksB!))),
    "long/A very long transcript.txt": `The transcript of the talks\n\nThe mediators published the full record of the sessions on Friday.\n\n${longParagraphs.join("\n\n")}\n`,
    "long/one long line.txt": `The draft, read aloud in full\n\n${longLine}\n\nThe reading ended after midnight.\n`,
    "hostile-headline.txt": hostileHeadline!,
    "hostile-corrected.md": hostileCorrected!,
    "path-headline.txt": "../../../../outside/index.html\n\nThis article opens with a line shaped like a path, and no file may be written there.\n",
    ...Object.fromEntries(HOSTILE_NAMES.map((name, index) => [name, smallArticle(`proposal number ${index + 1}`)])),
  };
  const notArticles: Record<string, string | Uint8Array> = {
    ".DS_Store": Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
    "..txt": smallArticle("a hidden file"),
    "README": "Drop the articles into this folder.\n",
    "photo.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    "notes.docx": Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  };
  hostileInputs = [hostileHeadline!, hostileCorrected!, ...HOSTILE_NAMES];
  project = await makeProject({ ...articles, ...notArticles });
  for (const [name, content] of Object.entries(articles)) {
    const source = `${ARTICLES}/${name}`;
    const article = parseArticle(typeof content === "string" ? Buffer.from(content) : content, source);
    if (Array.isArray(article)) throw new Error(`fixture refused: ${source}`);
    cleaned.set(source, cleanArticle(article));
  }
  treeBefore = await listTree(project.container);
  report = await build({ projectRoot: project.root });
});

afterAll(async () => {
  if (project) await removeProject(project);
});

const page = (url: string) => readFile(path.join(project.site, url, "index.html"), "utf8");
const entryFor = (source: string) => {
  const entry = report.entries.find((candidate) => candidate.sources.includes(source));
  if (!entry) throw new Error(`no entry for ${source}`);
  return entry;
};
const urlFor = (source: string) => `/entries/${entryFor(source).id}/`;
/** Everything of the article a reader must find on its page: body sentences, captions, credits. */
const textsOf = (clean: CleanArticle) => [
  ...clean.body.flatMap((block) => splitSentences(block.text)),
  ...clean.captions.flatMap((caption) => [caption.text, ...(caption.credit ? [caption.credit] : [])]),
  ...clean.contributors,
];

async function htmlPages(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true });
  return found.filter((file) => file.endsWith(".html")).sort();
}

describe("inputs the build handles", () => {
  it("makes one entry per distinct article and reads every article file", () => {
    const articleFiles = [...cleaned.keys()];
    expect(report.entries.flatMap((entry) => entry.sources).sort()).toEqual(articleFiles.sort());
    // 17 article files, among them two pairs of duplicates: 15 entries.
    expect(articleFiles).toHaveLength(17);
    expect(report.entries).toHaveLength(15);
  });

  it("skips files that are not articles, each with a note, in the report and the summary", () => {
    expect(report.skipped).toEqual([
      { file: `${ARTICLES}/..txt`, note: "hidden file" },
      { file: `${ARTICLES}/.DS_Store`, note: "hidden file" },
      { file: `${ARTICLES}/notes.docx`, note: "not an article (only .txt and .md files are read)" },
      { file: `${ARTICLES}/photo.jpg`, note: "not an article (only .txt and .md files are read)" },
      { file: `${ARTICLES}/README`, note: "a README, not an article" },
    ]);
    expect(summarise(report)).toContain(`skipped ${ARTICLES}/.DS_Store: hidden file`);
  });

  it("names the encoding it assumed for each article in the report", () => {
    expect(entryFor(`${ARTICLES}/Doha café “pause” talks.txt`).encoding).toBe("windows-1252");
    expect(entryFor(`${ARTICLES}/Zürich/envoys (latin-1).txt`).encoding).toBe("windows-1252");
    expect(entryFor(`${ARTICLES}/talks resume a.txt`).encoding).toBe("utf-16le");
    expect(entryFor(`${ARTICLES}/talks resume b.md`).encoding).toBe("utf-8-bom");
    expect(entryFor(`${ARTICLES}/truce-proposal.txt`).encoding).toBe("utf-8");
    expect(report.warnings).toContain(`${ARTICLES}/Doha café “pause” talks.txt: read as windows-1252`);
    expect(report.warnings).toContain(`${ARTICLES}/talks resume a.txt: read as utf-16le`);
  });

  it("keeps curly quotes, dashes, accents and the euro sign on the page, in timeline.json and in search", async () => {
    const source = `${ARTICLES}/Doha café “pause” talks.txt`;
    const html = await page(urlFor(source));
    expect(textOf(elementsNamed(html, "h1")[0]!)).toBe("Mediators in Doha weigh a new “pause” proposal for Gaza");
    const text = visibleText(html);
    for (const sentence of textsOf(cleaned.get(source)!)) expect(text).toContain(collapse(sentence));
    expect(text).toContain("€120 million");
    expect(text).toContain("Doha café “pause” talks.txt");
    const exported = JSON.parse(await readFile(path.join(project.site, "timeline.json"), "utf8")) as { entries: { source: string; title: string }[] };
    expect(exported.entries.find((entry) => entry.source === source)?.title).toBe("Mediators in Doha weigh a new “pause” proposal for Gaza");
    const fragment = (await searchFragments(project.site)).find((candidate) => candidate.url === urlFor(source));
    expect(fragment?.content).toContain("Zoë Müller");
  });

  it("shows articles read from UTF-16 and from UTF-8 with BOM and CRLF without a stray character", async () => {
    for (const source of [`${ARTICLES}/talks resume a.txt`, `${ARTICLES}/talks resume b.md`]) {
      const html = await page(urlFor(source));
      const clean = cleaned.get(source)!;
      expect(textOf(elementsNamed(html, "h1")[0]!)).toBe(clean.headline);
      for (const sentence of textsOf(clean)) expect(visibleText(html)).toContain(collapse(sentence));
      expect(html).not.toMatch(/[\uFEFF\r\uFFFD]/);
    }
  });

  it("publishes a 1 MB article and a very long line whole", async () => {
    expect(Buffer.byteLength(longParagraphs.join("\n\n"))).toBeGreaterThan(1_000_000);
    expect(longLine.length).toBeGreaterThan(100_000);
    const long = visibleText(await page(urlFor(`${ARTICLES}/long/A very long transcript.txt`)));
    expect(long).toContain(longParagraphs.at(-1));
    expect(long).toContain(longParagraphs[4500]);
    expect(visibleText(await page(urlFor(`${ARTICLES}/long/one long line.txt`)))).toContain(longLine);
  });
});

describe("duplicates", () => {
  it("publishes the same article saved twice (other line endings, footer trimmed) once, listing both sources, with a warning", async () => {
    const entry = entryFor(`${ARTICLES}/truce-proposal.txt`);
    expect(entry.sources).toEqual([`${ARTICLES}/2024/März/truce-proposal (1).TXT`, `${ARTICLES}/truce-proposal.txt`]);
    expect(report.warnings).toContain(`${entry.sources.join(", ")}: the same article saved 2 times; published once as /entries/${entry.id}/`);
    const sources = elementsNamed(await page(`/entries/${entry.id}/`), "code").map(textOf);
    expect(sources).toEqual(expect.arrayContaining(["truce-proposal (1).TXT", "truce-proposal.txt"]));
    const exported = JSON.parse(await readFile(path.join(project.site, "timeline.json"), "utf8")) as { entries: { title: string; sources: string[] }[] };
    expect(exported.entries.filter((candidate) => candidate.title === entry.title)).toEqual([expect.objectContaining({ sources: entry.sources })]);
  });

  it("publishes an identical copy once too", () => {
    expect(entryFor(`${ARTICLES}/Zürich/envoys copy.txt`).sources).toEqual([`${ARTICLES}/Zürich/envoys (latin-1).txt`, `${ARTICLES}/Zürich/envoys copy.txt`]);
  });

  it("gives two different articles whose titles slugify alike distinct URLs: the earlier keeps the plain slug, the later a suffix from its source", async () => {
    const width = (entry: { range: { earliest: string; latest: string } }) => Date.parse(entry.range.latest) - Date.parse(entry.range.earliest);
    const [earlier, later] = [`${ARTICLES}/talks resume a.txt`, `${ARTICLES}/talks resume b.md`]
      .map(entryFor)
      .sort((a, b) => a.date.localeCompare(b.date) || width(a) - width(b) || (a.sources[0]! < b.sources[0]! ? -1 : 1));
    expect(earlier!.id).toBe("talks-resume-in-cairo");
    expect(later!.id).toBe(`talks-resume-in-cairo-${createHash("sha256").update(later!.sources[0]!).digest("hex").slice(0, 8)}`);
    expect(visibleText(await page(urlFor(`${ARTICLES}/talks resume a.txt`)))).toContain("Negotiators from Israel and Hamas returned to Cairo on Sunday");
    expect(visibleText(await page(urlFor(`${ARTICLES}/talks resume b.md`)))).toContain("Whether the talks in Cairo will resume at all remained unclear");
  });
});

describe("hostile text", () => {
  const hostileSources = [`${ARTICLES}/hostile-headline.txt`, `${ARTICLES}/hostile-corrected.md`];

  it("brings no live markup into any page: no handlers, script URLs, frames, input scripts or input elements", async () => {
    const problems: string[] = [];
    for (const file of await htmlPages(project.site)) {
      for (const found of findLiveMarkup(await readFile(path.join(project.site, file), "utf8"), hostileInputs)) problems.push(`${file}: ${found}`);
    }
    expect(problems).toEqual([]);
  });

  it("shows the headline, body, caption, credit, contributors, title and outlet literally on the entry pages", async () => {
    const headline = await page(urlFor(hostileSources[0]!));
    expect(textOf(elementsNamed(headline, "h1")[0]!)).toBe('Talks <b>resume</b> in Doha as {{ site.title }} and {% include "secret.njk" %} meet ${process.env.HOME}');
    const clean = cleaned.get(hostileSources[0]!)!;
    expect(clean.captions).toEqual([{ text: "Protesters hold <em>signs</em> calling for a {{ deal }} in Tel Aviv on Saturday", credit: "Jane Doe/Reuters" }]);
    expect(clean.contributors).toEqual(["<b>Sam Roe</b>", "{{ Ann Lee }}", "Tom Fields"]);
    for (const text of textsOf(clean)) expect(visibleText(headline)).toContain(collapse(text));

    const corrected = await page(urlFor(hostileSources[1]!));
    expect(textOf(elementsNamed(corrected, "h1")[0]!)).toBe("<script>alert('fm-title')</script> {{ 7*7 }} Hostage [deal](javascript:alert(1)) ${title}");
    const text = visibleText(corrected);
    for (const sentence of textsOf(cleaned.get(hostileSources[1]!)!)) expect(text).toContain(collapse(sentence));
    expect(text).toContain(`<i onmouseover="alert('fm-outlet')">Evil</i> {% raw %} News`);
    expect(text).toContain("<img src=x onerror=alert('fm-person')> Mallory");
    expect(text).toContain("<svg onload=alert('fm-org')> Group");
  });

  it("keeps the structured data a JSON string of the literal title", async () => {
    const scripts = elementsNamed(await page(urlFor(hostileSources[1]!)), "script").filter((script) => script.attribs.type === "application/ld+json");
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(textOf(scripts[0]!)) as { headline: string }).headline).toBe("<script>alert('fm-title')</script> {{ 7*7 }} Hostage [deal](javascript:alert(1)) ${title}");
  });

  it("lists the literal titles, leads and names on the timeline, people, places and figures pages", async () => {
    const home = visibleText(await page("/"));
    for (const source of hostileSources) expect(home).toContain(collapse(report.entries.find((entry) => entry.sources.includes(source))!.title));
    expect(home).toContain('Negotiators said <script>alert("body-script")</script> the talks on a hostage deal would resume in Doha on Monday.');
    expect(visibleText(await page("/newest/"))).toContain("<script>alert('fm-title')</script> {{ 7*7 }} Hostage");

    const people = await readdir(path.join(project.site, "people"));
    const person = people.find((name) => name.includes("mallory"));
    expect(textOf(elementsNamed(await page(`/people/${person}/`), "h1")[0]!)).toBe("<img src=x onerror=alert('fm-person')> Mallory");
    const places = await readdir(path.join(project.site, "places"));
    const place = places.find((name) => name.includes("town"));
    expect(textOf(elementsNamed(await page(`/places/${place}/`), "h1")[0]!)).toBe("{{ evil }} <b>Town</b>");

    // The list of every figure, over its period pages when it is long.
    const figurePages = (await readdir(path.join(project.site, "figures", "all"), { recursive: true })).filter((file) => file.endsWith("index.html"));
    const figures = (await Promise.all(figurePages.map((file) => page(path.posix.join("figures/all", path.dirname(file)))))).map(visibleText).join("\n");
    expect(figures).toContain("At least 1,200 people were killed in the attack on October 7, <b>officials</b> said in {{ a }} statement.");
  });

  it("puts the literal text in the feed, with entry HTML that holds no live markup", async () => {
    const feed = await readFile(path.join(project.site, "feed.xml"), "utf8");
    const items = elementsNamed(feed, "entry", { xml: true });
    for (const source of hostileSources) {
      const item = items.find((entry) => within(entry, "link")[0]?.attribs.href?.endsWith(urlFor(source)));
      expect(item, source).toBeDefined();
      expect(textOf(within(item!, "title")[0]!)).toBe(collapse(entryFor(source).title));
      // <content type="html">: the text of the element is the entry's HTML.
      const content = textOf(within(item!, "content")[0]!);
      expect(findLiveMarkup(content, hostileInputs)).toEqual([]);
      for (const sentence of cleaned.get(source)!.body.flatMap((block) => splitSentences(block.text))) expect(visibleText(content)).toContain(collapse(sentence));
    }
  });

  it("indexes the literal text for search: titles, body sentences and filter values", async () => {
    const fragments = await searchFragments(project.site);
    const fragmentFor = (source: string): SearchFragment => fragments.find((fragment) => fragment.url === urlFor(source))!;
    for (const source of hostileSources) {
      const fragment = fragmentFor(source);
      expect(fragment.meta.title).toBe(collapse(entryFor(source).title));
      for (const sentence of cleaned.get(source)!.body.flatMap((block) => splitSentences(block.text))) expect(fragment.content).toContain(collapse(sentence));
    }
    expect(fragmentFor(hostileSources[1]!).filters.outlet).toEqual([`<i onmouseover="alert('fm-outlet')">Evil</i> {% raw %} News`]);
    expect(fragmentFor(hostileSources[1]!).filters.person).toContain("<img src=x onerror=alert('fm-person')> Mallory");
  });

  it("keeps the literal text in timeline.json", async () => {
    const exported = JSON.parse(await readFile(path.join(project.site, "timeline.json"), "utf8")) as { entries: { source: string; title: string; outlet: string | null }[] };
    const corrected = exported.entries.find((entry) => entry.source === hostileSources[1]);
    expect(corrected).toMatchObject({ title: "<script>alert('fm-title')</script> {{ 7*7 }} Hostage [deal](javascript:alert(1)) ${title}", outlet: `<i onmouseover="alert('fm-outlet')">Evil</i> {% raw %} News` });
  });
});

describe("the live-markup check itself", () => {
  it("finds the input's markup when a page carries it unescaped, and nothing when it is escaped", () => {
    const input = `Talks <b>resume</b> <img src=x onerror="alert('i')"> <a href="javascript:alert('a')">go</a> <iframe src="https://evil.example/"></iframe> <script>alert("s")</script> [the draft](javascript:alert('m')) <style>body { display: none }</style>`;
    const escaped = input.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(findLiveMarkup(`<!doctype html><html><body><p>${escaped}</p></body></html>`, [input])).toEqual([]);
    const live = findLiveMarkup(`<!doctype html><html><body><p>${input}</p><a href="javascript:alert('m')">the draft</a></body></html>`, [input]);
    expect(live).toEqual([
      "<b>resume</b> from the input",
      `<img onerror="alert('i')">`,
      `<a href="javascript:alert('a')">`,
      "<a>go</a> from the input",
      '<iframe src="https://evil.example/">',
      "<iframe>",
      '<script>alert("s")</script>',
      '<script>alert("s")</script> from the input',
      "<style>body { display: none }</style>",
      "<style>body { display: none }</style> from the input",
      `<a href="javascript:alert('m')">`,
      `<a href="javascript:alert('m')"> from a Markdown link`,
      "<a> from a Markdown link",
    ]);
  });
});

describe("file names", () => {
  it("writes only into _site/ and .timeline/, whatever the article file names and headlines", async () => {
    const created = (await listTree(project.container)).filter((file) => !treeBefore.includes(file));
    expect(created.length).toBeGreaterThan(50);
    expect(created.filter((file) => !/^project\/(?:_site|\.timeline)(?:\/|$)/.test(file.split(path.sep).join("/")))).toEqual([]);
    for (const entry of report.entries) expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(entryFor(`${ARTICLES}/path-headline.txt`).id).toBe("outside-index-html");
  });

  it("shows hostile and very long file names literally as the entry's source", async () => {
    for (const name of HOSTILE_NAMES) {
      const sources = elementsNamed(await page(urlFor(`${ARTICLES}/${name}`)), "code").map(textOf);
      expect(sources).toContain(name);
    }
  });
});

describe("determinism", () => {
  it("builds a byte-identical _site/ again (from the cache, into another folder), search index included", async () => {
    const first = await hashTree(project.site);
    const again = path.join(project.container, "again");
    const rebuilt = await build({ projectRoot: project.root, outDir: again });
    expect(rebuilt.changed).toEqual([]);
    const second = await hashTree(again);
    expect([...first.keys()].filter((file) => file.startsWith("pagefind")).length).toBeGreaterThan(10);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });
});
