/**
 * Failed builds publish nothing: bad articles stop `npm run build` with every problem named
 * (file, line, reason, fix) and a non-zero exit; a failure in Eleventy or in Pagefind, after
 * the site was partly written, leaves the previous `_site/` byte for byte as it was and no
 * staging folder behind. A good build then replaces the site.
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, makeProject as makeTempProject, removeProject, runBuildCli, writeArticles, type TempProject } from "./support.ts";

const made: TempProject[] = [];
/** A temporary project, deleted after the tests. */
async function makeProject(articles: Record<string, string | Uint8Array>): Promise<TempProject> {
  const project = await makeTempProject(articles);
  made.push(project);
  return project;
}
afterAll(async () => {
  for (const project of made) await removeProject(project);
});

const GOOD = "Talks resume in Cairo on Sunday\n\nNegotiators from Israel and Hamas returned to Cairo on Sunday for indirect talks mediated by Egypt.\n";

/** A previous `_site/` with content no build would make, so any change to it shows. */
async function previousSite(project: TempProject): Promise<Map<string, string>> {
  await writeArticles(project.site, {
    "index.html": "<!doctype html><title>The site as it was</title>\n",
    "entries/old-entry/index.html": "<!doctype html><title>Old entry</title>\n",
    "pagefind/pagefind.js": "// the old index\n",
  });
  return hashTree(project.site);
}

/**
 * Folders a build leaves next to `_site/` when it fails to clean up. A retired site is deleted by
 * a background process after the build (src/cli/publish.ts), so that one is given a moment to go.
 */
async function leftovers(project: TempProject): Promise<string[]> {
  const left = async () => (await readdir(project.root)).filter((name) => /^_site\.(?:building|previous)-/.test(name));
  for (let attempt = 0; attempt < 200 && (await left()).some((name) => name.startsWith("_site.previous-")); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return left();
}

describe("npm run build with bad articles", () => {
  let project: TempProject;
  let before: Map<string, string>;
  let run: Awaited<ReturnType<typeof runBuildCli>>;

  beforeAll(async () => {
    project = await makeProject({
      "good.txt": GOOD,
      "empty.txt": "",
      "blank.md": "  \r\n\t\r\n",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      "2024/bad yaml.txt": "---\ntitle: Talks\ndate: [2024-05-25\n---\nText of the article.\n",
      "bad-date.txt": "---\ntitle: Talks\ndate: 2024-02-30\n---\nText of the article.\n",
      "unknown-keys.txt": "---\nheadline: Talks\nauthor: Jane Doe\n---\nText of the article.\n",
    });
    before = await previousSite(project);
    run = await runBuildCli(project.root);
  });

  it("exits non-zero and says the site was left as it was", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Build stopped: 7 problem(s) in the articles. _site/ was left as it was.");
  });

  it("names every problem of every file at once: file, line, reason and fix", () => {
    const allowed = 'use only: title, date, outlet, people, places, organizations (see README, "Corrections")';
    const expected = [
      "content/articles/2024/bad yaml.txt:3: the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (column 18)\n  → fix the YAML between the two `---` lines at the top of the file, or remove them",
      'content/articles/bad-date.txt:3: "date" is not a real calendar day ("2024-02-30")\n  → write the day as YYYY-MM-DD, e.g. date: 2024-05-25',
      "content/articles/binary.txt: this is a binary file, not text (control byte at offset 8)\n  → save the article as plain text (.txt or .md), or move this file out of content/articles/",
      "content/articles/blank.md: the file is empty or holds only white space\n  → write the article text into it, or delete it",
      "content/articles/empty.txt: the file is empty or holds only white space\n  → write the article text into it, or delete it",
      `content/articles/unknown-keys.txt:2: unknown front-matter key "headline"\n  → ${allowed}`,
      `content/articles/unknown-keys.txt:3: unknown front-matter key "author"\n  → ${allowed}`,
    ];
    for (const message of expected) expect(run.stderr).toContain(message);
    expect(run.stdout).not.toContain("Built");
  });

  it("leaves the previous _site/ exactly as it was, with no staging folder behind", async () => {
    expect([...(await hashTree(project.site)).entries()]).toEqual([...before.entries()]);
    expect(await leftovers(project)).toEqual([]);
  });

  it("publishes once the problems are fixed, replacing the old site whole", async () => {
    for (const name of ["empty.txt", "blank.md", "binary.txt", "2024/bad yaml.txt", "bad-date.txt", "unknown-keys.txt"]) await rm(path.join(project.articles, name));
    const fixed = await runBuildCli(project.root);
    expect(fixed.stderr).not.toContain("Build");
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain("Built 1 entries (1 new or changed);");
    expect(fixed.stdout).toContain("search index: 1 pages, 1 of 1 period shards re-indexed.");
    const after = await hashTree(project.site);
    expect(after.has("entries/talks-resume-in-cairo-on-sunday/index.html")).toBe(true);
    expect(after.has("entries/old-entry/index.html")).toBe(false);
    expect(await leftovers(project)).toEqual([]);
  });
});

describe("a build that fails after the site was partly written", () => {
  it("leaves the previous _site/ as it was when Pagefind fails, and npm run build exits non-zero", async () => {
    const project = await makeProject({ "good.txt": GOOD });
    const before = await previousSite(project);
    // Pagefind's package runs the binary these variables name: one that does not exist, as after
    // a broken install. Eleventy renders meanwhile; the search stage fails whatever the timing.
    // Run as a process, as `npm run build` runs: the failure must end it, never leave it waiting.
    const missing = path.join(project.root, "no-such-pagefind");
    const run = await runBuildCli(project.root, [], { PAGEFIND_EXTENDED_BINARY_PATH: missing, PAGEFIND_BINARY_PATH: missing });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Build failed; _site/ was left as it was.");
    expect(run.stderr).toMatch(/Search index, shard \d{4}: Pagefind could not start: Pagefind backend closed/);
    expect([...(await hashTree(project.site)).entries()]).toEqual([...before.entries()]);
    expect(await leftovers(project)).toEqual([]);
  });

  it("leaves the previous _site/ as it was when Eleventy fails, and npm run build exits non-zero", async () => {
    const project = await makeProject({ "good.txt": GOOD });
    await writeFile(path.join(project.root, "templates", "broken.njk"), "---\npermalink: /zz-broken/\n---\n{{ notAFunction() }}\n");
    const before = await previousSite(project);
    const run = await runBuildCli(project.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Build failed; _site/ was left as it was.");
    expect(run.stderr).toContain("broken.njk");
    expect([...(await hashTree(project.site)).entries()]).toEqual([...before.entries()]);
    expect(await leftovers(project)).toEqual([]);
  });
});
