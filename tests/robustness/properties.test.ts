/**
 * Property-based tests (fast-check): random articles mixing news prose, HTML, Markdown, template
 * syntax and odd Unicode, in any line-ending style and sometimes with front matter, never crash
 * read → clean → extract → date → entries; every body sentence comes out of the entry's
 * Markdown as literal text and no markup from the input is live. Then one whole build of a
 * generated batch checks the same on the rendered pages.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildReport } from "../../src/cli/build.ts";
import { projectPaths } from "../../src/cli/paths.ts";
import { processArticle, type References } from "../../src/cli/process.ts";
import { loadReferences } from "../../src/cli/references.ts";
import { buildEntries, entryToMarkdown, markdownToEntry, type ProcessedArticle } from "../../src/entries/index.ts";
import type { Article, BodyBlock, Entry } from "../../src/model.ts";
import { InputError, parseArticle, type InputProblem } from "../../src/read/index.ts";
import { renderBodyHtml } from "../../src/site/body-html.ts";
import { splitSentences } from "../../src/text/sentences.ts";
import { collapse, elementsNamed, findLiveMarkup, makeProject, PROJECT_ROOT, removeProject, searchFragments, textOf, visibleText, type TempProject } from "./support.ts";

const MARKUP = [
  "<script>alert('x')</script>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(2)">click</a>',
  "<b>bold</b>",
  "<style>body { display: none }</style>",
  "<svg onload=alert(3)>",
  "<!-- hidden -->",
  "<![CDATA[data]]>",
  "</textarea></title>",
  "[a link](javascript:alert(4))",
  "![an image](https://evil.example/x.png)",
  "<https://evil.example/auto>",
  "*emphasis* and _more_",
  "**strong** __words__",
  "`code` and ```fence```",
  "~~struck~~",
  "| a | b |",
  "&amp; &lt;b&gt; &#x3C;",
  "\\backslash\\",
  "{{ 7 * 7 }}",
  "{{- site.title -}}",
  '{% include "secret.njk" %}',
  "{%- raw %}",
  "{# comment #}",
  "${process.env.HOME}",
  "#{ruby}",
  "<%= erb %>",
  "'single' \"double\" `back`",
];
const MARKUP_LINES = ["# Not a heading", "> not a quote", "- not a list", "1. not a list", "1) not either", "+ nor this", "---", "***", "===", "    indented code?", "```", "<div>", "</div>"];
const ODD = ["👩‍👩‍👧", "🇮🇱", "مرحبا بالعالم", "שלום", "e\u0301", "\u200b", "\u00a0", "\u202e", "人質交渉", "ﬁnance", "İstanbul", "Straße", "ＡＢＣ", "\u2028", "\uFFFD", "ǅ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "…", "—", "«»", "„“"];
const WORDS = ["negotiators", "hostages", "Qatar", "Doha", "Hamas", "Israel", "Cairo", "ceasefire", "talks", "said", "officials", "on", "Monday", "the", "a", "deal", "1,200", "Oct.", "Mr.", "U.S.", "Netanyahu", "at least", "seven", "weeks"];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 2, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) });
const sentence = fc.array(word, { minLength: 2, maxLength: 14 }).chain((words) =>
  fc.constantFrom(".", "!", "?", "", "…", '."').map((end) => `${words.join(" ").replace(/^./u, (first) => first.toUpperCase())}${end}`),
);
const line = fc.oneof({ weight: 8, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(" ")) }, { weight: 1, arbitrary: fc.constantFrom(...MARKUP_LINES) });
const frontMatter = fc.option(
  fc.record({
    title: fc.oneof(fc.constantFrom(...MARKUP, "Talks resume", "Two lines\n---\nof title", "# ---"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((text) => /[\p{L}\p{N}]/u.test(text))),
    outlet: fc.constantFrom(...MARKUP, "CNN"),
  }).map(({ title, outlet }) => `---\ntitle: ${JSON.stringify(title)}\noutlet: ${JSON.stringify(outlet)}\n---\n`),
  { nil: "" },
);
/** An article: optional front matter, lines separated by blank lines or not, in any line-ending style. */
const articleText = fc
  .tuple(frontMatter, fc.array(fc.tuple(line, fc.boolean()), { minLength: 1, maxLength: 10 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([header, lines, ending]) => `${header}${lines.map(([text, gap]) => `${text}\n${gap ? "\n" : ""}`).join("")}`.replace(/\n/g, ending));

let references: References;
beforeAll(() => {
  references = loadReferences(projectPaths(PROJECT_ROOT));
});

type PipelineResult =
  | { refused: InputProblem[] }
  | { article: Article; refusedLate: InputProblem[] }
  | { article: Article; processed: ProcessedArticle; entries: Entry[] };

/** read → clean → extract → date → entries, as the build runs them for one article. */
function pipeline(text: string, source: string): PipelineResult {
  const article = parseArticle(Buffer.from(text), source);
  if (Array.isArray(article)) return { refused: article };
  const processed = processArticle(article, references);
  try {
    return { article, processed, entries: buildEntries([processed]) };
  } catch (error) {
    // The one refusal allowed after reading: an article with no words left to publish.
    if (error instanceof InputError) return { article, refusedLate: error.problems };
    throw error;
  }
}

const sentencesOf = (body: readonly BodyBlock[]) => body.flatMap((block) => splitSentences(block.text));
/** Pagefind drops zero-width and direction marks from the text it indexes; so does this. */
const withoutInvisibles = (text: string) => collapse(text.replace(/\p{Cf}/gu, " "));

describe("random articles through the pipeline", () => {
  it("never crash, and every body sentence renders literally with no live markup", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const result = pipeline(text, "content/articles/random.txt");
        if ("refused" in result) {
          expect(result.refused.length).toBeGreaterThan(0);
          return;
        }
        if ("refusedLate" in result) return;
        const [entry] = result.entries;
        expect(entry!.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(entry!.title.trim()).not.toBe("");
        expect(markdownToEntry(entryToMarkdown(entry!))).toEqual(entry);
        const html = renderBodyHtml(entry!.body);
        expect(findLiveMarkup(html, [text])).toEqual([]);
        const shown = visibleText(html);
        for (const sentence of sentencesOf(entry!.body)) expect(shown).toContain(collapse(sentence));
      }),
      { numRuns: 150, seed: 20240525 },
    );
  });

  it("read the same article the same way whatever its line endings", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const lf = parseArticle(Buffer.from(text.replace(/\r\n?/g, "\n")), "a.txt");
        const crlf = parseArticle(Buffer.from(text.replace(/\r\n?/g, "\n").replace(/\n/g, "\r\n")), "a.txt");
        expect(crlf).toEqual(lf);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe("a generated batch, built into a site", () => {
  let report: BuildReport;
  let site = "";
  let project: TempProject | undefined;
  /** Source → text, for the articles the build accepts. */
  const texts = new Map<string, string>();
  afterAll(async () => {
    if (project) await removeProject(project);
  });

  beforeAll(async () => {
    const batch = fc.sample(articleText, { numRuns: 12, seed: 1948 });
    const files: Record<string, string> = {};
    batch.forEach((text, index) => {
      const name = `random-${String(index + 1).padStart(2, "0")}.txt`;
      const source = `content/articles/${name}`;
      const result = pipeline(text, source);
      // Only what the build accepts: a refused article would (rightly) stop the whole build.
      if ("refused" in result || "refusedLate" in result) return;
      files[name] = text;
      texts.set(source, text);
    });
    project = await makeProject(files);
    site = project.site;
    report = await build({ projectRoot: project.root });
  });

  it("publishes every body sentence of every article literally, on its page and in the search index, with no live markup", async () => {
    expect(texts.size).toBeGreaterThanOrEqual(8);
    const inputs = [...texts.values()];
    const fragments = await searchFragments(site);
    for (const entry of report.entries) {
      const html = await readFile(path.join(site, "entries", entry.id, "index.html"), "utf8");
      expect(findLiveMarkup(html, inputs)).toEqual([]);
      expect(textOf(elementsNamed(html, "h1")[0]!)).toBe(collapse(entry.title));
      const shown = visibleText(html);
      for (const source of entry.sources) {
        const result = pipeline(texts.get(source)!, source);
        if (!("processed" in result)) throw new Error(`${source} was accepted before`);
        const indexed = withoutInvisibles(fragments.find((fragment) => fragment.url === `/entries/${entry.id}/`)!.content);
        for (const sentence of sentencesOf(result.processed.clean.body)) {
          expect(shown).toContain(collapse(sentence));
          expect(indexed).toContain(withoutInvisibles(sentence));
        }
      }
    }
    for (const page of ["index.html", "newest/index.html", "people/index.html", "places/index.html", "figures/all/index.html"]) {
      expect(findLiveMarkup(await readFile(path.join(site, page), "utf8"), inputs), page).toEqual([]);
    }
  });
});
