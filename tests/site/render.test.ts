/**
 * Renders a small site with Eleventy from hand-made entries (written in an order unlike their
 * dates, full of hostile text) and checks the pages, their order, the pictures, the news-site
 * conventions (security policy, Open Graph, JSON-LD, <time>), the escaping, the feed, the sitemap
 * and timeline.json.
 */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { renderSite } from "../support/eleventy.ts";
import { makeEntry, writeEntryFiles } from "../support/entries.ts";

const SCRIPT = "<script>alert(1)</script>";
const HOSTILE = `${SCRIPT} {{ 7*7 }} {% raw %} [x](javascript:alert(1)) <img src=x onerror=alert(1)>`;
const EVIL_NAME = "Evil <b onmouseover=alert(1)>Person</b>";

const entries = [
  makeEntry("middle-hostile", {
    title: `Talks ${SCRIPT} {{ 7*7 }}`,
    standfirst: `Standfirst ${HOSTILE}`,
    lead: `Lead ${HOSTILE}`,
    outlet: `Outlet ${SCRIPT}`,
    byline: [`Writer ${SCRIPT}`],
    contributors: [`Helper {{ 7*7 }}`],
    sources: [`content/articles/<i>file's "name" & more.txt`],
    captions: [{ text: `Caption ${HOSTILE}`, credit: `Credit ${SCRIPT}` }],
    date: {
      date: "2024-05-25",
      precision: "week",
      range: { earliest: "2024-05-14", latest: "2024-06-21" },
      source: "inferred",
      evidence: [{ text: `eight months ${SCRIPT}`, reading: `reading {% raw %}` }],
      conflicts: [`conflict ${SCRIPT}`],
    },
    body: [
      { kind: "paragraph", text: `Body ${HOSTILE}` },
      { kind: "subhead", text: `Subhead ${SCRIPT}` },
      { kind: "paragraph", text: "An ordinary closing sentence." },
    ],
    people: [
      { name: "David Barnea", mentions: ["David Barnea"], role: `Mossad ${SCRIPT}`, sentences: [`Sentence ${HOSTILE}`] },
      { name: EVIL_NAME, mentions: [EVIL_NAME], sentences: [] },
    ],
    places: [{ name: `Doha ${SCRIPT}`, mentions: ["Doha"], kind: "city", lat: 25.29, lon: 51.53, sentences: [`In Doha ${HOSTILE}`] }],
    organizations: [{ name: `Org ${SCRIPT}`, mentions: [], sentences: [] }],
    figures: [{ value: 120, text: `120 ${SCRIPT}`, counts: `hostages {{ 7*7 }}`, sentence: `Figure sentence ${HOSTILE}` }],
  }),
  makeEntry("zz-oldest", {
    title: "Oldest entry",
    outlet: "CNN",
    date: { date: "2023-10-20" },
    people: [
      { name: "David Barnea", mentions: ["Barnea"], role: "Mossad director", sentences: ["Barnea will not travel."] },
      { name: "William Burns", mentions: ["Burns"], role: "CIA director", sentences: ["Burns went to Doha."] },
    ],
    places: [{ name: "Doha", mentions: ["Doha"], kind: "city", country: "QA", lat: 25.29, lon: 51.53, sentences: ["Burns went to Doha."] }],
    figures: [{ value: 1400, text: "1,400 people", counts: "people killed", sentence: "Some 1,400 people were killed." }],
  }),
  makeEntry("aa-newest", {
    title: "Newest entry",
    date: { date: "2025-03-05" },
    figures: [
      { value: 59, text: "59 hostages", counts: "hostages still in Gaza", sentence: "59 hostages are still in Gaza." },
      { value: 1200, text: "roughly 1,200 people", qualifier: "roughly", counts: "people killed", sentence: "Roughly 1,200 people were killed." },
    ],
  }),
];
const CHRONOLOGICAL = ["/entries/zz-oldest/", "/entries/middle-hostile/", "/entries/aa-newest/"];

