/**
 * Publishing swaps the new site in by rename and leaves no retired site behind: the old one is
 * deleted by a background process, and one left over from an interrupted build goes with the next.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { stagingDirFor, swapIn } from "../../src/cli/publish.ts";

const work = await mkdtemp(path.join(tmpdir(), "publish-"));
afterAll(() => rm(work, { recursive: true, force: true }));

async function siteWith(dir: string, text: string): Promise<void> {
  await mkdir(path.join(dir, "entries"), { recursive: true });
  await writeFile(path.join(dir, "index.html"), text);
  await writeFile(path.join(dir, "entries", "a.html"), text);
}

/** Waits (polling) until no sibling of the site is a retired folder; the background delete may take a moment. */
async function retiredFolders(): Promise<string[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const retired = (await readdir(work)).filter((name) => name.includes(".previous-"));
    if (retired.length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (await readdir(work)).filter((name) => name.includes(".previous-"));
}

test("the new site replaces the old whole, and the old one is deleted", async () => {
  const site = path.join(work, "_site");
  await siteWith(site, "old");
  const staging = stagingDirFor(site);
  await siteWith(staging, "new");
  await swapIn(staging, site);
  expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("new");
  expect(await readdir(work)).not.toContain(path.basename(staging));
  expect(await retiredFolders()).toEqual([]);
});

test("a retired site left by an interrupted build is swept up by the next one", async () => {
  const site = path.join(work, "_site");
  await siteWith(path.join(work, "_site.previous-deadbeef"), "stale");
  const staging = stagingDirFor(site);
  await siteWith(staging, "newer");
  await swapIn(staging, site);
  expect(await readFile(path.join(site, "entries", "a.html"), "utf8")).toBe("newer");
  expect(await retiredFolders()).toEqual([]);
});

test("the first publication, with no site before it, just renames", async () => {
  const site = path.join(work, "first", "_site");
  const staging = stagingDirFor(site);
  await siteWith(staging, "first");
  await swapIn(staging, site);
  expect(await readdir(path.dirname(site))).toEqual(["_site"]);
});
