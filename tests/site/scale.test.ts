/**
 * The site at archive scale (10,000 entries): the home page stays small (the visual timeline
 * counts per month, the entries move to period pages), no timeline page lists more than its
 * limit, and the index pages paginate. Only the list pages are rendered; entry pages are the same
 * at any scale.
 */
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { renderTemplates } from "../support/eleventy.ts";
import { makeStoryEntries, writeEntryFiles } from "../support/entries.ts";

const ENTRIES = 10_000;
let work = "";
let out = "";

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "site-scale-"));
  await writeEntryFiles(path.join(work, "entries"), makeStoryEntries(ENTRIES));
  out = path.join(work, "site");
  await renderTemplates(path.join(work, "entries"), out, ["index.njk", "newest.njk", "period.njk", "people/index.njk", "places/index.njk"]);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const size = async (file: string) => (await stat(path.join(out, file))).size;
const cards = (html: string) => html.match(/class="entry-card"/g)?.length ?? 0;

test(`at ${ENTRIES.toLocaleString("en")} entries the home page stays under 100 KB, with the timeline counted per month`, async () => {
  const home = await readFile(path.join(out, "index.html"), "utf8");
  expect(await size("index.html")).toBeLessThan(100 * 1024);
  expect(cards(home)).toBe(0);
  expect(home).toContain('<svg class="chart timeline-chart"');
  expect(home.match(/class="tl-bar"/g)).toHaveLength(18);
  expect(home).toContain('<a href="/timeline/2024/05/#month-2024-05"><time datetime="2024-05">May 2024</time></a>');
  expect(await size("newest/index.html")).toBeLessThan(200 * 1024);
  expect(cards(await readFile(path.join(out, "newest/index.html"), "utf8"))).toBe(100);
});

test("every entry is on exactly one period page, none with more than 100", async () => {
  const pages = (await readdir(path.join(out, "timeline"), { recursive: true })).filter((f) => String(f).endsWith("index.html"));
  let total = 0;
  for (const file of pages) {
    const count = cards(await readFile(path.join(out, "timeline", String(file)), "utf8"));
    expect(count, String(file)).toBeLessThanOrEqual(100);
    total += count;
  }
  expect(total).toBe(ENTRIES);
});

test("every month the home page links to is an anchor on a period page", async () => {
  const home = await readFile(path.join(out, "index.html"), "utf8");
  const links = [...new Set([...home.matchAll(/href="(\/timeline\/[^"#]+)#(month-[\d-]+)"/g)].map((m) => `${m[1]}#${m[2]}`))];
  expect(links).toHaveLength(18);
  for (const link of links) {
    const [page, anchor] = link.split("#");
    expect(await readFile(path.join(out, page!, "index.html"), "utf8"), link).toContain(`id="${anchor}"`);
  }
});

test("the people and places indexes paginate", async () => {
  expect(await size("people/index.html")).toBeLessThan(100 * 1024);
  expect(await size("places/index.html")).toBeLessThan(100 * 1024);
});