let out = "";
const page = (file: string) => readFile(path.join(out, file), "utf8");

async function listFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name))).sort();
}

/** Every start tag's name and attribute names, read the way an HTML parser splits them. */
function startTags(html: string): { name: string; attributes: string[] }[] {
  const tag = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attribute = /\s+([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  return [...html.matchAll(tag)].map((m) => ({
    name: (m[1] ?? "").toLowerCase(),
    attributes: [...(m[2] ?? "").matchAll(attribute)].map((a) => (a[1] ?? "").toLowerCase()),
  }));
}

/** Entry links of the timeline cards, in page order. */
function cardLinks(html: string): string[] {
  return [...html.matchAll(/class="entry-card-title"><a href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "site-render-"));
  await writeEntryFiles(path.join(work, "entries"), entries);
  out = path.join(work, "site");
  await renderSite(path.join(work, "entries"), out);
});

describe("pages", () => {
  test("every page type is written", async () => {
    const files = await listFiles(out);
    for (const file of [
      "index.html",
      "newest/index.html",
      "entries/zz-oldest/index.html",
      "entries/middle-hostile/index.html",
      "entries/aa-newest/index.html",
      "people/index.html",
      "people/david-barnea/index.html",
      "places/index.html",
      "figures/index.html",
      "figures/people-killed/index.html",
      "figures/all/index.html",
      "search/index.html",
      "robots.txt",
      "404.html",
      "feed.xml",
      "sitemap.xml",
      "timeline.json",
      "assets/site.css",
      "assets/search.js",
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith("people/") && f !== "people/index.html")).toHaveLength(3);
  });

  test("the home page lists entries oldest first, grouped by year; /newest/ the other way", async () => {
    const home = await page("index.html");
    expect(cardLinks(home)).toEqual(CHRONOLOGICAL);
    expect([...home.matchAll(/<h2 id="year-(\d+)">/g)].map((m) => m[1])).toEqual(["2023", "2024", "2025"]);
    expect(home).toContain('<h3 id="month-2024-05"><time datetime="2024-05">May 2024</time></h3>');
    expect(home).toContain("c. late May 2024");
    expect(cardLinks(await page("newest/index.html"))).toEqual([...CHRONOLOGICAL].reverse());
  });

  test("an entry page links to its neighbours and its people, and shows the date evidence", async () => {
    const html = await page("entries/middle-hostile/index.html");
    expect(html).toContain('href="/entries/zz-oldest/" rel="prev"');
    expect(html).toContain('href="/entries/aa-newest/" rel="next"');
    expect(html).toContain('<a href="/people/david-barnea/" data-pagefind-filter="person">David Barnea</a>');
    expect(html).toContain('<time datetime="2024-05-14">14 May 2024</time> – <time datetime="2024-06-21">21 June 2024</time>');
    expect(html).toContain("<code>&lt;i&gt;file&#39;s &quot;name&quot; &amp; more.txt</code>");
  });

  test("a person page lists that person's entries in date order with their sentences, roles and companions", async () => {
    const html = await page("people/david-barnea/index.html");
    const links = [...html.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(["/entries/zz-oldest/", "/entries/middle-hostile/"]);
    expect(html).toContain("<q>Barnea will not travel.</q>");
    expect(html).toContain("As Mossad director");
    expect(html).toContain('<p class="roles">Mossad director; Mossad &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    const appearsWith = html.slice(html.indexOf('id="appears-with"'), html.indexOf('id="places-with"'));
    expect(appearsWith).toContain('<a class="tag" href="/people/william-burns/">William Burns <span class="tag-count">1 entry</span></a>');
    expect(appearsWith).toContain("Evil &lt;b onmouseover=alert(1)&gt;Person&lt;/b&gt;");
  });

  test("a place page shows its coordinates and a map inset marking it", async () => {
    const html = await page("places/doha/index.html");
    expect(html).toContain("25.29° N, 51.53° E");
    expect(html).toMatch(/<svg class="chart map place-inset" viewBox="0 0 320 200" aria-hidden="true">/);
    expect(html).toMatch(/<circle class="map-marker" cx="160" cy="100" r="6"\/>/);
  });
});

describe("article text is data, never markup", () => {
  test("no page carries a script, event handler or javascript: link that the templates did not put there", async () => {
    const files = (await listFiles(out)).filter((f) => /\.(html|xml)$/.test(f));
    for (const file of files) {
      const text = await page(file);
      for (const match of text.matchAll(/<script\b[^>]*>/gi)) {
        if (match[0] === '<script type="application/ld+json">') {
          expect(file).toMatch(/^entries\//);
          continue;
        }
        expect(file).toBe("search/index.html");
        expect(match[0]).toMatch(/^<script src="\/(pagefind\/pagefind-ui|assets\/search)\.js" defer>$/);
      }
      const tags = startTags(text);
      expect(tags.length, file).toBeGreaterThan(5);
      expect(tags.flatMap((t) => t.attributes).filter((a) => a.startsWith("on")), file).toEqual([]);
      expect(tags.map((t) => t.name).filter((n) => ["img", "b", "i", "iframe", "object"].includes(n)), file).toEqual([]);
      expect(text, file).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    }
  });

  test("hostile text shows literally, escaped, wherever it appears on the entry page", async () => {
    const html = await page("entries/middle-hostile/index.html");
    expect(html).toContain("<title>Talks &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} · ");
    expect(html).toContain('<h1 data-pagefind-meta="title">Talks &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</h1>');
    const escaped = "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% raw %} [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;";
    expect(html).toContain(`<p>Body ${escaped}</p>`);
    expect(html).toContain(`<p class="standfirst">Standfirst ${escaped}</p>`);
    expect(html).toContain("<h2>Subhead &lt;script&gt;alert(1)&lt;/script&gt;</h2>");
    expect(html).toContain(`Caption ${escaped}`);
    expect(html).toContain("Evil &lt;b onmouseover=alert(1)&gt;Person&lt;/b&gt;");
    expect(html).toContain("reading {% raw %}");
    expect(html).toContain("Helper {{ 7*7 }} contributed reporting.");
    expect(html).not.toContain(">49<");
  });

  test("list pages, the feed and the figures pages escape it too", async () => {
    expect(await page("index.html")).toContain("Lead &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}");
    expect(await page("figures/all/index.html")).toContain("hostages {{ 7*7 }}");
    expect(await page("figures/all/index.html")).toContain("<q>Figure sentence &lt;script&gt;alert(1)&lt;/script&gt;");
    const feed = await page("feed.xml");
    expect(feed).toContain("<title>Talks &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</title>");
    // The body HTML is itself escaped inside <content type="html">: markup of markup.
    expect(feed).toContain("&lt;p&gt;Body &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;");
  });
});

describe("search markup", () => {
  test("entry pages carry the Pagefind body, filters, sort key and meta", async () => {
    const html = await page("entries/middle-hostile/index.html");
    expect(html).toMatch(/<article class="entry" data-pagefind-body data-pagefind-sort="date:2024-05-25" data-pagefind-filter="year:2024">/);
    expect(html.match(/data-pagefind-filter="person"/g)).toHaveLength(2);
    expect(html.match(/data-pagefind-filter="place"/g)).toHaveLength(1);
    expect(html).toContain('<span class="outlet" data-pagefind-filter="outlet">Outlet &lt;script&gt;');
    expect(html).toContain('data-pagefind-meta="date">c. late May 2024</time>');
  });

  test("list pages are not indexed, and only the search page loads Pagefind", async () => {
    for (const file of ["index.html", "newest/index.html", "people/index.html", "people/david-barnea/index.html", "figures/index.html", "figures/people-killed/index.html", "search/index.html"]) {
      expect(await page(file), file).not.toContain("data-pagefind-body");
    }
    expect(await page("search/index.html")).toContain('<link rel="stylesheet" href="/pagefind/pagefind-ui.css">');
    expect(await page("index.html")).not.toContain("pagefind-ui");
  });
});

describe("feed, sitemap and timeline.json", () => {
  test("the feed is dated by the newest entry, not by the build", async () => {
    const feed = await page("feed.xml");
    expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(feed.match(/<updated>[^<]+<\/updated>/)?.[0]).toBe("<updated>2025-03-05T00:00:00Z</updated>");
    expect(feed.match(/<entry>/g)).toHaveLength(3);
  });

  test("the sitemap lists every page by absolute URL, and not the 404 page", async () => {
    const sitemap = await page("sitemap.xml");
    for (const url of [...CHRONOLOGICAL, "/", "/people/david-barnea/", "/search/"]) {
      expect(sitemap).toContain(`<loc>https://example.org${url}</loc>`);
    }
    expect(sitemap).not.toContain("404");
  });

  test("timeline.json holds every entry in date order with the text as written", async () => {
    const data = JSON.parse(await page("timeline.json")) as { entries: Record<string, unknown>[] };
    expect(data.entries.map((e) => e.url)).toEqual(CHRONOLOGICAL);
    const hostile = data.entries[1];
    expect(hostile?.title).toBe(`Talks ${SCRIPT} {{ 7*7 }}`);
    expect(hostile?.source).toBe(`content/articles/<i>file's "name" & more.txt`);
    expect(hostile?.dateRange).toEqual({ earliest: "2024-05-14", latest: "2024-06-21" });
  });
});

test("building the same entries again gives byte-identical output", async () => {
  const again = path.join(await mkdtemp(path.join(tmpdir(), "site-render-again-")), "site");
  await renderSite(path.join(out, "..", "entries"), again);
  const files = await listFiles(out);
  expect(await listFiles(again)).toEqual(files);
  for (const file of files) {
    expect(await readFile(path.join(again, file), "utf8"), file).toBe(await readFile(path.join(out, file), "utf8"));
  }
});

describe("pictures", () => {
  test("the home page draws every entry as a mark on the time line, linked to its page", async () => {
    const home = await page("index.html");
    const svg = /<svg class="chart timeline-chart"[\s\S]*?<\/svg>/.exec(home)?.[0] ?? "";
    expect([...svg.matchAll(/<a href="([^"]+)" tabindex="-1">/g)].map((m) => m[1]).sort()).toEqual([...CHRONOLOGICAL].sort());
    // The estimated date is drawn as its range; the two known days are plain dots.
    expect(svg.match(/class="tl-range"/g)).toHaveLength(1);
    expect(svg.match(/class="tl-dot tl-estimate"/g)).toHaveLength(1);
    expect(svg).toContain("<title>Talks &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} (c. late May 2024)</title>");
  });

  test("the figures page lists each series with its span and latest report, linking to the series' page", async () => {
    const html = await page("figures/index.html");
    const rows = [...html.matchAll(/<tr>\s*<th scope="row" data-label="Counting"><a href="([^"]+)">([^<]+)<\/a><\/th>/g)].map((m) => [m[1], m[2]]);
    // One report only: no series for hostages still held.
    expect(rows).toEqual([["/figures/people-killed/", "People killed"]]);
    const row = html.slice(html.indexOf('href="/figures/people-killed/"'));
    expect(row).toContain('<td class="num" data-label="Reports">2</td>');
    expect(row).toContain('<time datetime="2023-10-20">20 October 2023</time> to <time datetime="2025-03-05">');
    expect(row).toContain('<td data-label="Latest report"><a href="/entries/aa-newest/#figure-2">roughly 1,200 people</a></td>');
    expect(row).toContain('<td class="num" data-label="Disagreements">1</td>');
    // The charts and tables are on the series' pages, not here.
    expect(html).not.toContain("figure-chart");
  });

  test("a series' page charts it across articles, with its table, and shows the disagreement", async () => {
    const html = await page("figures/people-killed/index.html");
    expect(html).toContain("<h1>People killed</h1>");
    expect(html).toContain('<p class="breadcrumb"><a href="/figures/">Figures</a></p>');
    expect(html).toContain("Sources disagree:");
    expect(html).toContain('<a href="/entries/zz-oldest/#figure-1">1,400 people</a>');
    expect(html).toContain('<a href="/entries/aa-newest/#figure-2">roughly 1,200 people</a>');
    expect(html.match(/class="fig-dot fig-disputed"/g)).toHaveLength(2);
    const entry = await page("entries/aa-newest/index.html");
    expect(entry).toContain('<li id="figure-2">');
  });

  test("the places page maps the located places, each linked to its page", async () => {
    const html = await page("places/index.html");
    const svg = /<svg class="chart map world-map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect([...svg.matchAll(/<a href="([^"]+)" tabindex="-1"><title>([^<]+)<\/title><circle/g)].map((m) => [m[1], m[2]])).toEqual([
      ["/places/doha/", "Doha: 1 mention"],
      ["/places/doha-script-alert-1-script/", "Doha &lt;script&gt;alert(1)&lt;/script&gt;: 1 mention"],
    ]);
  });
});

describe("news-site conventions", () => {
  test("every page carries a strict Content-Security-Policy; only the search page allows script", async () => {
    const policy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll("&#39;", "'");
    for (const file of (await listFiles(out)).filter((f) => f.endsWith(".html"))) {
      const html = await page(file);
      expect(html.indexOf("Content-Security-Policy"), file).toBeLessThan(html.indexOf("<title>"));
      expect(policy(html), file).toBe(
        file === "search/index.html"
          ? "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'"
          : "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'none'; base-uri 'none'; form-action 'none'",
      );
    }
  });

  test("entry pages carry Open Graph tags and a canonical URL", async () => {
    const html = await page("entries/zz-oldest/index.html");
    expect(html).toContain('<link rel="canonical" href="https://example.org/entries/zz-oldest/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/entries/zz-oldest/">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Oldest entry">');
    expect(html).toContain('<meta property="og:description" content="Lead of zz-oldest.">');
    expect(html).toContain('<meta property="article:published_time" content="2023-10-20">');
  });

  test("entry pages carry NewsArticle JSON-LD that article text cannot break out of", async () => {
    const html = await page("entries/middle-hostile/index.html");
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(block).not.toMatch(/[<>&]/);
    const data = JSON.parse(block) as Record<string, unknown>;
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(`Talks ${SCRIPT} {{ 7*7 }}`);
    expect(data.datePublished).toBe("2024-05-25");
    expect(data.url).toBe("https://example.org/entries/middle-hostile/");
    expect(data.publisher).toEqual({ "@type": "Organization", name: `Outlet ${SCRIPT}` });
    expect(data.mentions).toContainEqual({ "@type": "Person", name: "David Barnea", url: "https://example.org/people/david-barnea/" });
  });

  test("every date shown is a <time> with a machine-readable datetime", async () => {
    const months = "January|February|March|April|May|June|July|August|September|October|November|December";
    const shownDate = new RegExp(`\\b\\d{1,2} (?:${months}) \\d{4}\\b|\\b(?:${months}) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`);
    for (const file of (await listFiles(out)).filter((f) => f.endsWith(".html"))) {
      const html = await page(file);
      for (const match of html.matchAll(/<time datetime="([^"]+)">/g)) expect(match[1], file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const text = html
        .replace(/<(script|svg)\b[\s\S]*?<\/\1>/g, "")
        .replace(/<time\b[^>]*>[\s\S]*?<\/time>/g, "")
        .replace(/<[^>]+>/g, " ");
      expect(shownDate.exec(text)?.[0], file).toBeUndefined();
    }
  });

  test("robots.txt points to the sitemap", async () => {
    expect(await page("robots.txt")).toContain("Sitemap: https://example.org/sitemap.xml");
  });
});
