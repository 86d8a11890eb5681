/**
 * Rebuilds reuse the published site: only pages whose data changed are rendered and patched into
 * it, pages no longer made are deleted, and the result is byte for byte the site a build from
 * scratch makes. Builds the seed articles into temporary folders.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import "../support/eleventy.ts"; // registers tsx so Eleventy can load .eleventy.ts inside vitest
import { build } from "../../src/cli/build.ts";
import { renderSite } from "../../src/cli/eleventy.ts";
import { pagesToRender, renderKeyFor, staleFiles, type SiteManifest } from "../../src/cli/incremental.ts";
import type { SearchManifest } from "../../src/search/index.ts";
import { buildSiteData } from "../../src/site/data.ts";
import { loadEntries } from "../../src/site/load.ts";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = path.join(root, "content", "articles");

/** Every file under `dir`, relative path → bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

function expectSameSite(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const different = [...expected.keys()].filter((file) => !actual.get(file)!.equals(expected.get(file)!));
  expect(different).toEqual([]);
}

describe("an incremental rebuild", () => {
  let temp: string;
  let articles: string;
  let names: string[];
  const site = () => path.join(temp, "_site");
  const work = () => path.join(temp, "work");
  const rebuild = () => build({ projectRoot: root, articlesDir: articles, outDir: site(), workDir: work() });
  /** A build from scratch of the same articles, in folders of its own. */
  const fromScratch = async (label: string) => {
    const out = path.join(temp, `scratch-${label}`);
    await build({ projectRoot: root, articlesDir: articles, outDir: out, workDir: path.join(temp, `scratch-work-${label}`) });
    return snapshot(out);
  };

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), "timeline-incremental-"));
    articles = path.join(temp, "articles");
    names = (await readdir(seeds)).filter((name) => name.endsWith(".txt")).sort();
    await mkdir(articles);
    for (const name of names.slice(0, -1)) await cp(path.join(seeds, name), path.join(articles, name));
    await rebuild();
  });

  test("with nothing changed renders no repeated page and publishes the same bytes", async () => {
    const before = await snapshot(site());
    const report = await rebuild();
    expect(report.rendered).toBe(0);
    expect(report.searchShards.rebuilt).toEqual([]);
    expect(report.searchShards.reused.length).toBeGreaterThan(0);
    expectSameSite(await snapshot(site()), before);
  });

  test("makes cached results again when their pack was torn by an interrupted build, and publishes the same bytes", async () => {
    const before = await snapshot(site());
    const processed = path.join(work(), "cache", "processed");
    const [torn] = (await readdir(processed)).filter((name) => name.endsWith(".pack"));
    await truncate(path.join(processed, torn!), 100);
    const report = await rebuild();
    expect(report.rendered).toBe(0);
    expectSameSite(await snapshot(site()), before);
    // The index now points at a whole result for every article.
    const index = JSON.parse(await readFile(path.join(processed, "index.json"), "utf8")) as { results: Record<string, [string, number, number]> };
    const spans = Object.values(index.results);
    expect(spans).toHaveLength(names.length - 1);
    for (const [pack, start, end] of spans) {
      const stored = JSON.parse((await readFile(path.join(processed, pack))).toString("utf8", start, end)) as object;
      expect(stored).toHaveProperty("sentences");
    }
  });

  test("after an article is added renders only what it touches, and equals a build from scratch", async () => {
    const before = await snapshot(site());
    await cp(path.join(seeds, names.at(-1)!), path.join(articles, names.at(-1)!));
    const report = await rebuild();
    const added = report.entries.find((entry) => entry.sources.some((source) => source.endsWith(names.at(-1)!)))!;
    const after = await snapshot(site());
    const pages = [...after.keys()].filter((file) => file.endsWith("index.html")).length;
    // It renders no page that comes out the same: every page it rendered is new or changed.
    const touched = [...after.keys()].filter((file) => file.endsWith("index.html") && !before.get(file)?.equals(after.get(file)!)).length;
    expect(report.rendered).toBeGreaterThan(0);
    expect(report.rendered).toBeLessThanOrEqual(touched);
    expect(report.rendered).toBeLessThan(pages);
    expect(report.searchShards.rebuilt).toEqual([added.date.slice(0, 4)]);
    expect(after.has(`entries/${added.id}/index.html`)).toBe(true);
    expect([...after.keys()].filter((file) => !before.has(file)).length).toBeGreaterThan(0);
    expectSameSite(after, await fromScratch("added"));
    // The report's unchanged entries were copied from the last one: the file is still this report.
    const { report: reportTime, ...times } = report.times;
    expect(reportTime).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(await readFile(path.join(work(), "report.json"), "utf8"))).toEqual({ ...report, times });
  });

  test("after an article is removed drops its page, and equals a build from scratch", async () => {
    const removed = names[0]!;
    const before = (await build({ projectRoot: root, articlesDir: articles, outDir: site(), workDir: work() })).entries.find((entry) => entry.sources.some((source) => source.endsWith(removed)))!;
    await rm(path.join(articles, removed));
    await rebuild();
    const after = await snapshot(site());
    expect(after.has(`entries/${before.id}/index.html`)).toBe(false);
    expectSameSite(after, await fromScratch("removed"));
  });

  test("re-renders a page deleted from the published site by hand", async () => {
    const victim = (await readdir(path.join(site(), "people")))[0]!;
    const file = path.join(site(), "people", victim, "index.html");
    const expected = await readFile(file);
    await rm(file);
    const report = await rebuild();
    expect(report.rendered).toBe(1);
    expect(await readFile(file)).toEqual(expected);
  });
});

