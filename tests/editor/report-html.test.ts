/**
 * The HTML build report (`.timeline/report.html`): every entry with its date, precision and
 * evidence; what is worth a look (vague dates, lone names, unknown places); duplicates; removed
 * boilerplate; and article text escaped, never markup.
 */
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/cli/report.ts";
import { MAX_DETAILS, renderReportHtml } from "../../src/cli/report-html.ts";
import { makeEntry } from "../support/entries.ts";

const entries = [
  makeEntry("talks-resume", {
    title: "Talks resume <script>alert(1)</script>",
    date: { date: "2024-05-25", precision: "week", range: { earliest: "2024-05-22", latest: "2024-05-28" }, evidence: [{ text: "next week", reading: "a week after the talks stalled" }] },
    boilerplate: [{ kind: "share-counter", text: "Share 12", line: 3 }],
  }),
  makeEntry("vague", {
    title: "A vague article",
    date: { date: "2024-07-01", precision: "year", range: { earliest: "2024-01-01", latest: "2024-12-31" }, source: "inferred" },
    people: [{ name: "Salem", mentions: ["Salem"], sentences: [] }],
    places: [{ name: "Atlantis Bay", mentions: ["Atlantis Bay"], kind: "region", sentences: [] }],
    outlet: "CNN",
  }),
  makeEntry("twice", { title: "Saved twice", sources: ["content/articles/a.txt", "content/articles/a-copy.txt"], outlet: "CBS News" }),
];

const html = renderReportHtml(
  buildReport({ entries, written: ["vague"], skipped: [{ file: "content/articles/.DS_Store", note: "hidden file" }], searchPages: 3, rendered: 0, times: { read: 1 } }),
);

/** The HTML of the section that starts at the element with this id, up to the next `<h2`. */
function section(id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf("<h2", start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("the HTML build report", () => {
  it("lists every entry with its date, precision and evidence", () => {
    const table = section("entries");
    for (const entry of entries) {
      expect(table).toContain(`href="#entry-${entry.id}"`);
      expect(table).toContain(`<time>${entry.date.date}</time></td><td>${entry.date.precision}</td>`);
    }
    expect(html).toContain("“next week” → a week after the talks stalled");
    expect(html).toContain('id="entry-vague"');
  });

  it("says which entries are new or changed", () => {
    const table = section("entries");
    const row = (id: string) => table.slice(table.indexOf(`href="#entry-${id}"`), table.indexOf("</tr>", table.indexOf(`href="#entry-${id}"`)));
    expect(row("vague")).toContain("new or changed");
    expect(row("twice")).not.toContain("new or changed");
  });

  it("puts vague dates, lone names and unknown places under “Worth a look”", () => {
    const attention = section("attention");
    expect(attention).toContain("A vague article");
    expect(attention).toContain("known only to the year");
    expect(attention).toContain("lone name &quot;Salem&quot;");
    expect(attention).toContain("unknown place &quot;Atlantis Bay&quot;");
    expect(attention).not.toContain("Saved twice");
  });

  it("lists duplicates with every source, and skipped files", () => {
    expect(section("duplicates")).toContain("<code>content/articles/a.txt</code>, <code>content/articles/a-copy.txt</code>");
    expect(section("duplicates")).not.toContain("A vague article");
    expect(section("skipped")).toContain("content/articles/.DS_Store</code>: hidden file");
  });

  it("shows removed boilerplate and escapes article text", () => {
    expect(html).toContain("share-counter, line 3: <q>Share 12</q>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("Talks resume &lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("the HTML build report of a large archive", () => {
  const many = Array.from({ length: MAX_DETAILS + 5 }, (_, i) => makeEntry(`article-${i}`, { title: `Article ${i}`, date: { date: "2024-05-25" } }));
  const large = renderReportHtml(buildReport({ entries: many, written: ["article-7", "article-9"], skipped: [], searchPages: many.length, rendered: 0, times: {} }));

  it("lists at most MAX_DETAILS entries in the table, the new or changed ones first, then the newest, and says where the rest are", () => {
    const old = renderReportHtml(buildReport({ entries: many, written: ["article-1", "article-3"], skipped: [], searchPages: many.length, rendered: 0, times: {} }));
    expect(old.match(/<tr[ >]/g)).toHaveLength(MAX_DETAILS + 1);
    const rows = [...old.matchAll(/<tr[^>]*>\n<td><time>[^<]*<\/time><\/td>(?:<td>[^<]*<\/td>){2}\n<td>(?:<a [^>]*>)?Article (\d+)/g)].map((match) => Number(match[1]));
    // Articles 1 and 3 are the changed ones, then the newest 498: articles 7 to 504.
    expect(rows.filter((row) => row < 7)).toEqual([1, 3]);
    expect(rows).toContain(7);
    expect(rows).toContain(many.length - 1);
    expect(old).toContain(`Showing ${MAX_DETAILS} of ${many.length} (new or changed first, then the newest); all are in report.json.`);
  });

  it("details only the entries new or changed in this build, and says where the others are", () => {
    expect(large.match(/<section id="entry-/g)).toHaveLength(2);
    expect(large).toContain('<a href="#entry-article-7">Article 7</a>');
    expect(large).not.toContain('href="#entry-article-8"');
    expect(large).toContain(`other ${many.length - 2} entries are in report.json`);
  });
});