describe("renderSite", () => {
  test("in several Eleventy runs makes the same site as in one", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "timeline-batches-"));
    const work = path.join(temp, "work");
    await build({ projectRoot: root, outDir: path.join(temp, "site"), workDir: work });
    const data = buildSiteData(await loadEntries(path.join(work, "entries")));
    await renderSite(root, path.join(work, "entries"), path.join(temp, "one"), { data, render: null });
    await renderSite(root, path.join(work, "entries"), path.join(temp, "many"), { data, render: null, batch: 4 });
    const one = await snapshot(path.join(temp, "one"));
    expect(one.size).toBeGreaterThan(12);
    expectSameSite(await snapshot(path.join(temp, "many")), one);
  });
});

describe("pagesToRender", () => {
  test("lists the pages whose fingerprint changed, the new ones, and those missing from the published site", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "timeline-render-"));
    const site = path.join(temp, "site");
    for (const name of ["kept", "changed"]) {
      await mkdir(path.join(site, "entries", name), { recursive: true });
      await writeFile(path.join(site, "entries", name, "index.html"), `<p>${name}</p>`);
    }
    const render = pagesToRender({
      site,
      fingerprints: new Map([["/entries/kept/", "a"], ["/entries/changed/", "new"], ["/entries/gone/", "c"], ["/entries/new/", "d"]]),
      previous: { "/entries/kept/": "a", "/entries/changed/": "old", "/entries/gone/": "c" },
    });
    expect([...render].sort()).toEqual(["/entries/changed/", "/entries/gone/", "/entries/new/"]);
  });
});

describe("staleFiles", () => {
  const search = (shards: Record<string, string[]>, shared = ["pagefind.js"]): SearchManifest => ({
    format: 1,
    shared: { fingerprint: "s", files: shared },
    shards: Object.entries(shards).map(([key, files]) => ({ key, fingerprint: key, pages: 1, files })),
  });
  test("names the pages no longer made and the index files the new manifest does not list", () => {
    const previous: SiteManifest = {
      format: 1,
      renderKey: "k",
      site: "/site",
      pages: { "/entries/a/": "1", "/entries/b/": "2", "/people/x/": "3" },
      search: search({ "2024": ["2024/pagefind-entry.json", "2024/fragment/old.pf_fragment"], "2023": ["2023/pagefind-entry.json"] }),
    };
    const pages = new Map([["/entries/a/", "1"], ["/people/x/", "changed"], ["/entries/c/", "4"]]);
    const next = search({ "2024": ["2024/pagefind-entry.json", "2024/fragment/new.pf_fragment"] });
    expect(staleFiles(previous, pages, next).sort()).toEqual(["entries/b/index.html", "pagefind/2023/pagefind-entry.json", "pagefind/2024/fragment/old.pf_fragment"]);
  });
});

describe("renderKeyFor", () => {
  test("changes with the templates and the site settings, not with anything else", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "timeline-render-key-"));
    const templatesDir = path.join(temp, "templates");
    const settingsFile = path.join(temp, "site.yaml");
    await mkdir(templatesDir);
    await writeFile(path.join(templatesDir, "page.njk"), "<p>{{ x }}</p>");
    await writeFile(settingsFile, "title: One\n");
    const inputs = { projectRoot: root, templatesDir, settingsFile };
    const first = await renderKeyFor(inputs);
    expect(await renderKeyFor(inputs)).toBe(first);
    await writeFile(path.join(temp, "unrelated.txt"), "x");
    expect(await renderKeyFor(inputs)).toBe(first);
    await writeFile(path.join(templatesDir, "page.njk"), "<p>{{ y }}</p>");
    const second = await renderKeyFor(inputs);
    expect(second).not.toBe(first);
    await writeFile(settingsFile, "title: Two\n");
    expect(await renderKeyFor(inputs)).not.toBe(second);
  });
});
